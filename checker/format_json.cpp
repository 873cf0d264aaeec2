// The JSON result (cli-and-output.md), the format other tools and later runs
// (--compare, merge, verify) read. Field names are a contract.
//
// Written piece by piece: each case becomes its own small JSON tree, dumped
// and freed before the next, and cases are dumped in parallel (--jobs). A
// single tree for a national batch cost a third of the run and two thirds of
// its memory (BENCHMARKS.md). The bytes are those of one `dump(2)` of the
// whole result.
#include "checker/formats.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstring>
#include <thread>

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

ordered_json to_json(const case_report& c) {
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
    return jc;
}

// Appends `text` (a dump(2) of a nested value) with every line after the
// first indented by `indent` spaces, as it would be inside its parent.
// Raw newlines occur only between tokens: inside strings they are escaped.
void append_nested(std::string& out, std::string_view text, std::size_t indent) {
    while (true) {
        const auto* nl = static_cast<const char*>(std::memchr(text.data(), '\n', text.size()));
        if (nl == nullptr) {
            out += text;
            return;
        }
        const auto line = static_cast<std::size_t>(nl - text.data()) + 1;
        out.append(text.data(), line);
        out.append(indent, ' ');
        text.remove_prefix(line);
    }
}

// One top-level member, `  "key": value`, with its separator.
void append_member(std::string& out, const char* key, const ordered_json& value, bool last = false) {
    out += "  \"";
    out += key;
    out += "\": ";
    append_nested(out, value.dump(2), 2);
    out += last ? "\n" : ",\n";
}

// The cases array, dumped by up to `jobs` threads a batch at a time so that
// at most one batch of dumped text waits beside the output.
void append_cases(std::string& out, const std::vector<case_report>& cases, unsigned jobs) {
    if (cases.empty()) {
        out += "  \"cases\": [],\n";
        return;
    }
    out += "  \"cases\": [\n";
    constexpr std::size_t batch = 64;
    std::vector<std::string> dumped(std::min(batch, cases.size()));
    for (std::size_t first = 0; first < cases.size(); first += batch) {
        const std::size_t n = std::min(batch, cases.size() - first);
        auto dump_range = [&](std::size_t from, std::size_t step) {
            for (std::size_t i = from; i < n; i += step)
                dumped[i] = to_json(cases[first + i]).dump(2);
        };
        const unsigned threads = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(n)));
        if (threads == 1) {
            dump_range(0, 1);
        } else {
            std::vector<std::jthread> pool;
            for (unsigned t = 0; t < threads; ++t)
                pool.emplace_back(dump_range, t, threads);
        }
        for (std::size_t i = 0; i < n; ++i) {
            out += "    ";
            append_nested(out, dumped[i], 4);
            out += first + i + 1 < cases.size() ? ",\n" : "\n";
            std::string().swap(dumped[i]);
        }
    }
    out += "  ],\n";
}

} // namespace

std::string format_json(const run_report& report, const format_options& options) {
    std::string out;
    // Findings dominate; a finding's JSON is about 1.5 KB.
    std::size_t findings = 0;
    for (const auto& c : report.cases)
        findings += c.findings.size();
    out.reserve(4096 + 512 * report.cases.size() + 2048 * findings);

    out += "{\n";
    append_member(out, "tool", {{"name", "granska"}, {"version", report.tool_version}});
    append_member(out, "as_of", report.as_of);
    if (!report.command_line.empty())
        append_member(out, "command_line", report.command_line);
    auto packs = ordered_json::array();
    for (const auto& p : report.packs)
        packs.push_back({{"id", p.id}, {"title", p.title}, {"file", p.file}, {"sha256", p.sha256}});
    append_member(out, "rule_packs", packs);
    append_cases(out, report.cases, options.jobs);
    auto errors = ordered_json::array();
    for (const auto& e : report.errors) {
        ordered_json je{{"file", e.file}, {"line", e.line}, {"column", e.column}, {"pointer", e.pointer},
                        {"message", e.message}};
        if (e.severity != diagnostic_severity::error)
            je["severity"] = "warning";
        errors.push_back(std::move(je));
    }
    append_member(out, "errors", errors);
    if (!report.waiver_problems.empty()) {
        auto problems = ordered_json::array();
        for (const auto& w : report.waiver_problems)
            problems.push_back({{"kind", w.kind}, {"file", w.file}, {"line", w.line}, {"message", w.message}});
        append_member(out, "waiver_problems", problems);
    }
    auto inputs = ordered_json::array();
    for (const auto& i : report.inputs)
        inputs.push_back({{"path", i.path}, {"sha256", i.sha256}});
    append_member(out, "inputs", inputs);
    const auto s = summarize(report);
    append_member(out, "summary",
                  {{"cases", s.cases},
                   {"error", s.error},
                   {"warning", s.warning},
                   {"info", s.info},
                   {"input_errors", s.input_errors},
                   {"known", s.known},
                   {"waived", s.waived}},
                  true);
    out += "}\n";
    return out;
}

} // namespace granska::checker
