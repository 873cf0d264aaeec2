// The JSON result (cli-and-output.md), the format other tools and later runs
// (--compare, merge, verify) read. Field names are a contract.
#include "checker/formats.hpp"

#include <nlohmann/json.hpp>

namespace granska::checker {

namespace {

using nlohmann::ordered_json;

const char* state_name(finding_state s) {
    switch (s) {
    case finding_state::active: return "new";
    case finding_state::known: return "known";
    case finding_state::waived: return "waived";
    }
    return "new";
}

ordered_json to_json(const finding& f) {
    ordered_json j;
    j["rule"] = f.rule;
    j["severity"] = to_string(f.level);
    j["title"] = f.title;
    j["subject"] = {{"kind", f.about.kind},
                    {"id", f.about.id},
                    {"file", f.about.file},
                    {"pointer", f.about.pointer},
                    {"line", f.about.line}};
    j["message"] = f.message;
    j["citation"] = {{"document", f.cite.document}, {"section", f.cite.section}, {"text", f.cite.text}};
    if (!f.note.empty())
        j["interpretation"] = f.note;
    auto evidence = ordered_json::array();
    for (const auto& e : f.evidence)
        evidence.push_back({{"name", e.name}, {"value", e.value}});
    j["evidence"] = std::move(evidence);
    j["fingerprint"] = f.fingerprint;
    j["state"] = state_name(f.state);
    if (f.state == finding_state::waived)
        j["waiver"] = {{"justification", f.waiver.justification},
                       {"decided_by", f.waiver.decided_by},
                       {"expires", f.waiver.expires}};
    return j;
}

} // namespace

std::string format_json(const run_report& report, const format_options&) {
    ordered_json j;
    j["tool"] = {{"name", "granska"}, {"version", report.tool_version}};
    j["as_of"] = report.as_of;
    if (!report.command_line.empty())
        j["command_line"] = report.command_line;
    auto packs = ordered_json::array();
    for (const auto& p : report.packs)
        packs.push_back({{"id", p.id}, {"title", p.title}, {"file", p.file}, {"sha256", p.sha256}});
    j["rule_packs"] = std::move(packs);
    auto cases = ordered_json::array();
    for (const auto& c : report.cases) {
        ordered_json jc;
        jc["path"] = c.path;
        jc["municipality"] = {{"name", c.municipality_name}, {"code", c.municipality_code}};
        jc["loaded"] = c.loaded;
        if (c.loaded) {
            jc["policy"] = {{"id", c.policy_id}, {"title", c.policy_title}};
            jc["rule_packs"] = c.packs;
            auto bodies = ordered_json::array();
            for (const auto& b : c.bodies)
                bodies.push_back({{"id", b.id}, {"name", b.name}, {"kind", b.kind}});
            jc["bodies"] = std::move(bodies);
        }
        auto findings = ordered_json::array();
        for (const auto& f : c.findings)
            findings.push_back(to_json(f));
        jc["findings"] = std::move(findings);
        cases.push_back(std::move(jc));
    }
    j["cases"] = std::move(cases);
    auto errors = ordered_json::array();
    for (const auto& e : report.errors) {
        ordered_json je{{"file", e.file}, {"line", e.line}, {"column", e.column}, {"pointer", e.pointer},
                        {"message", e.message}};
        if (e.severity != diagnostic_severity::error)
            je["severity"] = "warning";
        errors.push_back(std::move(je));
    }
    j["errors"] = std::move(errors);
    if (!report.waiver_problems.empty()) {
        auto problems = ordered_json::array();
        for (const auto& w : report.waiver_problems)
            problems.push_back({{"kind", w.kind}, {"file", w.file}, {"line", w.line}, {"message", w.message}});
        j["waiver_problems"] = std::move(problems);
    }
    auto inputs = ordered_json::array();
    for (const auto& i : report.inputs)
        inputs.push_back({{"path", i.path}, {"sha256", i.sha256}});
    j["inputs"] = std::move(inputs);
    const auto s = summarize(report);
    j["summary"] = {{"cases", s.cases},   {"error", s.error},   {"warning", s.warning},
                    {"info", s.info},     {"input_errors", s.input_errors},
                    {"known", s.known},   {"waived", s.waived}};
    return j.dump(2) + "\n";
}

} // namespace granska::checker
