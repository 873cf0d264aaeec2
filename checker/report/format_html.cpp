// The board-meeting report (issue 5): one self-contained HTML5 file for the
// integration coordinator, not for a machine. Per municipality and body, what
// is in order and what is not, each finding beside the policy's own words,
// and with --compare what changed since the last meeting. No script, no
// network, no external file; prints on A4. Every text from the data is
// escaped. Nothing depends on the clock: the date shown is report.as_of.
#include "checker/report/formats.hpp"
#include "checker/report/html_chart.hpp"
#include "checker/report/html_report.hpp"
#include "checker/report/report_paths.hpp"
#include "checker/results/compare.hpp"
#include "checker/runtime/severity_names.hpp"

#include <fmt/format.h>

#include <map>

namespace granska::checker {

namespace {

const std::string general_title = "Policyn och kommunen som helhet";

// error 0, warning 1, info 2: the order of the chart's counts.
int level_index(severity s) {
    return 3 - rank(s);
}

const char* kind_word(const std::string& kind) {
    static const std::map<std::string, const char*> words{
        {"policy", "policyn"}, {"body", "organ"},    {"plan", "plan"},
        {"goal", "mål"},       {"action", "åtgärd"}, {"record", "post"}};
    const auto it = words.find(kind);
    return it == words.end() ? "subjekt" : it->second;
}

// Waived findings are shown but, outside --audit, not counted (as summarize()).
bool counted(const finding& f, const run_report& r) {
    return f.state != finding_state::waived || r.audit;
}

// Which body a finding belongs to, from the finding alone (subject::body):
// the report never opens a file a result names.
std::string body_of(const finding& f) {
    if (f.about.kind == "body")
        return f.about.id;
    return f.about.kind == "policy" || f.about.kind == "case" ? std::string() : f.about.body;
}

struct group {
    std::string title;
    std::string kind;                  // the body's kind, empty for the general group
    std::vector<std::size_t> findings; // indices into case_report::findings
    std::array<std::size_t, 3> counts{};
    std::size_t waived = 0; // shown, not counted (outside --audit)
};

// The general group first (the policy's own state leads), then every body
// in organisation order.
std::vector<group> group_findings(const case_report& c, const run_report& r) {
    std::vector<group> groups{{general_title, "", {}, {}, 0}};
    std::map<std::string, std::size_t> index;
    for (const auto& b : c.bodies) {
        index.emplace(b.id, groups.size());
        groups.push_back({b.name.empty() ? b.id : b.name, b.kind, {}, {}, 0});
    }
    for (std::size_t i = 0; i < c.findings.size(); ++i) {
        const auto& f = c.findings[i];
        const auto it = index.find(body_of(f));
        auto& g = groups[it == index.end() ? 0 : it->second];
        g.findings.push_back(i);
        if (counted(f, r))
            ++g.counts[level_index(f.level)];
        else
            ++g.waived;
    }
    return groups;
}

std::string html_location(const subject& s, const format_options& o) {
    std::string where = relative_path(s.file, o.working_dir);
    if (s.line > 0)
        where += fmt::format(":{}", s.line);
    return where;
}

// "1 fel, 1 varning; dessutom 1 fynd med undantag"
std::string status_phrase(const std::array<std::size_t, 3>& counts, std::size_t waived) {
    std::string out = count_phrase(counts);
    if (waived > 0)
        out += fmt::format("; dessutom {} fynd med undantag", waived);
    return out;
}

std::string change_phrase(std::size_t added, std::size_t unchanged, std::size_t resolved) {
    return fmt::format("{} {}, {} {}, {} {}", added, added == 1 ? "ny" : "nya", unchanged,
                       unchanged == 1 ? "oförändrad" : "oförändrade", resolved,
                       resolved == 1 ? "åtgärdad" : "åtgärdade");
}

std::string state_badges(const finding& f, const comparison* cmp, std::size_t ci, std::size_t fi) {
    std::string out;
    if (cmp) {
        const change m = cmp->mark(ci, fi);
        out += fmt::format(" <span class=\"badge {}\">{}</span>",
                           m == change::added ? "ny" : "oforandrad", swedish(m));
    }
    if (f.state == finding_state::waived)
        out += " <span class=\"badge undantag\">Undantag</span>";
    else if (f.state == finding_state::known)
        out += " <span class=\"badge kand\">Känd sedan baslinjen</span>";
    return out;
}

std::string finding_html(const finding& f, const std::string& id, const run_report& r,
                         const format_options& o, std::size_t ci, std::size_t fi) {
    const char* state = f.state == finding_state::waived  ? " waived"
                        : f.state == finding_state::known ? " known"
                                                          : "";
    std::string out = fmt::format("<article class=\"finding {0}{1}\" aria-labelledby=\"{2}\">\n"
                                  "<h5 id=\"{2}\"><span class=\"badge {0}\">{3}</span> <span "
                                  "class=\"rule\">{4}</span> {5}{6}</h5>\n"
                                  "<p class=\"message\">{7}</p>\n",
                                  to_string(f.level), state, id, names_of(f.level).swedish_title,
                                  html_escape(f.rule), html_escape(f.title),
                                  state_badges(f, o.compare, ci, fi), html_escape(f.message));
    if (f.state == finding_state::waived)
        out += fmt::format("<p class=\"waiver\"><strong>Undantag beslutat</strong> {}: {} Gäller "
                           "till och med {}.{}</p>\n",
                           html_escape(f.waiver.decided_by), html_escape(f.waiver.justification),
                           html_escape(f.waiver.expires), r.audit ? "" : " Fyndet räknas inte.");
    else if (f.state == finding_state::known)
        out += "<p class=\"waiver\">Fanns redan i baslinjen; räknas inte som nytt.</p>\n";
    out += f.about.kind == "case"
               ? fmt::format("<p class=\"where\">Gäller kommunen som helhet (<code>{}</code>)",
                             html_escape(f.about.id))
               : fmt::format("<p class=\"where\">Gäller {} <code>{}</code>",
                             kind_word(f.about.kind), html_escape(f.about.id));
    out += fmt::format(" · plats <code>{}</code>", html_escape(html_location(f.about, o)));
    if (!f.about.pointer.empty())
        out += fmt::format(" · JSON Pointer <code>{}</code>", html_escape(f.about.pointer));
    out += "</p>\n";
    out += fmt::format(
        "<blockquote>\n<p>{}</p>\n<footer>{}, avsnitt ”{}”</footer>\n</blockquote>\n",
        html_escape(f.cite.text), html_escape(f.cite.document), html_escape(f.cite.section));
    if (!f.note.empty())
        out += fmt::format("<p class=\"note\"><strong>Tolkning:</strong> {}</p>\n",
                           html_escape(f.note));
    if (!f.evidence.empty()) {
        out += "<table class=\"evidence\">\n<caption>Underlag</caption>\n<tbody>\n";
        for (const auto& e : f.evidence)
            out += fmt::format("<tr><th scope=\"row\">{}</th><td>{}</td></tr>\n",
                               html_escape(e.name), html_escape(e.value));
        out += "</tbody>\n</table>\n";
    }
    return out + "</article>\n";
}

std::string group_html(const group& g, const std::string& id, const case_report& c,
                       const run_report& r, const format_options& o, std::size_t ci) {
    std::string out =
        fmt::format("<section class=\"body\" aria-labelledby=\"{0}\">\n<h3 id=\"{0}\">{1}</h3>\n"
                    "<p class=\"status\">{2}</p>\n",
                    id, html_escape(g.title), html_escape(status_phrase(g.counts, g.waived)));
    for (const severity level : {severity::error, severity::warning, severity::info}) {
        std::vector<std::size_t> these;
        for (const auto i : g.findings)
            if (c.findings[i].level == level)
                these.push_back(i);
        if (these.empty())
            continue;
        out += fmt::format("<h4>{} ({})</h4>\n", names_of(level).swedish_heading, these.size());
        for (const auto i : these)
            out += finding_html(c.findings[i], fmt::format("{}-fynd-{}", id, i + 1), r, o, ci, i);
    }
    return out + "</section>\n";
}

std::string resolved_html(const comparison& cmp, std::size_t ci, const std::string& id,
                          const format_options& o) {
    std::vector<const finding*> gone;
    for (const auto& rf : cmp.resolved)
        if (rf.case_index == ci)
            gone.push_back(&rf.previous);
    std::string out = fmt::format("<section class=\"resolved\" aria-labelledby=\"{0}\">\n"
                                  "<h3 id=\"{0}\">Åtgärdade sedan förra mötet ({1})</h3>\n",
                                  id, gone.size());
    if (gone.empty())
        return out + "<p>Inga fynd från förra körningen har åtgärdats.</p>\n</section>\n";
    out += "<ul>\n";
    for (const auto* f : gone)
        out += fmt::format(
            "<li><span class=\"badge atgardad\">Åtgärdad</span> <span "
            "class=\"rule\">{}</span> ({}) "
            "{}: {} <span class=\"where\">Plats förra gången: <code>{}</code></span></li>\n",
            html_escape(f->rule), html_escape(swedish(f->level)), html_escape(f->title),
            html_escape(f->message), html_escape(html_location(f->about, o)));
    return out + "</ul>\n</section>\n";
}

std::string case_errors(const case_report& c, const run_report& r, const format_options& o) {
    std::string out;
    for (const auto& d : r.errors)
        if (!c.path.empty() && d.file.starts_with(c.path))
            out += fmt::format("<li><code>{}:{}</code> {}</li>\n",
                               html_escape(relative_path(d.file, o.working_dir)), d.line,
                               html_escape(d.message));
    return out.empty() ? out : "<ul class=\"errors\">\n" + out + "</ul>\n";
}

std::string case_html(const case_report& c, std::size_t ci, const run_report& r,
                      const format_options& o) {
    const std::string id = fmt::format("fall-{}", ci + 1);
    std::string out =
        fmt::format("<section class=\"case\" id=\"{0}\" aria-labelledby=\"{0}-rubrik\">\n"
                    "<h2 id=\"{0}-rubrik\">{1}</h2>\n<dl class=\"facts\">\n"
                    "<dt>Kommunkod</dt><dd>{2}</dd>\n<dt>Policy</dt><dd>{3}</dd>\n"
                    "<dt>Referensdatum</dt><dd>{4}</dd>\n<dt>Regelpaket</dt><dd>{5}</dd>\n"
                    "<dt>Underlag</dt><dd><code>{6}</code></dd>\n</dl>\n",
                    id, html_escape(c.municipality_name.empty() ? c.path : c.municipality_name),
                    html_escape(c.municipality_code),
                    html_escape(c.policy_title.empty() ? "–" : c.policy_title),
                    html_escape(r.as_of), html_escape(fmt::format("{}", fmt::join(c.packs, ", "))),
                    html_escape(relative_path(c.path, o.working_dir)));
    if (!c.loaded) {
        out += "<p class=\"not-loaded\"><strong>Underlaget kunde inte läsas; inga regler "
               "kördes.</strong> "
               "Rätta indatafelen och kör granskningen igen.</p>\n";
        return out + case_errors(c, r, o) + "</section>\n";
    }
    if (c.common_only) // reuses the not-loaded frame: the check was not whole
        out += "<p class=\"not-loaded\"><strong>" + html_escape(common_only_notice(c)) +
               "</strong></p>\n";
    const auto cmp = o.compare;
    const auto groups = group_findings(c, r);
    std::array<std::size_t, 3> counts{};
    std::size_t waived = 0;
    for (const auto& g : groups) {
        for (int l = 0; l < 3; ++l)
            counts[l] += g.counts[l];
        waived += g.waived;
    }
    out += fmt::format("<p class=\"status\">Fynd: {}.</p>\n",
                       html_escape(status_phrase(counts, waived)));
    if (cmp && cmp->compared(ci)) {
        std::size_t added = 0, unchanged = 0, resolved = 0;
        for (std::size_t i = 0; i < c.findings.size(); ++i)
            ++(cmp->mark(ci, i) == change::added ? added : unchanged);
        for (const auto& rf : cmp->resolved)
            resolved += rf.case_index == ci;
        out += fmt::format("<p class=\"status\">Sedan förra mötet: {}.</p>\n",
                           change_phrase(added, unchanged, resolved));
    } else if (cmp) {
        out += "<p class=\"status\">Kommunen fanns inte med i förra körningen; alla fynd räknas "
               "som nya.</p>\n";
    }
    bar_chart chart{id + "-diagram",
                    fmt::format("Fynd per organ och nivå, {}", c.municipality_name),
                    "Organ",
                    {}};
    for (const auto& g : groups)
        chart.rows.push_back({g.title, g.counts});
    out += render_chart(chart);
    std::vector<const group*> in_order;
    for (std::size_t k = 0; k < groups.size(); ++k) {
        if (!groups[k].findings.empty())
            out += group_html(groups[k], fmt::format("{}-organ-{}", id, k), c, r, o, ci);
        else if (k > 0)
            in_order.push_back(&groups[k]);
    }
    if (!in_order.empty()) {
        out += fmt::format(
            "<section class=\"in-order\" aria-labelledby=\"{0}-i-ordning\">\n"
            "<h3 id=\"{0}-i-ordning\">I ordning</h3>\n<p>Organ utan fynd per {1}:</p>\n<ul>\n",
            id, html_escape(r.as_of));
        for (const auto* g : in_order)
            out += fmt::format("<li><span class=\"badge i-ordning\">I ordning</span> {}{}</li>\n",
                               html_escape(g->title),
                               g->kind.empty() ? "" : " (" + html_escape(g->kind) + ")");
        out += "</ul>\n</section>\n";
    }
    if (cmp && cmp->compared(ci))
        out += resolved_html(*cmp, ci, id + "-atgardade", o);
    if (!c.not_applicable.empty()) {
        out += fmt::format(
            "<section class=\"not-applicable\" aria-labelledby=\"{0}-ej-tillampliga\">\n"
            "<h3 id=\"{0}-ej-tillampliga\">Kriterier som inte gäller kommunen</h3>\n<ul>\n",
            id);
        for (const auto& n : c.not_applicable)
            out += fmt::format("<li>{} {}: {}</li>\n", html_escape(n.rule), html_escape(n.title),
                               html_escape(n.reason));
        out += "</ul>\n</section>\n";
    }
    return out + "</section>\n";
}

} // namespace

std::string format_html(const run_report& report, const format_options& options) {
    const bool batch = report.cases.size() != 1;
    const std::string heading =
        batch ? fmt::format("Granskning av {} kommuner", report.cases.size())
              : fmt::format("Granskning: {}", report.cases[0].municipality_name.empty()
                                                  ? report.cases[0].path
                                                  : report.cases[0].municipality_name);
    std::string out = fmt::format(
        "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<title>{0} per {1}</title>\n<style>\n{2}</style>\n</head>\n"
        "<body class=\"{3}\">\n<header>\n<h1>{0}</h1>\n"
        "<p class=\"subtitle\">Referensdatum {1} · granska {4}</p>\n</header>\n<main>\n",
        html_escape(heading), html_escape(report.as_of), html_report_style,
        batch ? "batch" : "single", html_escape(report.tool_version));
    out += html_summary(report, options);
    for (std::size_t i = 0; i < report.cases.size(); ++i)
        out += case_html(report.cases[i], i, report, options);
    out += html_appendix(report, options);
    out += "</main>\n</body>\n</html>\n";
    return out;
}

} // namespace granska::checker
