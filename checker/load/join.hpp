// Assembling a case from its documents: exactly one policy and one
// organisation, one municipality code throughout, unique body and plan ids,
// every plan attached to a body that exists. Fills case_data's joins.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/model/model.hpp"

#include <vector>

namespace granska::checker {

// `usable[i]`: documents[i] was read and passed the schema. Only usable
// documents are joined; a document's kind counts whenever it is known (set),
// and a missing policy or organisation is reported only when every
// document's kind is known (otherwise the unreadable file may be it).
// The joins are filled only when no problem is found.
void join_case(model::case_data& data, const std::vector<bool>& usable, diagnostics& errors);

} // namespace granska::checker
