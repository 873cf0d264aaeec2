// Baselines: today's findings recorded by fingerprint, so a later run reports
// only what is new and marks the rest as known (not counted by --fail-on).
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/runtime/finding.hpp"

#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace granska::checker {

struct baseline {
    std::set<std::string> fingerprints;
};

struct baseline_result {
    std::optional<baseline> value; // empty when the file cannot be used at all
    diagnostics errors;            // input errors: file, line, column, pointer
};

// The baseline file: {"format": "granska-baseline/1", "as_of": ..., "findings":
// [{"fingerprint", "rule", "kind", "subject", "municipality", "case"}]}, sorted
// by fingerprint, one entry per fingerprint. Every finding of the run is
// recorded, whatever its state, so a waiver that later expires does not make
// an old finding look new. The extra fields are for people reading a diff.
std::string write_baseline(const run_report& report);

// Reads a baseline file. Accepted: a granska baseline, a SARIF 2.1.0 log
// (results' partialFingerprints["granska/v1"]; SARIF from other tools loads
// with no fingerprints) and a granska JSON result (--format json).
baseline_result load_baseline(const std::string& path);
// The same, from text already read; `file` names it in diagnostics.
baseline_result parse_baseline(std::string_view text, const std::string& file);

// Marks active findings whose fingerprint is in the baseline as known.
// Waived findings stay waived.
void apply_baseline(run_report& report, const baseline& known);

// Whether a run used a baseline: some finding is known, or the command line
// has --baseline. SARIF uses it to decide whether to write baselineState.
bool uses_baseline(const run_report& report);

} // namespace granska::checker
