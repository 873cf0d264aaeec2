// A batch run: every case loaded, checked with the packs for its municipality,
// and freed before the next (bounded memory); cases in parallel with --jobs.
#pragma once

#include "checker/base/calendar.hpp"
#include "checker/compile/packs.hpp"
#include "checker/load/load.hpp"
#include "checker/runtime/finding.hpp"

#include <string>
#include <vector>

namespace granska::checker {

struct run_options {
    std::vector<std::string> cases;
    calendar::date as_of;
    unsigned jobs = 1;
    load_options load;
    // A case whose code no loaded pack names is an input error; with this,
    // it is checked against the packs that apply to all, and reports say so.
    bool common_only = false;
};

// Checks every case. Input errors go to report.errors; the other cases go on.
run_report run_check(const pack_set& packs, const run_options& options);

// Checks one loaded case with the given packs (also used by `granska test`).
case_report check_case(const model::case_data& data, const std::vector<const compiled_pack*>& packs,
                       calendar::date as_of);

// Exit status of a check: 2 input errors, 1 an active finding at or above
// `fail_on` (nullptr: never), 0 otherwise.
int exit_status(const run_report& report, const severity* fail_on);

} // namespace granska::checker
