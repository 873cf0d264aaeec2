// A compact summary for a merge-request comment: counts, one table of
// findings per case grouped by subject (a nämnd and its plans together), the
// cited clauses once per rule, input errors and waivers that need attention.
// GitHub- and GitLab-flavoured Markdown both render it.
#include "checker/base/escape.hpp"
#include "checker/report/formats.hpp"
#include "checker/report/report_paths.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace granska::checker {

namespace {

// Every data string goes through markdown_escape() or markdown_code()
// (checker/base/escape.hpp): a name, message or key cannot forge a row, a heading,
// a link, an image, emphasis, HTML or a mention, in a table cell or outside.
std::string md_text(std::string_view s) {
    return markdown_escape(s);
}

std::string code(std::string_view s) {
    return markdown_code(s);
}

std::string subject_label(const subject& s, const case_report& c) {
    if (s.kind == "body")
        for (const auto& b : c.bodies)
            if (b.id == s.id && !b.name.empty())
                return fmt::format("{} {}", md_text(b.name), code(s.id));
    return fmt::format("{} {}", swedish_kind(s.kind), code(s.id));
}

std::string state_word(const finding& f) {
    if (f.state == finding_state::waived)
        return fmt::format("undantag: {} (beslut {}; t.o.m. {})", md_text(f.waiver.justification),
                           md_text(f.waiver.decided_by), md_text(f.waiver.expires));
    return f.state == finding_state::known ? "känd sedan baslinjen" : "ny";
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

void case_section(std::string& out, const case_report& c, const format_options& options) {
    if (c.municipality_name.empty())
        out += fmt::format("\n### {}\n\n", code(c.path));
    else
        out += fmt::format("\n### {} ({}) — {}\n\n", md_text(c.municipality_name),
                           md_text(c.municipality_code), code(c.path));
    if (!c.loaded) {
        out += "Fallet kunde inte läsas; inga regler kördes (se indatafel nedan).\n";
        return;
    }
    if (c.common_only)
        out += "> **Obs:** " + md_text(common_only_notice(c)) + "\n\n";
    for (const auto& n : c.not_applicable)
        out += fmt::format("- {} {}: {}\n", code(n.rule), md_text(n.title), md_text(n.reason));
    if (!c.not_applicable.empty())
        out += "\n";
    if (c.findings.empty()) {
        out += "Inga fynd.\n";
        return;
    }
    // Group by subject: order of first appearance keeps the findings' own order.
    std::vector<std::string> order;
    std::map<std::string, std::vector<const finding*>> groups;
    for (const auto& f : c.findings) {
        const std::string key = f.about.kind + "\x1f" + f.about.id;
        if (!groups.contains(key))
            order.push_back(key);
        groups[key].push_back(&f);
    }
    out += "| subjekt | regel | nivå | fynd | plats | status |\n|---|---|---|---|---|---|\n";
    for (const auto& key : order) {
        auto& group = groups[key];
        std::stable_sort(group.begin(), group.end(), [](const finding* a, const finding* b) {
            return rank(a->level) > rank(b->level);
        });
        bool first = true;
        for (const auto* f : group) {
            const std::string file = relative_path(f->about.file, options.working_dir);
            const std::string where =
                f->about.line > 0 ? fmt::format("{}:{}", file, f->about.line) : file;
            out += fmt::format("| {} | {} | {} | {} | {} | {} |\n",
                               first ? subject_label(f->about, c) : "", md_text(f->rule),
                               swedish(f->level), md_text(f->message), code(where), state_word(*f));
            first = false;
        }
    }
}

} // namespace

std::string format_markdown(const run_report& report, const format_options& options) {
    std::size_t counts[3] = {0, 0, 0}; // error, warning, info: active findings only
    std::size_t waived = 0, known = 0;
    for (const auto& c : report.cases)
        for (const auto& f : c.findings) {
            waived += f.state == finding_state::waived;
            known += f.state == finding_state::known;
            // --audit: waived and known findings count like any other.
            if (f.state == finding_state::active || report.audit)
                ++counts[3 - rank(f.level)];
        }
    std::size_t input_errors = 0;
    for (const auto& e : report.errors)
        input_errors += e.severity == diagnostic_severity::error;

    std::string out = fmt::format("## granska: {}, {}, {}\n\n", plural(counts[0], "fel", "fel"),
                                  plural(counts[1], "varning", "varningar"),
                                  plural(counts[2], "information", "information"));
    out += fmt::format("Referensdatum {} · {} · {} · {} · {}\n\n", md_text(report.as_of),
                       plural(report.cases.size(), "fall", "fall"),
                       plural(waived, "undantag", "undantag"),
                       plural(known, "känt sedan baslinjen", "kända sedan baslinjen"),
                       plural(input_errors, "indatafel", "indatafel"));
    out += report.audit ? "| nivå | fynd (granskning: alla räknas) |\n|---|---:|\n"
                        : "| nivå | nya fynd |\n|---|---:|\n";
    out += fmt::format("| fel | {} |\n| varning | {} |\n| information | {} |\n", counts[0],
                       counts[1], counts[2]);

    for (const auto& c : report.cases)
        case_section(out, c, options);

    // Each cited clause once, in rule order.
    std::map<std::string, const finding*> cited;
    for (const auto& c : report.cases)
        for (const auto& f : c.findings)
            cited.emplace(f.rule, &f);
    if (!cited.empty()) {
        out += "\n### Källor\n\n";
        for (const auto& [rule, f] : cited) {
            out += fmt::format("- **{}** {} — *{}*, {}: “{}”", md_text(rule), md_text(f->title),
                               md_text(f->cite.document), md_text(f->cite.section),
                               md_text(f->cite.text));
            if (!f->note.empty())
                out += fmt::format(" Tolkning: {}", md_text(f->note));
            out += "\n";
        }
    }
    if (!report.errors.empty()) {
        out += "\n### Indatafel\n\n";
        for (const auto& d : report.errors) {
            std::string where = relative_path(d.file, options.working_dir);
            if (d.line > 0)
                where += fmt::format(":{}", d.line);
            if (d.line > 0 && d.column > 0)
                where += fmt::format(":{}", d.column);
            out += fmt::format("- {}: {}{}\n", code(where), md_text(d.message),
                               d.pointer.empty() ? "" : " (" + code(d.pointer) + ")");
        }
    }
    if (!report.waiver_problems.empty()) {
        out += "\n### Undantag att se över\n\n";
        for (const auto& w : report.waiver_problems)
            out += fmt::format(
                "- {} ({}): {}\n",
                code(fmt::format("{}:{}", relative_path(w.file, options.working_dir), w.line)),
                w.kind == "expired" ? "har gått ut" : "matchar inget fynd", md_text(w.message));
    }
    return out;
}

} // namespace granska::checker
