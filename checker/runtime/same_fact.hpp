// One lapse, one finding: a rule may declare `same_fact_as OTHER-ID` when its
// lapse is the same fact OTHER-ID reports (COM-02 "the policy has expired"
// and TRA-02 "the policy was not revised within four years" on one policy).
// Where both find it about the same subject, OTHER-ID's finding stays, names
// the second criterion, and the second finding goes.
#pragma once

#include "checker/runtime/compiled.hpp"
#include "checker/runtime/finding.hpp"

#include <vector>

namespace granska::checker {

void merge_same_facts(std::vector<finding>& findings,
                      const std::vector<const compiled_pack*>& packs);

} // namespace granska::checker
