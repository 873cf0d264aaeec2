// Records of the kinds the rule packs declare, checked when a case is loaded
// with the packs: a malformed record is an input error at its file, line,
// column and JSON Pointer, through the loader's own diagnostics.
#pragma once

#include "checker/model/record_kinds.hpp"
#include "checker/load/validate.hpp"

#include <vector>

namespace granska::checker {

// The records of the declared kinds in one document (a plan), checked:
// every record an object, no undeclared field, every required field present,
// every value of its declared type. Dates and durations given as text are
// parsed in place, as the schema does for its own fields.
std::vector<schema_error>
check_declared_records(model::node& root, const std::vector<const record_declaration*>& kinds);

} // namespace granska::checker
