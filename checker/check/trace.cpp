#include "checker/check/trace.hpp"

#include "checker/base/escape.hpp"
#include "checker/check/obligation.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace granska::checker {

namespace {

// A citation covers a sentence when one contains the other (both normalised):
// a clause may quote part of a sentence, or several sentences.
bool overlaps(const std::string& sentence, const std::string& quote) {
    const auto s = normalize_text(sentence), q = normalize_text(quote);
    if (s.empty() || q.empty())
        return false;
    return s.find(q) != std::string::npos || q.find(s) != std::string::npos;
}

} // namespace

std::size_t trace_matrix::uncovered() const {
    std::size_t n = 0;
    for (const auto& r : rows)
        n += !r.covered();
    return n;
}

trace_matrix trace_policy(const policy_text& policy, const pack_set& packs) {
    trace_matrix m;
    m.policy_file = policy.file;
    m.municipality_code = policy.municipality_code;
    const auto applied = packs.for_municipality(policy.municipality_code);
    // A common criterion is traced through this municipality's own clause for
    // it; where there is none it does not apply, and the matrix says so.
    auto cited_text = [&](const rule_info& r) -> const std::string* {
        if (!r.per_municipality)
            return &r.cite.text;
        const auto* bound = pack_set::criterion_for(r.id, applied);
        return bound ? &bound->text : nullptr;
    };
    for (const auto* pack : applied)
        for (const auto& r : pack->rules)
            if (cited_text(r->info) == nullptr)
                m.not_applicable.push_back({r->info.id, r->info.title, not_applicable_reason});
    std::sort(m.not_applicable.begin(), m.not_applicable.end(),
              [](const auto& a, const auto& b) { return a.rule < b.rule; });
    for (const auto& [sentence, form] : find_obligations(policy.text)) {
        trace_row row{sentence, std::string(form), {}, {}};
        for (const auto* pack : applied) {
            for (const auto& r : pack->rules)
                if (const auto* text = cited_text(r->info); text && overlaps(sentence, *text))
                    row.rules.push_back(r->info.id);
            for (const auto& nc : pack->not_checkables)
                if (row.not_checkable.empty() && overlaps(sentence, nc.sentence))
                    row.not_checkable = nc.reason;
        }
        std::sort(row.rules.begin(), row.rules.end());
        m.rows.push_back(std::move(row));
    }
    return m;
}

std::string format_trace_text(const trace_matrix& m) {
    std::string out =
        fmt::format("Spårbarhet: {} (kommunkod {})\n\n", m.policy_file, m.municipality_code);
    for (const auto& r : m.rows) {
        std::string status;
        if (!r.rules.empty()) {
            status = "täcks av";
            for (const auto& id : r.rules)
                status += " " + id;
        } else if (!r.not_checkable.empty()) {
            status = "ej kontrollerbar: " + r.not_checkable;
        } else {
            status = "EJ TÄCKT";
        }
        out += fmt::format("- \"{}\" ({})\n    {}\n", r.sentence, r.form, status);
    }
    out += fmt::format("\n{} skyldigheter: {} täcks av regler, {} förklarade som ej "
                       "kontrollerbara, {} ej täckta\n",
                       m.rows.size(),
                       std::count_if(m.rows.begin(), m.rows.end(),
                                     [](const trace_row& r) { return !r.rules.empty(); }),
                       std::count_if(m.rows.begin(), m.rows.end(),
                                     [](const trace_row& r) {
                                         return r.rules.empty() && !r.not_checkable.empty();
                                     }),
                       m.uncovered());
    for (const auto& n : m.not_applicable)
        out += fmt::format("{} {}: {}\n", n.rule, n.title, n.reason);
    return out;
}

std::string format_trace_json(const trace_matrix& m) {
    nlohmann::ordered_json j;
    j["policy_text"] = m.policy_file;
    j["municipality_code"] = m.municipality_code;
    auto rows = nlohmann::ordered_json::array();
    for (const auto& r : m.rows) {
        nlohmann::ordered_json row{{"sentence", r.sentence}, {"form", r.form}, {"rules", r.rules}};
        row["status"] = !r.rules.empty()           ? "covered"
                        : !r.not_checkable.empty() ? "not_checkable"
                                                   : "uncovered";
        if (!r.not_checkable.empty())
            row["reason"] = r.not_checkable;
        rows.push_back(row);
    }
    j["obligations"] = rows;
    j["uncovered"] = m.uncovered();
    auto not_applicable = nlohmann::ordered_json::array();
    for (const auto& n : m.not_applicable)
        not_applicable.push_back({{"rule", n.rule}, {"title", n.title}, {"reason", n.reason}});
    j["not_applicable"] = not_applicable;
    return j.dump(2) + "\n";
}

std::string format_trace_html(const trace_matrix& m) {
    std::string out = R"(<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Spårbarhet</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;color:#1a1a1a}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #767676;padding:.4rem;vertical-align:top;text-align:left}
th{background:#e8e8e8}.uncovered{font-weight:bold;color:#8b0000}
@media print{tr{break-inside:avoid}thead{display:table-header-group}}</style></head><body>
)";
    out += fmt::format(
        "<h1>Spårbarhet: skyldigheter i policyn mot regler</h1>\n<p>Policytext: {} (kommunkod {}). "
        "{} skyldigheter, {} ej täckta.</p>\n",
        html_escape(m.policy_file), html_escape(m.municipality_code), m.rows.size(), m.uncovered());
    out +=
        "<table>\n<thead><tr><th scope=\"col\">Mening i policyn</th><th scope=\"col\">Status</th>"
        "<th scope=\"col\">Regler / skäl</th></tr></thead>\n<tbody>\n";
    for (const auto& r : m.rows) {
        std::string status, detail;
        if (!r.rules.empty()) {
            status = "Täcks av regel";
            for (const auto& id : r.rules)
                detail += (detail.empty() ? "" : ", ") + id;
        } else if (!r.not_checkable.empty()) {
            status = "Ej kontrollerbar";
            detail = r.not_checkable;
        } else {
            status = "<span class=\"uncovered\">Ej täckt</span>";
        }
        out += fmt::format("<tr><td>{}</td><td>{}</td><td>{}</td></tr>\n", html_escape(r.sentence),
                           status, html_escape(detail));
    }
    out += "</tbody></table>\n";
    if (!m.not_applicable.empty()) {
        out += "<h2>Gemensamma kriterier som inte gäller kommunen</h2>\n<ul>\n";
        for (const auto& n : m.not_applicable)
            out += fmt::format("<li>{} {}: {}</li>\n", html_escape(n.rule), html_escape(n.title),
                               html_escape(n.reason));
        out += "</ul>\n";
    }
    out += "</body></html>\n";
    return out;
}

} // namespace granska::checker
