// `granska explain RULE --case DIR`: one rule evaluated on one case with the
// outcome of every require recorded, so people see why each subject the rule
// looked at passed or failed. The command line only shows the result.
#pragma once

#include "checker/base/calendar.hpp"
#include "checker/compile/packs.hpp"
#include "checker/model/model.hpp"
#include "checker/runtime/compiled.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace granska::checker {

struct rule_explanation {
    // False for a rule bound per municipality that none of the case's packs
    // binds: it does not apply, and nothing was evaluated.
    bool applicable = true;
    std::vector<explained_check> checks; // every require evaluated, in order
    std::size_t findings = 0;
};

// The compiled rule with id `id` in any loaded pack, or nullptr.
const compiled_rule* find_compiled_rule(const pack_set& packs, std::string_view id);

rule_explanation explain_rule(const pack_set& packs, const compiled_rule& rule,
                              const model::case_data& data, calendar::date as_of);

} // namespace granska::checker
