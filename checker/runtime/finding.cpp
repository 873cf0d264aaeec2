#include "checker/runtime/finding.hpp"

#include <algorithm>
#include <tuple>

namespace granska::checker {

const char* severity_word(severity s, const char* lowest) {
    switch (s) {
    case severity::error:
        return "error";
    case severity::warning:
        return "warning";
    case severity::info:
        return lowest;
    }
    return "error";
}

const char* to_string(severity s) {
    return severity_word(s, "info");
}

const char* swedish(severity s) {
    switch (s) {
    case severity::error:
        return "fel";
    case severity::warning:
        return "varning";
    case severity::info:
        return "information";
    }
    return "fel";
}

int rank(severity s) {
    switch (s) {
    case severity::error:
        return 3;
    case severity::warning:
        return 2;
    case severity::info:
        return 1;
    }
    return 3;
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
            switch (f.level) {
            case severity::error:
                ++s.error;
                break;
            case severity::warning:
                ++s.warning;
                break;
            case severity::info:
                ++s.info;
                break;
            }
        }
    for (const auto& e : report.errors)
        if (e.severity == diagnostic_severity::error)
            ++s.input_errors;
    return s;
}

} // namespace granska::checker
