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
//
// A common criterion that a municipality's own documents do not carry ("ej
// tillämplig") is not an issue: Code Quality knows no "not applicable", and
// an issue of any severity would read as a defect in the merge request and
// come back as "new" or "resolved" whenever a pack changes. It is left out
// here and shown where GitLab has a place for it: a skipped test in the
// Tests tab (JUnit) and a line in the Markdown summary (ci/templates/README.md).
#include "checker/base/sha256.hpp"
#include "checker/report/formats.hpp"
#include "checker/report/report_paths.hpp"
#include "checker/runtime/severity_names.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>

namespace granska::checker {

namespace {

using nlohmann::ordered_json;

// Code Climate's categories (GitLab requires at least one): a lapse against
// the governing documents is a risk to what they are for; an input error means
// the submission does not follow its format; a waiver problem or a partial
// check is a matter of clarity in the report.
enum class category { finding, input_error, report_note };

// By category, in the enumerators' order.
constexpr const char* category_names[] = {"Bug Risk", "Compatibility", "Clarity"};

const char* category_name(category c) {
    return category_names[static_cast<std::size_t>(c)];
}

// GitLab matches location.path against the repository's files: always
// relative to the working directory, never absolute, so the form a path was
// given in (absolute, or through a symlinked checkout as $PWD shows it)
// changes neither the path nor a fingerprint made from it. Symlinks are
// resolved by name only (weakly_canonical reads no file).
std::string gitlab_path(const std::string& file, const std::string& working_dir) {
    namespace fs = std::filesystem;
    const std::string shown = relative_path(file, working_dir);
    if (shown.empty() || shown.front() != '/' || working_dir.empty())
        return shown;
    std::error_code ec;
    const fs::path resolved = fs::weakly_canonical(fs::path(shown), ec);
    const fs::path base = fs::path(working_dir).lexically_normal();
    const auto rel = (ec ? fs::path(shown) : resolved).lexically_relative(base);
    return rel.empty() ? shown : rel.generic_string();
}

ordered_json issue(category kind, std::string description, std::string check_name,
                   std::string fingerprint, const char* severity, const std::string& path,
                   std::uint32_t line) {
    ordered_json j;
    j["type"] = "issue";
    j["categories"] = {category_name(kind)};
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
            const char* level = names_of(f.level).gitlab;
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
                gitlab_path(f.about.file.empty() ? c.path : f.about.file, options.working_dir);
            issues.push_back(issue(category::finding, description, f.rule, f.fingerprint, level,
                                   path, f.about.line));
        }
    // Input errors and waiver problems have no finding fingerprint; a digest of
    // where they are (and, for input errors, what they say) keeps them stable
    // across runs. Waiver messages name the as-of date, so they are left out.
    for (const auto& d : report.errors) {
        const std::string path = gitlab_path(d.file, options.working_dir);
        const auto fingerprint = sha256_hex(fmt::format("indata|{}|{}|{}|{}|{}", path, d.line,
                                                        d.column, d.pointer, d.message))
                                     .substr(0, 32);
        issues.push_back(issue(
            category::input_error, "Indatafel: " + d.message, "granska/indatafel", fingerprint,
            d.severity == diagnostic_severity::error ? "critical" : "minor", path, d.line));
    }
    // Not a defect in the submission, but the check was not whole: never silent.
    for (const auto& c : report.cases) {
        if (!c.common_only)
            continue;
        const std::string path = gitlab_path(c.path, options.working_dir);
        const auto fingerprint =
            sha256_hex(fmt::format("bara-gemensamma|{}|{}", path, c.municipality_code))
                .substr(0, 32);
        issues.push_back(issue(category::report_note, common_only_notice(c),
                               "granska/bara-gemensamma", fingerprint, "minor", path, 0));
    }
    for (const auto& w : report.waiver_problems) {
        const std::string path = gitlab_path(w.file, options.working_dir);
        const auto fingerprint =
            sha256_hex(fmt::format("undantag|{}|{}|{}", w.kind, path, w.line)).substr(0, 32);
        issues.push_back(issue(category::report_note, w.message, "granska/undantag-" + w.kind,
                               fingerprint, "minor", path, w.line));
    }
    return issues.dump(2) + "\n";
}

} // namespace granska::checker
