// GitHub Actions workflow commands: one annotation per finding, shown on the
// file and line in the pull request's diff, up to GitHub's limit of ten per
// level and step; past it, a summary annotation and plain log lines, so no
// finding is lost. A common criterion that a municipality's own documents do
// not carry is a notice on the case, one per case listing them, and counted
// in the summary line, so it never reads as a pass. Escaping follows the runner's
// toolkit (@actions/core command.ts): data escapes %, CR and LF; property
// values also ':' and ','.
#include "checker/base/escape.hpp"
#include "checker/report/formats.hpp"
#include "checker/report/report_paths.hpp"

#include <fmt/format.h>

#include <iterator>
#include <string_view>
#include <vector>

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
    return severity_word(s, "notice");
}

// One workflow command before it is written: GitHub shows at most
// `annotations_per_level` of each level per step and drops the rest silently.
struct annotation_entry {
    const char* command; // error, warning, notice
    std::string file;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::string title;
    std::string message;
};

constexpr std::size_t annotations_per_level = 10;

struct level_words {
    const char* command;
    const char* plural; // Swedish, for the overflow annotation and log lines
    const char* singular;
};
constexpr level_words level_words_table[] = {
    {"error", "fel", "fel"},
    {"warning", "varningar", "varning"},
    {"notice", "noteringar", "notering"},
};

std::string annotation(const annotation_entry& a) {
    std::string props;
    if (!a.file.empty())
        props += "file=" + escape_property(a.file);
    if (!a.file.empty() && a.line > 0) {
        props += ",line=" + std::to_string(a.line);
        if (a.column > 0)
            props += ",col=" + std::to_string(a.column);
    }
    if (!a.title.empty())
        props += (props.empty() ? "" : ",") + std::string("title=") + escape_property(a.title);
    return fmt::format("::{}{}{}::{}\n", a.command, props.empty() ? "" : " ", props,
                       escape_data(a.message));
}

// An annotation past the limit, as a plain log line (never a command: it
// starts with "granska:" and control characters are shown, not obeyed).
std::string log_line(const annotation_entry& a, const level_words& words) {
    std::string place = a.file;
    if (!a.file.empty() && a.line > 0)
        place += fmt::format(":{}", a.line);
    return terminal_escape(
               fmt::format("granska: {} {}: {}: {}", words.singular, place, a.title, a.message)) +
           "\n";
}

// Every annotation in the order of the report, up to the limit per level;
// when a level has more, its last slot is an annotation that says how many
// more there are and where they are (the log lines below, the job summary,
// SARIF).
std::string annotations(const std::vector<annotation_entry>& all) {
    constexpr std::size_t level_count = std::size(level_words_table);
    const auto level_of = [](const annotation_entry& a) {
        std::size_t i = 0;
        while (i + 1 < level_count && std::string_view(a.command) != level_words_table[i].command)
            ++i;
        return i;
    };
    std::size_t total[level_count] = {}, seen[level_count] = {};
    for (const auto& a : all)
        ++total[level_of(a)];
    const auto listed = [&](std::size_t i) {
        return total[i] <= annotations_per_level ? total[i] : annotations_per_level - 1;
    };
    std::string out, overflow;
    for (const auto& a : all) {
        const std::size_t i = level_of(a);
        if (seen[i]++ < listed(i))
            out += annotation(a);
        else
            overflow += log_line(a, level_words_table[i]);
    }
    for (std::size_t i = 0; i < level_count; ++i) {
        if (total[i] == listed(i))
            continue;
        const auto& words = level_words_table[i];
        out += annotation(
            {words.command, "", 0, 0,
             fmt::format("granska: {} {} till", total[i] - listed(i), words.plural),
             fmt::format("GitHub visar högst {} {} per steg. Här visas {} av {}; de övriga {} "
                         "står i jobbloggen under raden \"granska: utöver anteckningarna\", i "
                         "jobbsammanfattningen och i SARIF-filen.",
                         annotations_per_level, words.plural, listed(i), total[i],
                         total[i] - listed(i))});
    }
    if (!overflow.empty())
        out += "granska: utöver anteckningarna (GitHub visar högst " +
               std::to_string(annotations_per_level) + " per nivå och steg):\n" + overflow;
    return out;
}

} // namespace

namespace {

// A data string shown, not obeyed: ESC, BEL or a newline in a name would
// otherwise colour the job log or forge a line inside the annotation.
std::string log_text(std::string_view data) {
    return terminal_escape(data);
}

} // namespace

std::string format_github(const run_report& report, const format_options& options) {
    std::vector<annotation_entry> all;
    std::size_t counts[3] = {0, 0, 0}; // error, warning, info: active findings only
    std::size_t waived = 0, known = 0;
    for (const auto& c : report.cases)
        for (const auto& f : c.findings) {
            const std::string file = log_text(
                relative_path(f.about.file.empty() ? c.path : f.about.file, options.working_dir));
            std::string message = fmt::format("{}\nKälla: {}, {}: \"{}\"", log_text(f.message),
                                              log_text(f.cite.document), log_text(f.cite.section),
                                              log_text(f.cite.text));
            const char* command = command_of(f.level);
            // Waived and known findings stay visible but never look like failures
            // (with --audit they keep their level: they count like any other).
            const char* quiet = report.audit ? command : "notice";
            if (report.audit)
                ++counts[3 - rank(f.level)];
            if (f.state == finding_state::waived) {
                command = quiet;
                message = fmt::format("{} (undantag: {}; beslut {}; gäller t.o.m. {})",
                                      log_text(f.message), log_text(f.waiver.justification),
                                      log_text(f.waiver.decided_by), log_text(f.waiver.expires));
                ++waived;
            } else if (f.state == finding_state::known) {
                command = quiet;
                message = log_text(f.message) + " (känd sedan baslinjen)";
                ++known;
            } else if (!report.audit) {
                ++counts[3 - rank(f.level)];
            }
            all.push_back(
                {command, file, f.about.line, 0, f.rule + " " + log_text(f.title), message});
        }
    for (const auto& d : report.errors)
        all.push_back({d.severity == diagnostic_severity::error ? "error" : "warning",
                       log_text(relative_path(d.file, options.working_dir)), d.line, d.column,
                       "granska: indatafel", log_text(d.message)});
    for (const auto& c : report.cases)
        if (c.common_only)
            all.push_back({"warning", log_text(relative_path(c.path, options.working_dir)), 0, 0,
                           "granska: bara de gemensamma kraven", log_text(common_only_notice(c))});
    for (const auto& w : report.waiver_problems)
        all.push_back({"warning", log_text(relative_path(w.file, options.working_dir)), w.line, 0,
                       w.kind == "expired" ? "granska: undantaget har gått ut"
                                           : "granska: undantaget matchar inget fynd",
                       log_text(w.message)});
    std::size_t not_applicable = 0;
    for (const auto& c : report.cases) {
        std::string listed;
        for (const auto& n : c.not_applicable)
            listed += fmt::format("{}{} {}: {}", listed.empty() ? "" : "\n", n.rule,
                                  log_text(n.title), log_text(n.reason));
        not_applicable += c.not_applicable.size();
        if (!listed.empty())
            all.push_back({"notice", log_text(relative_path(c.path, options.working_dir)), 0, 0,
                           "granska: kriterier som inte gäller kommunen", listed});
    }
    std::string out = annotations(all);
    // A plain line for the job log; the runner shows it as it is.
    out +=
        fmt::format("granska: {} fel, {} {}, {} information i {} fall per {}; {} undantag, {} {} "
                    "sedan baslinjen, {} indatafel",
                    counts[0], counts[1], counts[1] == 1 ? "varning" : "varningar", counts[2],
                    report.cases.size(), report.as_of, waived, known, known == 1 ? "känd" : "kända",
                    report.errors.size());
    if (not_applicable > 0)
        out += fmt::format("; {} {}", not_applicable,
                           not_applicable == 1 ? "kriterium ej tillämpligt"
                                               : "kriterier ej tillämpliga");
    return out + "\n";
}

} // namespace granska::checker
