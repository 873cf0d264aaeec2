// GitLab Code Quality report (artifacts:reports:codequality): a JSON array of
// issues that GitLab shows in the merge request and diffs against the target
// branch by fingerprint.
//
// Severity: GitLab knows info, minor, major, critical, blocker. A finding at
// "error" is "major" (it fails the pipeline by default), "warning" is
// "minor", "info" is "info". Input errors are "critical": the submission could
// not be checked at all. Waived findings are "info" whatever their level, so
// an accepted exception never reads as a defect (except with --audit); known
// ones keep their level.
#include "checker/base/sha256.hpp"
#include "checker/report/formats.hpp"
#include "checker/report/report_paths.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>

namespace granska::checker {

namespace {

using nlohmann::ordered_json;

const char* gitlab_severity(severity s) {
    switch (s) {
    case severity::error:
        return "major";
    case severity::warning:
        return "minor";
    case severity::info:
        return "info";
    }
    return "major";
}

ordered_json issue(std::string description, std::string check_name, std::string fingerprint,
                   const char* severity, const std::string& path, std::uint32_t line) {
    ordered_json j;
    j["description"] = std::move(description);
    j["check_name"] = std::move(check_name);
    j["fingerprint"] = std::move(fingerprint);
    j["severity"] = severity;
    // GitLab needs a line; 1 stands for "the whole file".
    j["location"] = {{"path", path}, {"lines", {{"begin", std::max<std::uint32_t>(line, 1)}}}};
    return j;
}

} // namespace

std::string format_gitlab(const run_report& report, const format_options& options) {
    auto issues = ordered_json::array();
    for (const auto& c : report.cases)
        for (const auto& f : c.findings) {
            std::string description = fmt::format("{} {}: {}", f.rule, f.title, f.message);
            const char* level = gitlab_severity(f.level);
            if (f.state == finding_state::waived) {
                description +=
                    fmt::format(" (undantag: {}; beslut {}; gäller t.o.m. {})",
                                f.waiver.justification, f.waiver.decided_by, f.waiver.expires);
                if (!report.audit) // --audit: waived findings count like any other
                    level = "info";
            } else if (f.state == finding_state::known) {
                description += " (känd sedan baslinjen)";
            }
            const std::string path =
                relative_path(f.about.file.empty() ? c.path : f.about.file, options.working_dir);
            issues.push_back(issue(description, f.rule, f.fingerprint, level, path, f.about.line));
        }
    // Input errors and waiver problems have no finding fingerprint; a digest of
    // where they are (and, for input errors, what they say) keeps them stable
    // across runs. Waiver messages name the as-of date, so they are left out.
    for (const auto& d : report.errors) {
        const std::string path = relative_path(d.file, options.working_dir);
        const auto fingerprint = sha256_hex(fmt::format("indata|{}|{}|{}|{}|{}", path, d.line,
                                                        d.column, d.pointer, d.message))
                                     .substr(0, 32);
        issues.push_back(issue("Indatafel: " + d.message, "granska/indatafel", fingerprint,
                               d.severity == diagnostic_severity::error ? "critical" : "minor",
                               path, d.line));
    }
    // Not a defect in the submission, but the check was not whole: never silent.
    for (const auto& c : report.cases) {
        if (!c.common_only)
            continue;
        const std::string path = relative_path(c.path, options.working_dir);
        const auto fingerprint =
            sha256_hex(fmt::format("bara-gemensamma|{}|{}", path, c.municipality_code))
                .substr(0, 32);
        issues.push_back(
            issue(common_only_notice(c), "granska/bara-gemensamma", fingerprint, "minor", path, 0));
    }
    for (const auto& w : report.waiver_problems) {
        const std::string path = relative_path(w.file, options.working_dir);
        const auto fingerprint =
            sha256_hex(fmt::format("undantag|{}|{}|{}", w.kind, path, w.line)).substr(0, 32);
        issues.push_back(
            issue(w.message, "granska/undantag-" + w.kind, fingerprint, "minor", path, w.line));
    }
    return issues.dump(2) + "\n";
}

} // namespace granska::checker
