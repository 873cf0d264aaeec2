#include "checker/results/read_report.hpp"

#include "checker/base/file_text.hpp"
#include "checker/results/result_fields.hpp"
#include "checker/runtime/severity_names.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

namespace granska::checker {

namespace {

using nlohmann::json;

// The fields were checked before (result_fields.hpp); an unknown word cannot reach here.
severity severity_of(const std::string& s) {
    return severity_from_word(s).value_or(severity::error);
}

finding_state state_of(const std::string& s) {
    return s == "known"    ? finding_state::known
           : s == "waived" ? finding_state::waived
                           : finding_state::active;
}

citation citation_of(const json& j) {
    const auto c = j.value("citation", json::object());
    return {c.value("document", ""), c.value("section", ""), c.value("text", "")};
}

rule_info rule_of(const json& j) {
    rule_info r;
    r.id = j.at("id").get<std::string>();
    r.title = j.value("title", "");
    r.level = severity_of(j.value("severity", ""));
    r.cite = citation_of(j);
    r.note = j.value("interpretation", "");
    r.statute = j.value("statute", false);
    r.same_fact_as = j.value("same_fact_as", "");
    r.pack = j.value("pack", "");
    r.file = j.value("file", "");
    r.line = j.value("line", 0u);
    r.per_municipality = j.value("per_municipality", false);
    return r;
}

finding finding_of(const json& j) {
    finding f;
    f.rule = j.at("rule").get<std::string>();
    f.level = severity_of(j.at("severity").get<std::string>());
    f.title = j.value("title", "");
    const auto& s = j.at("subject");
    f.about = {s.value("kind", ""),    s.value("id", ""),   s.value("file", ""),
               s.value("pointer", ""), s.value("line", 0u), s.value("body", ""),
               s.value("sheet", ""),   s.value("cell", "")};
    f.about.column = s.value("column", 0u);
    f.about.end_line = s.value("end_line", 0u);
    f.about.end_column = s.value("end_column", 0u);
    f.message = j.value("message", "");
    f.cite = citation_of(j);
    f.note = j.value("interpretation", "");
    for (const auto& r : j.value("same_fact", json::array()))
        f.same_fact.push_back({r.value("rule", ""), r.value("title", ""), citation_of(r)});
    for (const auto& e : j.value("evidence", json::array()))
        f.evidence.push_back({e.value("name", ""), e.value("value", "")});
    f.fingerprint = j.value("fingerprint", "");
    f.state = state_of(j.value("state", "new"));
    if (j.contains("waiver")) {
        const auto& w = j["waiver"];
        f.waiver = {w.value("justification", ""), w.value("decided_by", ""),
                    w.value("expires", "")};
    }
    return f;
}

} // namespace

read_report_result read_report(const std::string& path) {
    read_report_result result;
    std::string error;
    const auto read = read_file_text(path, error);
    if (!read) {
        result.errors.push_back({diagnostic_severity::error, path, 0, 0, "", error, ""});
        return result;
    }
    const std::string& text = *read;
    json j;
    try {
        j = json::parse(text);
    } catch (const json::parse_error& e) {
        // Byte offset -> line and column for the message.
        std::uint32_t line = 1, column = 1;
        for (std::size_t i = 0; i + 1 < e.byte && i < text.size(); ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        result.errors.push_back({diagnostic_severity::error, path, line, column, "",
                                 "inte ett giltigt granska-resultat (JSON går inte att läsa)", ""});
        return result;
    }
    // Every field checked first: a shard is data from elsewhere.
    if (auto problems = check_result_fields(j, path); !problems.empty()) {
        result.errors = std::move(problems);
        return result;
    }
    try {
        run_report r;
        r.tool_version = j.at("tool").value("version", "");
        r.as_of = j.at("as_of").get<std::string>();
        r.audit = j.value("audit", false);
        for (const auto& a : j.value("command_line", json::array()))
            r.command_line.push_back(a.get<std::string>());
        for (const auto& p : j.at("rule_packs"))
            r.packs.push_back({p.value("id", ""),
                               p.value("title", ""),
                               p.value("file", ""),
                               p.value("sha256", ""),
                               false,
                               {}});
        for (const auto& rule : j.value("rules", json::array()))
            r.rules.push_back(rule_of(rule));
        for (const auto& c : j.at("cases")) {
            case_report cr;
            cr.path = c.value("path", "");
            cr.municipality_name = c.at("municipality").value("name", "");
            cr.municipality_code = c.at("municipality").value("code", "");
            cr.loaded = c.value("loaded", true);
            cr.common_only = c.value("common_only", false);
            if (c.contains("policy")) {
                cr.policy_id = c["policy"].value("id", "");
                cr.policy_title = c["policy"].value("title", "");
            }
            for (const auto& p : c.value("rule_packs", json::array()))
                cr.packs.push_back(p.get<std::string>());
            for (const auto& b : c.value("bodies", json::array()))
                cr.bodies.push_back({b.value("id", ""), b.value("name", ""), b.value("kind", "")});
            for (const auto& n : c.value("not_applicable", json::array()))
                cr.not_applicable.push_back(
                    {n.value("rule", ""), n.value("title", ""), n.value("reason", "")});
            for (const auto& f : c.at("findings"))
                cr.findings.push_back(finding_of(f));
            r.cases.push_back(std::move(cr));
        }
        for (const auto& e : j.value("errors", json::array()))
            r.errors.push_back({e.value("severity", "") == "warning" ? diagnostic_severity::warning
                                                                     : diagnostic_severity::error,
                                e.value("file", ""), e.value("line", 0u), e.value("column", 0u),
                                e.value("pointer", ""), e.value("message", ""), "",
                                e.value("sheet", ""), e.value("cell", "")});
        for (const auto& i : j.value("inputs", json::array()))
            r.inputs.push_back({i.value("path", ""), i.value("sha256", "")});
        for (const auto& w : j.value("waiver_problems", json::array()))
            r.waiver_problems.push_back({w.value("kind", ""), w.value("file", ""),
                                         w.value("line", 0u), w.value("message", "")});
        result.value = std::move(r);
    } catch (const json::exception& e) {
        result.errors.push_back({diagnostic_severity::error, path, 0, 0, "",
                                 fmt::format("inte ett granska-resultat: {}", e.what()), ""});
    }
    return result;
}

} // namespace granska::checker
