// Text output for people at a terminal: compiler-style diagnostics, the cited
// clause indented under each finding, and a summary line.
#include "checker/base/escape.hpp"
#include "checker/report/formats.hpp"
#include "checker/runtime/severity_names.hpp"

#include <fmt/format.h>

namespace granska::checker {

namespace {

struct palette {
    bool on;
    std::string paint(const std::string& text, const char* code) const {
        return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : text;
    }
};

// Every data string is shown through terminal_escape(): a name with ESC,
// OSC 8, BEL, CR, BS or a newline neither steers the terminal nor forges a line.
std::string screen_text(std::string_view data) {
    return terminal_escape(data);
}

std::string text_location(const subject& s) {
    if (!s.sheet.empty())
        return fmt::format("{}: {}{}{}", screen_text(s.file), screen_text(s.sheet),
                           s.cell.empty() ? "" : "!", screen_text(s.cell));
    return s.line > 0 ? fmt::format("{}:{}", screen_text(s.file), s.line) : screen_text(s.file);
}

} // namespace

std::string format_text(const run_report& report, const format_options& options) {
    const palette p{options.color};
    std::string out;
    // Which rules judged: the same pack files and digests the JSON result records.
    for (const auto& pack : report.packs)
        out += fmt::format("regelpaket {}: {} (sha256 {})\n", screen_text(pack.id),
                           screen_text(pack.file), pack.sha256);
    if (!report.packs.empty())
        out += "\n";
    for (const auto& c : report.cases) {
        if (!c.loaded)
            continue;
        out += p.paint(fmt::format("{} ({}), {}", screen_text(c.municipality_name),
                                   screen_text(c.municipality_code), screen_text(c.path)),
                       "1");
        out += fmt::format(" — per {}, regelpaket: ", report.as_of);
        for (std::size_t i = 0; i < c.packs.size(); ++i)
            out += (i ? ", " : "") + screen_text(c.packs[i]);
        out += "\n";
        if (c.common_only)
            out += p.paint("  " + screen_text(common_only_notice(c)), "1;33") + "\n";
        for (const auto& f : c.findings) {
            std::string head = p.paint(fmt::format("{}[{}]", swedish(f.level), f.rule),
                                       names_of(f.level).terminal_color);
            std::string state;
            if (f.state == finding_state::waived)
                state =
                    fmt::format(" (undantag: {}; beslut {}; gäller t.o.m. {})",
                                screen_text(f.waiver.justification),
                                screen_text(f.waiver.decided_by), screen_text(f.waiver.expires));
            else if (f.state == finding_state::known)
                state = " (känd sedan baslinjen)";
            out += fmt::format("{}: {}: {}{}\n", text_location(f.about), head,
                               screen_text(f.message), state);
            out += fmt::format("    {}, {}:\n    \"{}\"\n", screen_text(f.cite.document),
                               screen_text(f.cite.section), screen_text(f.cite.text));
            for (const auto& r : f.same_fact)
                out += fmt::format("    även {}: {}, {}:\n    \"{}\"\n", r.rule,
                                   screen_text(r.cite.document), screen_text(r.cite.section),
                                   screen_text(r.cite.text));
            if (!f.note.empty())
                out += fmt::format("    tolkning: {}\n", screen_text(f.note));
        }
        if (c.findings.empty())
            out += "  inga fynd\n";
        for (const auto& n : c.not_applicable)
            out +=
                fmt::format("  {} {}: {}\n", n.rule, screen_text(n.title), screen_text(n.reason));
        out += "\n";
    }
    for (const auto& e : report.errors)
        out += p.paint(render(terminal_escape(e)),
                       e.severity == diagnostic_severity::error ? "1;31" : "1;33") +
               "\n";
    for (const auto& w : report.waiver_problems)
        out += fmt::format("{}:{}: varning: {}\n", screen_text(w.file), w.line,
                           screen_text(w.message));
    const auto s = summarize(report);
    // Swedish agrees in number: "1 varning", "2 varningar"; "1 känt", "2 kända" (fynd).
    const auto counted = [](std::size_t n, const char* one, const char* many) {
        return fmt::format("{} {}", n, n == 1 ? one : many);
    };
    out += fmt::format("{} fall: {} fel, {}, {} information, {} indatafel", s.cases, s.error,
                       counted(s.warning, "varning", "varningar"), s.info, s.input_errors);
    if (s.known)
        out += ", " + counted(s.known, "känt", "kända");
    if (s.waived)
        out += ", " + counted(s.waived, "undantaget", "undantagna");
    out += fmt::format(" (per {})\n", report.as_of);
    return out;
}

} // namespace granska::checker
