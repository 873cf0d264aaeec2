// Text output for people at a terminal: compiler-style diagnostics, the cited
// clause indented under each finding, and a summary line.
#include "checker/formats.hpp"

#include <fmt/format.h>

namespace granska::checker {

namespace {

struct palette {
    bool on;
    std::string paint(const std::string& text, const char* code) const {
        return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, text) : text;
    }
    const char* of(severity s) const {
        switch (s) {
        case severity::error: return "1;31";
        case severity::warning: return "1;33";
        case severity::info: return "1;36";
        }
        return "0";
    }
};

std::string location(const subject& s) {
    if (!s.sheet.empty())
        return fmt::format("{}: {}{}{}", s.file, s.sheet, s.cell.empty() ? "" : "!", s.cell);
    return s.line > 0 ? fmt::format("{}:{}", s.file, s.line) : s.file;
}

} // namespace

std::string format_text(const run_report& report, const format_options& options) {
    const palette p{options.color};
    std::string out;
    // Which rules judged: the same pack files and digests the JSON result records.
    for (const auto& pack : report.packs)
        out += fmt::format("regelpaket {}: {} (sha256 {})\n", pack.id, pack.file, pack.sha256);
    if (!report.packs.empty())
        out += "\n";
    for (const auto& c : report.cases) {
        if (!c.loaded)
            continue;
        out += p.paint(fmt::format("{} ({}), {}", c.municipality_name, c.municipality_code, c.path), "1");
        out += fmt::format(" — per {}, regelpaket: ", report.as_of);
        for (std::size_t i = 0; i < c.packs.size(); ++i)
            out += (i ? ", " : "") + c.packs[i];
        out += "\n";
        if (c.common_only)
            out += p.paint("  " + common_only_notice(c), "1;33") + "\n";
        for (const auto& f : c.findings) {
            std::string head = p.paint(fmt::format("{}[{}]", to_string(f.level), f.rule), p.of(f.level));
            std::string state;
            if (f.state == finding_state::waived)
                state = fmt::format(" (undantag: {}; beslut {}; gäller t.o.m. {})", f.waiver.justification,
                                    f.waiver.decided_by, f.waiver.expires);
            else if (f.state == finding_state::known)
                state = " (känd sedan baslinjen)";
            out += fmt::format("{}: {}: {}{}\n", location(f.about), head, f.message, state);
            out += fmt::format("    {}, {}:\n    \"{}\"\n", f.cite.document, f.cite.section, f.cite.text);
            if (!f.note.empty())
                out += fmt::format("    tolkning: {}\n", f.note);
        }
        if (c.findings.empty())
            out += "  inga fynd\n";
        out += "\n";
    }
    for (const auto& e : report.errors)
        out += p.paint(render(e), e.severity == diagnostic_severity::error ? "1;31" : "1;33") + "\n";
    for (const auto& w : report.waiver_problems)
        out += fmt::format("{}:{}: varning: {}\n", w.file, w.line, w.message);
    const auto s = summarize(report);
    out += fmt::format("{} {}: {} fel, {} varningar, {} information, {} indatafel", s.cases,
                       s.cases == 1 ? "fall" : "fall", s.error, s.warning, s.info, s.input_errors);
    if (s.known)
        out += fmt::format(", {} kända", s.known);
    if (s.waived)
        out += fmt::format(", {} undantagna", s.waived);
    out += fmt::format(" (per {})\n", report.as_of);
    return out;
}

} // namespace granska::checker
