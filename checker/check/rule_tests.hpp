// `granska test`: rule tests written as data beside the packs, with rule- and
// condition-level coverage.
//
// A test is a folder holding `expected.json` and a `case/` folder (a granska/1
// case). expected.json:
//   {"description": "...", "as_of": "2026-11-22",
//    "rules": ["HER-01"],            // the rules under test; others' findings are ignored
//    "findings": [{"rule": "HER-01", "subject": "socialnamnden", "severity": "error"}]}
// The test passes when the findings of the listed rules are exactly the
// expected ones (as a multiset of rule, subject id, severity). A rule id no
// loaded pack has, in `rules` or `findings`, makes the test file bad.
#pragma once

#include "checker/compile/packs.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace granska::checker {

struct rule_test_options {
    std::vector<std::string> paths; // test folders or folders of them (searched recursively)
    bool coverage = false;
    int coverage_min = -1; // percent of rules covered both ways, in each pack whose rules the
                           // tests exercised; -1: no threshold
};

// Runs the tests, prints results (and coverage), returns the exit status:
// 0 all passed (and coverage met), 1 a test failed or coverage too low, 2 bad test files
// (unreadable, or naming a rule no loaded pack has).
int run_rule_tests(const pack_set& packs, const rule_test_options& options, std::ostream& out);

} // namespace granska::checker
