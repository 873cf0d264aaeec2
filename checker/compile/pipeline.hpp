// Rule packs from files to a checked pack set, as one named list of stages
// (pipeline.cpp): find files, parse and compile, resolve includes, unique
// rule ids, same_fact_as, criteria, collect, then the citation check.
// load_packs() (packs.hpp) runs every stage but the citation check.
#pragma once

#include "checker/compile/citation_check.hpp"
#include "checker/compile/packs.hpp"

#include <string>
#include <vector>

namespace granska::checker {

// Every stage, the citation check with `citations`.
pack_load_result load_rule_packs(const std::vector<std::string>& paths,
                                 const citation_check_options& citations);

} // namespace granska::checker
