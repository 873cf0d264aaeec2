#include "checker/report/html_report.hpp"

#include "checker/report/html_chart.hpp"
#include "checker/report/report_paths.hpp"
#include "checker/results/compare.hpp"

#include <fmt/format.h>

namespace granska::checker {

// Colours are chosen for contrast on white (and on the pale backgrounds):
// text #1a1a1a 17:1, #4a4a4a 8.9:1, red #a4161a 7.8:1, amber #7a4a00 7.5:1,
// blue #1d4f91 8.1:1, green #1b5e20 7.9:1 (all at least 6.6:1 on the pale
// fills). Every level is also named in text and has its own border style,
// so nothing depends on colour alone.
const char* const html_report_style = R"css(:root { color: #1a1a1a; background: #fff; }
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; line-height: 1.45; max-width: 62rem;
  margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
h2 { font-size: 1.45rem; border-bottom: 2px solid #1a1a1a; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.2rem; margin: 1.8rem 0 .3rem; }
h4 { font-size: 1.05rem; margin: 1rem 0 .3rem; }
h5 { font-size: 1rem; margin: 0 0 .35rem; }
.subtitle, .status, .where, blockquote footer { color: #4a4a4a; }
.where { font-size: .9em; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: bold; padding: 0 0 .3rem; }
th, td { border: 1px solid #767676; padding: .25rem .55rem; text-align: left; vertical-align: top; }
thead th, tfoot th, tfoot td { background: #eef1f5; }
td.num, .chart-data td, .counts td { text-align: right; font-variant-numeric: tabular-nums; }
code { font-family: "DejaVu Sans Mono", monospace; font-size: .88em; overflow-wrap: anywhere; }
.finding { border: 1px solid #767676; border-left: .5rem solid #767676; padding: .55rem .9rem; margin: .8rem 0; }
.finding.error { border-left-color: #a4161a; }
.finding.warning { border-left-color: #7a4a00; border-left-style: dashed; }
.finding.info { border-left-color: #1d4f91; border-left-style: dotted; }
.finding.waived, .finding.known { background: #f2f2f2; }
.finding .message { font-size: 1.05em; margin: .2rem 0 .4rem; }
.rule { font-family: "DejaVu Sans Mono", monospace; }
.badge { display: inline-block; border: 1px solid currentColor; border-radius: .2rem; padding: 0 .35rem;
  font-size: .85em; font-weight: bold; }
.badge.error { color: #a4161a; }
.badge.warning { color: #7a4a00; }
.badge.info { color: #1d4f91; }
.badge.ny { background: #1a1a1a; color: #fff; border-color: #1a1a1a; }
.badge.oforandrad, .badge.undantag, .badge.kand { color: #4a4a4a; border-style: dashed; }
.badge.atgardad, .badge.i-ordning { color: #1b5e20; }
blockquote { margin: .5rem 0; padding: .45rem .9rem; border-left: 4px solid #4a4a4a; background: #f6f6f2; }
blockquote p { margin: 0 0 .3rem; font-style: italic; }
blockquote footer { font-size: .9em; }
.note { margin: .4rem 0; }
.waiver { border: 1px dashed #4a4a4a; padding: .3rem .6rem; }
table.evidence { font-size: .92em; margin: .4rem 0 .2rem; }
table.evidence caption { font-weight: normal; font-style: italic; }
figure.chart { margin: 1rem 0; }
figure.chart figcaption { font-weight: bold; margin-bottom: .3rem; }
.chart-svg { max-width: 100%; height: auto; }
.chart-svg text { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 13px; fill: #1a1a1a; }
.not-loaded { border: 2px solid #a4161a; padding: .5rem .8rem; }
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  .batch .case { break-before: page; }
  .finding, .chart-svg, tr, blockquote, dl.facts, li { break-inside: avoid; }
  h1, h2, h3, h4, h5, caption, figcaption, .status { break-after: avoid; }
  thead { display: table-header-group; }
  tfoot { display: table-footer-group; }
  a { color: inherit; text-decoration: none; }
}
)css";

namespace {

std::array<std::size_t, 3> counts_of(const case_report& c, const run_report& r) {
    std::array<std::size_t, 3> counts{};
    for (const auto& f : c.findings)
        if (f.state != finding_state::waived || r.audit)
            ++counts[3 - rank(f.level)];
    return counts;
}

std::string packs_table(const run_report& r) {
    if (r.packs.empty())
        return "<p>Inga regelpaket laddades.</p>\n";
    std::string out = "<table class=\"packs\">\n<caption>Regelpaket</caption>\n<thead><tr><th "
                      "scope=\"col\">Id</th>"
                      "<th scope=\"col\">Titel</th><th scope=\"col\">SHA-256 "
                      "(början)</th></tr></thead>\n<tbody>\n";
    for (const auto& p : r.packs)
        out += fmt::format("<tr><td><code>{}</code></td><td>{}</td><td><code>{}</code></td></tr>\n",
                           html_escape(p.id), html_escape(p.title),
                           html_escape(p.sha256.substr(0, 12)));
    return out + "</tbody>\n</table>\n";
}

std::string counts_table(const run_report& r) {
    const auto s = summarize(r);
    std::string out = fmt::format(
        "<table class=\"counts\">\n<caption>Fynd per nivå</caption>\n<thead><tr>"
        "<th scope=\"col\">Nivå</th><th scope=\"col\">Antal</th></tr></thead>\n<tbody>\n"
        "<tr><th scope=\"row\">Fel</th><td>{}</td></tr>\n"
        "<tr><th scope=\"row\">Varning</th><td>{}</td></tr>\n"
        "<tr><th scope=\"row\">Information</th><td>{}</td></tr>\n",
        s.error, s.warning, s.info);
    if (s.waived > 0)
        out += fmt::format("<tr><th scope=\"row\">Undantag ({})</th><td>{}</td></tr>\n",
                           r.audit ? "räknade ovan, granskningsläge" : "visas, räknas inte ovan",
                           s.waived);
    if (s.known > 0)
        out += fmt::format(
            "<tr><th scope=\"row\">Kända sedan baslinjen (räknade ovan)</th><td>{}</td></tr>\n",
            s.known);
    out += fmt::format("<tr><th scope=\"row\">Indatafel</th><td>{}</td></tr>\n", s.input_errors);
    return out + "</tbody>\n</table>\n";
}

std::string compare_table(const comparison& cmp, const format_options& o) {
    std::string source = fmt::format("körningen per {}", html_escape(cmp.previous_as_of));
    if (!cmp.previous_file.empty())
        source += fmt::format(", <code>{}</code>",
                              html_escape(relative_path(cmp.previous_file, o.working_dir)));
    return fmt::format(
        "<table class=\"counts changes\">\n<caption>Sedan förra mötet ({})</caption>\n"
        "<thead><tr><th scope=\"col\">Förändring</th><th "
        "scope=\"col\">Antal</th></tr></thead>\n<tbody>\n"
        "<tr><th scope=\"row\">Nya fynd</th><td>{}</td></tr>\n"
        "<tr><th scope=\"row\">Oförändrade fynd</th><td>{}</td></tr>\n"
        "<tr><th scope=\"row\">Åtgärdade sedan förra "
        "mötet</th><td>{}</td></tr>\n</tbody>\n</table>\n",
        source, cmp.added, cmp.unchanged, cmp.resolved.size());
}

std::string cases_table(const run_report& r, const comparison* cmp) {
    std::string out =
        "<table class=\"cases\">\n<caption>Fynd per kommun</caption>\n<thead><tr>"
        "<th scope=\"col\">Kommun</th><th scope=\"col\">Policy</th><th scope=\"col\">Fel</th>"
        "<th scope=\"col\">Varning</th><th scope=\"col\">Information</th>";
    if (cmp)
        out += "<th scope=\"col\">Nya</th><th scope=\"col\">Åtgärdade</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (std::size_t i = 0; i < r.cases.size(); ++i) {
        const auto& c = r.cases[i];
        const auto n = counts_of(c, r);
        out +=
            fmt::format("<tr><th scope=\"row\"><a href=\"#fall-{}\">{}</a></th><td>{}</td>", i + 1,
                        html_escape(c.municipality_name.empty() ? c.path : c.municipality_name),
                        c.loaded ? html_escape(c.policy_title) : "kunde inte läsas");
        out += fmt::format(
            "<td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>", n[0],
            n[1], n[2]);
        if (cmp) {
            std::size_t added = 0, resolved = 0;
            for (std::size_t k = 0; k < c.findings.size(); ++k)
                added += cmp->mark(i, k) == change::added;
            for (const auto& rf : cmp->resolved)
                resolved += rf.case_index == i;
            out +=
                fmt::format("<td class=\"num\">{}</td><td class=\"num\">{}</td>", added, resolved);
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

} // namespace

std::string html_summary(const run_report& r, const format_options& o) {
    std::string out =
        "<section class=\"summary\" id=\"sammanfattning\" "
        "aria-labelledby=\"sammanfattning-rubrik\">\n"
        "<h2 id=\"sammanfattning-rubrik\">Sammanfattning</h2>\n<dl class=\"facts\">\n";
    out += fmt::format("<dt>Referensdatum</dt><dd>{}</dd>\n", html_escape(r.as_of));
    if (r.cases.size() == 1) {
        const auto& c = r.cases[0];
        out += fmt::format("<dt>Kommun</dt><dd>{} ({})</dd>\n<dt>Policy</dt><dd>{}</dd>\n",
                           html_escape(c.municipality_name), html_escape(c.municipality_code),
                           html_escape(c.policy_title.empty() ? "–" : c.policy_title));
    } else {
        out += fmt::format("<dt>Kommuner</dt><dd>{}</dd>\n", r.cases.size());
    }
    if (r.audit)
        out += "<dt>Läge</dt><dd>Granskningsläge: undantag och kända fynd räknas som andra "
               "fynd.</dd>\n";
    out += "</dl>\n" + packs_table(r) + counts_table(r);
    if (o.compare)
        out += compare_table(*o.compare, o);
    if (r.cases.size() != 1) {
        out += cases_table(r, o.compare);
        bar_chart chart{"diagram-kommuner", "Fynd per kommun och nivå", "Kommun", {}};
        for (const auto& c : r.cases)
            chart.rows.push_back(
                {c.municipality_name.empty() ? c.path : c.municipality_name, counts_of(c, r)});
        if (!chart.rows.empty())
            out += render_chart(chart);
    }
    return out + "</section>\n";
}

std::string html_appendix(const run_report& r, const format_options& o) {
    std::string out;
    if (!r.errors.empty()) {
        out += "<section class=\"input-errors\" id=\"indatafel\" "
               "aria-labelledby=\"indatafel-rubrik\">\n"
               "<h2 id=\"indatafel-rubrik\">Indatafel</h2>\n<table>\n<caption>Fel i regelpaket och "
               "indatafiler"
               "</caption>\n<thead><tr><th scope=\"col\">Fil</th><th scope=\"col\">Rad</th><th "
               "scope=\"col\">Kolumn"
               "</th><th scope=\"col\">JSON Pointer</th><th "
               "scope=\"col\">Meddelande</th></tr></thead>\n<tbody>\n";
        for (const auto& d : r.errors)
            out += fmt::format(
                "<tr><td><code>{}</code></td><td class=\"num\">{}</td><td class=\"num\">{}</td>"
                "<td><code>{}</code></td><td>{}{}</td></tr>\n",
                html_escape(relative_path(d.file, o.working_dir)), d.line, d.column,
                html_escape(d.pointer),
                d.severity == diagnostic_severity::warning ? "varning: " : "",
                html_escape(d.message));
        out += "</tbody>\n</table>\n</section>\n";
    }
    if (!r.waiver_problems.empty()) {
        out += "<section class=\"waiver-problems\" id=\"undantag\" "
               "aria-labelledby=\"undantag-rubrik\">\n"
               "<h2 id=\"undantag-rubrik\">Undantag att se över</h2>\n<ul>\n";
        for (const auto& w : r.waiver_problems)
            out += fmt::format("<li><code>{}:{}</code> ({}): {}</li>\n",
                               html_escape(relative_path(w.file, o.working_dir)), w.line,
                               w.kind == "expired" ? "har gått ut" : "matchar inget fynd",
                               html_escape(w.message));
        out += "</ul>\n</section>\n";
    }
    out += "<section class=\"trail\" id=\"sparbarhet\" aria-labelledby=\"sparbarhet-rubrik\">\n"
           "<h2 id=\"sparbarhet-rubrik\">Spårbarhet</h2>\n<p>Med samma regelpaket, indatafiler och "
           "referensdatum "
           "ger granskningen samma resultat.</p>\n<table>\n<caption>Filer och "
           "kontrollsummor</caption>\n<thead><tr>"
           "<th scope=\"col\">Fil</th><th scope=\"col\">SHA-256</th></tr></thead>\n<tbody>\n";
    for (const auto& p : r.packs)
        out +=
            fmt::format("<tr><td><code>{}</code></td><td><code>{}</code></td></tr>\n",
                        html_escape(relative_path(p.file, o.working_dir)), html_escape(p.sha256));
    for (const auto& i : r.inputs)
        out +=
            fmt::format("<tr><td><code>{}</code></td><td><code>{}</code></td></tr>\n",
                        html_escape(relative_path(i.path, o.working_dir)), html_escape(i.sha256));
    out += "</tbody>\n</table>\n";
    if (!r.command_line.empty())
        out += fmt::format("<p>Kommando: <code>{}</code></p>\n",
                           html_escape(fmt::format("{}", fmt::join(r.command_line, " "))));
    return out + "</section>\n";
}

} // namespace granska::checker
