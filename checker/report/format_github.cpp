// GitHub Actions workflow commands: one annotation per finding, shown on the
// file and line in the pull request's diff. Escaping follows the runner's
// toolkit (@actions/core command.ts): data escapes %, CR and LF; property
// values also ':' and ','.
#include "checker/report/formats.hpp"
#include "checker/report/report_paths.hpp"

#include <fmt/format.h>

namespace granska::checker {

namespace {

std::string escape_data(const std::string& s) {
    std::string out;
    for (const char c : s) {
        switch (c) {
        case '%':
            out += "%25";
            break;
        case '\r':
            out += "%0D";
            break;
        case '\n':
            out += "%0A";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::string escape_property(const std::string& s) {
    std::string out;
    for (const char c : escape_data(s)) {
        switch (c) {
        case ':':
            out += "%3A";
            break;
        case ',':
            out += "%2C";
            break;
        default:
            out += c;
        }
    }
    return out;
}

const char* command_of(severity s) {
    switch (s) {
    case severity::error:
        return "error";
    case severity::warning:
        return "warning";
    case severity::info:
        return "notice";
    }
    return "error";
}

std::string annotation(const char* command, const std::string& file, std::uint32_t line,
                       std::uint32_t column, const std::string& title, const std::string& message) {
    std::string props;
    if (!file.empty())
        props += "file=" + escape_property(file);
    if (!file.empty() && line > 0) {
        props += ",line=" + std::to_string(line);
        if (column > 0)
            props += ",col=" + std::to_string(column);
    }
    if (!title.empty())
        props += (props.empty() ? "" : ",") + std::string("title=") + escape_property(title);
    return fmt::format("::{}{}{}::{}\n", command, props.empty() ? "" : " ", props,
                       escape_data(message));
}

} // namespace

std::string format_github(const run_report& report, const format_options& options) {
    std::string out;
    std::size_t counts[3] = {0, 0, 0}; // error, warning, info: active findings only
    std::size_t waived = 0, known = 0;
    for (const auto& c : report.cases)
        for (const auto& f : c.findings) {
            const std::string file =
                relative_path(f.about.file.empty() ? c.path : f.about.file, options.working_dir);
            std::string message = fmt::format("{}\nKälla: {}, {}: \"{}\"", f.message,
                                              f.cite.document, f.cite.section, f.cite.text);
            const char* command = command_of(f.level);
            // Waived and known findings stay visible but never look like failures
            // (with --audit they keep their level: they count like any other).
            const char* quiet = report.audit ? command : "notice";
            if (report.audit)
                ++counts[3 - rank(f.level)];
            if (f.state == finding_state::waived) {
                command = quiet;
                message =
                    fmt::format("{} (undantag: {}; beslut {}; gäller t.o.m. {})", f.message,
                                f.waiver.justification, f.waiver.decided_by, f.waiver.expires);
                ++waived;
            } else if (f.state == finding_state::known) {
                command = quiet;
                message = f.message + " (känd sedan baslinjen)";
                ++known;
            } else if (!report.audit) {
                ++counts[3 - rank(f.level)];
            }
            out += annotation(command, file, f.about.line, 0, f.rule + " " + f.title, message);
        }
    for (const auto& d : report.errors)
        out += annotation(d.severity == diagnostic_severity::error ? "error" : "warning",
                          relative_path(d.file, options.working_dir), d.line, d.column,
                          "granska: indatafel", d.message);
    for (const auto& c : report.cases)
        if (c.common_only)
            out += annotation("warning", relative_path(c.path, options.working_dir), 0, 0,
                              "granska: bara de gemensamma kraven", common_only_notice(c));
    for (const auto& w : report.waiver_problems)
        out += annotation("warning", relative_path(w.file, options.working_dir), w.line, 0,
                          w.kind == "expired" ? "granska: undantaget har gått ut"
                                              : "granska: undantaget matchar inget fynd",
                          w.message);
    // A plain line for the job log; the runner shows it as it is.
    out +=
        fmt::format("granska: {} fel, {} {}, {} information i {} fall per {}; {} undantag, {} {} "
                    "sedan baslinjen, {} indatafel\n",
                    counts[0], counts[1], counts[1] == 1 ? "varning" : "varningar", counts[2],
                    report.cases.size(), report.as_of, waived, known, known == 1 ? "känd" : "kända",
                    report.errors.size());
    return out;
}

} // namespace granska::checker
