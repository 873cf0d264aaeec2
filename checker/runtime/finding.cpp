#include "checker/runtime/finding.hpp"

#include "checker/runtime/severity_names.hpp"

#include <algorithm>
#include <array>
#include <tuple>

namespace granska::checker {

namespace {

constexpr std::array<severity_names, 3> severities{{
    {severity::error, "error", "fel", "Fel", "Fel", "major", "1;31", 3},
    {severity::warning, "warning", "varning", "Varning", "Varningar", "minor", "1;33", 2},
    {severity::info, "info", "information", "Information", "Information", "info", "1;36", 1},
}};

} // namespace

const severity_names& names_of(severity s) {
    for (const auto& row : severities)
        if (row.level == s)
            return row;
    return severities.front(); // not reached: every enumerator has a row
}

std::optional<severity> severity_from_word(std::string_view word) {
    for (const auto& row : severities)
        if (row.word == word)
            return row.level;
    return std::nullopt;
}

const char* severity_word(severity s, const char* lowest) {
    return s == severity::info ? lowest : names_of(s).word;
}

const char* to_string(severity s) {
    return names_of(s).word;
}

const char* swedish(severity s) {
    return names_of(s).swedish;
}

int rank(severity s) {
    return names_of(s).rank;
}

std::string common_only_notice(const case_report& c) {
    return "Bara de gemensamma kraven prövades (--common-only): inget inläst regelpaket "
           "gäller kommunkoden " +
           c.municipality_code + ", så kommunens egen policy prövades inte.";
}

void sort_findings(std::vector<finding>& findings) {
    std::stable_sort(findings.begin(), findings.end(), [](const finding& a, const finding& b) {
        return std::tie(a.about.file, a.about.line, a.rule, a.about.id, a.message) <
               std::tie(b.about.file, b.about.line, b.rule, b.about.id, b.message);
    });
}

summary summarize(const run_report& report) {
    summary s;
    s.cases = report.cases.size();
    for (const auto& c : report.cases)
        for (const auto& f : c.findings) {
            if (f.state == finding_state::waived) {
                ++s.waived;
                if (!report.audit)
                    continue;
            }
            if (f.state == finding_state::known)
                ++s.known;
            std::size_t* per_level[] = {&s.info, &s.warning, &s.error}; // by rank
            ++*per_level[rank(f.level) - 1];
        }
    for (const auto& e : report.errors)
        if (e.severity == diagnostic_severity::error)
            ++s.input_errors;
    return s;
}

} // namespace granska::checker
