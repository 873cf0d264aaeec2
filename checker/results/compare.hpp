// Findings against a previous run (--compare PREVIOUS.json): which of
// today's findings are new, which were there last time, and which of last
// time's are gone. What a coordinator shows the board: what got better,
// what is new.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/runtime/finding.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace granska::checker {

enum class change {
    added,     // not in the previous run ("Ny")
    unchanged, // same fingerprint in the previous run ("Oförändrad")
};

// A finding of the previous run that the current run no longer reports.
struct resolved_finding {
    std::size_t case_index = 0; // into the current run_report::cases
    finding previous;           // as the previous run reported it
};

struct comparison {
    std::string previous_file;  // as given to --compare
    std::string previous_as_of; // the previous run's reference date
    // marks[i][j]: current report.cases[i].findings[j]. Same shape as the
    // report the comparison was built from; format it with that report.
    std::vector<std::vector<change>> marks;
    std::vector<resolved_finding> resolved; // in the previous run's order
    // Current cases the previous run did not check (matched by municipality
    // code, else by path), or that did not load now: nothing is claimed
    // resolved for them.
    std::vector<std::size_t> not_compared;
    std::size_t added = 0;
    std::size_t unchanged = 0;

    // "Ny" unless the mark says otherwise (also for indices out of range).
    change mark(std::size_t case_index, std::size_t finding_index) const;
    bool compared(std::size_t case_index) const;
};

// Matches findings by fingerprint. Repeated fingerprints pair off one to one,
// first those that also agree on the message, then the rest in order.
comparison compare_reports(const run_report& previous, const run_report& current);

struct comparison_result {
    std::optional<comparison> value; // empty when the file cannot be used
    diagnostics errors;              // the file does not read or is no granska JSON result
};

// Reads a `--format json` result of an earlier run and compares it with the
// current report. Previous findings without a fingerprint cannot be matched:
// one warning names how many.
comparison_result load_comparison(const std::string& previous_json_path, const run_report& current);

// Swedish word for a mark: "Ny", "Oförändrad".
const char* swedish(change c);

} // namespace granska::checker
