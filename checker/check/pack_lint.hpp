// granska lint: what a reviewer of a rule pack would say, as warnings at
// file:line:column. Reads the loaded packs (their rules, citations,
// severities and messages, with the positions of the parsed source), the
// policy texts they cite and the rule tests beside them:
// - a rule without an interpretation note;
// - a require, inside a for, whose message does not name the loop variable
//   (the finding's subject);
// - a severity that contradicts the cited clause's modal verb (ska, skall,
//   måste: error; bör: warning);
// - a citation that is part of a sentence of the policy text, not a whole one;
// - a rule that no rule test lists.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/compile/packs.hpp"
#include "checker/compile/policy_text.hpp"

#include <string>
#include <vector>

namespace granska::checker {

struct lint_result {
    diagnostics remarks; // warnings, in file and line order
    diagnostics errors;  // a test file that cannot be read
    std::size_t packs = 0;
};

// Lints the packs named directly (packs.top_level), not those only included.
lint_result lint_packs(const pack_set& packs, const std::vector<policy_text>& texts);

// The folder of a pack file's rule tests: tests/<id>/ beside it (rules/tests/<id>,
// a flat folder of packs), else its folder's tests/ (rules/<id>/tests); none
// when neither exists.
std::vector<std::string> rule_test_folders(const std::string& pack_file, const std::string& id);

} // namespace granska::checker
