// Waivers: decided exceptions to findings, kept in a file in the repository
// and reviewed like code. Each entry names a finding (by fingerprint, or by
// rule id + subject id), why it is accepted, who decided it and until when.
//
// {"format": "granska-waivers/1", "waivers": [
//   {"rule": "HER-01", "subject": "socialnamnden", "municipality": "1466",
//    "justification": "...", "decided_by": "KS 2026-03-12 § 45", "expires": "2027-06-30"},
//   {"fingerprint": "3f2a...", "justification": "...", "decided_by": "...", "expires": "..."}]}
//
// "municipality" (a code) is optional and narrows a rule + subject entry to
// one municipality; unknown members are errors, so a misspelt "expiry" does
// not silently make a waiver permanent.
#pragma once

#include "checker/base/calendar.hpp"
#include "checker/base/diagnostic.hpp"
#include "checker/runtime/finding.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace granska::checker {

struct waiver {
    std::string fingerprint;  // either this ...
    std::string rule;         // ... or rule + subject
    std::string subject;      // subject id (finding.about.id)
    std::string municipality; // optional code; empty: any municipality
    std::string justification;
    std::string decided_by;
    std::string expires; // YYYY-MM-DD as written
    calendar::date expires_on;
    std::string file;       // the waiver file, as given
    std::uint32_t line = 0; // where the entry starts
};

struct waivers {
    std::string file;
    std::vector<waiver> entries; // in file order
};

struct waivers_result {
    std::optional<waivers> value; // the valid entries; empty if the file is unusable
    diagnostics errors;           // input errors naming file:line:column
};

waivers_result load_waivers(const std::string& path);
// The same, from text already read; `file` names it in diagnostics.
waivers_result parse_waivers(std::string_view text, const std::string& file);

// Applies the waivers at `as_of`: a matching waiver that has not expired
// (expires >= as_of) marks active and known findings as waived with its
// justification. An expired waiver applies to nothing and adds a
// waiver_problem "expired"; an unexpired one that matches no finding adds
// "stale" (not when it names a municipality that no checked case has: that
// part of the file was simply not checked in this run).
void apply_waivers(run_report& report, const waivers& list, calendar::date as_of);

} // namespace granska::checker
