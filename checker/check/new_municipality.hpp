// `granska new municipality KOMMUNKOD NAMN`: the files of a new rule pack
// for one municipality, laid out as the rules folder it goes into already
// lays out its packs (checker/new_municipality.cpp says how it tells), with
// one rule, the policy text it cites and two rule tests, one where the rule
// holds and one where it fails.
#pragma once

#include <string>
#include <vector>

namespace granska::checker {

struct scaffold_file {
    std::string path; // under the rules folder's parent or the rules folder itself
    std::string content;
};

struct scaffold {
    std::string pack_id;     // "upplands-vasby"
    std::string rule_id;     // "UPP-01"
    std::string pack_file;   // rules/upplands-vasby/upplands-vasby.rules
    std::string policy_file; // the text the citations point at
    std::string tests_dir;   // the folder of the pack's rule tests
    std::vector<scaffold_file> files;
    std::string error; // Swedish; when set, nothing is to be written
};

// Validates the code (one of SCB's) and the name (SCB's name for the code,
// optionally followed by "kommun"), refuses a pack that exists or a code a
// pack already applies to, and lays the files out for `rules_dir`.
scaffold plan_new_municipality(const std::string& code, const std::string& name,
                               const std::string& rules_dir);

// A pack id from a municipality's name: "Upplands Väsby" → "upplands-vasby".
std::string pack_id_for(const std::string& name);

} // namespace granska::checker
