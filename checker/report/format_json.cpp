// The JSON result (cli-and-output.md), the format other tools and later runs
// (--compare, merge, verify) read. Field names are a contract.
//
// Written as a stream with RapidJSON's PrettyWriter: no tree is built. One
// nlohmann tree per batch cost a third of a national run and two thirds of
// its memory, and a tree per case still a fifth of the time (BENCHMARKS.md).
// The layout is that of nlohmann's dump(2), which the other readers accept.
#include "checker/report/formats.hpp"

#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <memory>
#include <string_view>

namespace granska::checker {

namespace {

// RapidJSON output stream that hands the text to a sink in pieces of about a
// megabyte: a national result (tens of megabytes) is never whole in memory.
// The writer reserves room before each token (PutReserve), then stores bytes
// unchecked (PutUnsafe); both are found by argument-dependent lookup.
class chunked_output {
public:
    using Ch = char;
    static constexpr std::size_t chunk = 1 << 20;

    explicit chunked_output(const output_sink& sink) : sink_(sink) {}

    void reserve(std::size_t n) {
        if (used_ + n <= size_)
            return;
        flush_buffer();
        // Uninitialised memory: pages are touched only as text is written, so
        // a small result does not pay for a megabyte of page faults.
        if (n > size_) {
            size_ = std::max(chunk, n);
            buffer_ = std::make_unique_for_overwrite<char[]>(size_);
        }
    }
    void put_unsafe(char c) { buffer_[used_++] = c; }
    void Put(char c) {
        reserve(1);
        put_unsafe(c);
    }
    void Flush() {}
    void flush_buffer() {
        if (used_ > 0)
            sink_(std::string_view(buffer_.get(), used_));
        used_ = 0;
    }

private:
    const output_sink& sink_;
    std::unique_ptr<char[]> buffer_;
    std::size_t size_ = 0;
    std::size_t used_ = 0;
};

inline void PutReserve(chunked_output& s, std::size_t n) {
    s.reserve(n);
}
inline void PutUnsafe(chunked_output& s, char c) {
    s.put_unsafe(c);
}

using writer = rapidjson::PrettyWriter<chunked_output>;

const char* state_name(finding_state s) {
    switch (s) {
    case finding_state::active:
        return "new";
    case finding_state::known:
        return "known";
    case finding_state::waived:
        return "waived";
    }
    return "new";
}

void text(writer& w, std::string_view s) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void member(writer& w, std::string_view key, std::string_view value) {
    text(w, key);
    text(w, value);
}

void member(writer& w, std::string_view key, std::uint64_t value) {
    text(w, key);
    w.Uint64(value);
}

void write_citation(writer& w, const citation& c) {
    text(w, "citation");
    w.StartObject();
    member(w, "document", c.document);
    member(w, "section", c.section);
    member(w, "text", c.text);
    w.EndObject();
}

// Every loaded rule, so a report made from the result alone (merge) lists
// the rules that passed as a single run does (SARIF's tool.driver.rules,
// JUnit's passing testcases).
void write_rule(writer& w, const rule_info& r) {
    w.StartObject();
    member(w, "id", r.id);
    member(w, "title", r.title);
    member(w, "severity", to_string(r.level));
    member(w, "pack", r.pack);
    member(w, "file", r.file);
    member(w, "line", r.line);
    write_citation(w, r.cite);
    if (!r.note.empty())
        member(w, "interpretation", r.note);
    if (r.statute) {
        text(w, "statute");
        w.Bool(true);
    }
    if (!r.same_fact_as.empty())
        member(w, "same_fact_as", r.same_fact_as);
    if (r.per_municipality) {
        text(w, "per_municipality");
        w.Bool(true);
    }
    w.EndObject();
}

void write_finding(writer& w, const finding& f) {
    w.StartObject();
    member(w, "rule", f.rule);
    member(w, "severity", to_string(f.level));
    member(w, "title", f.title);
    text(w, "subject");
    w.StartObject();
    member(w, "kind", f.about.kind);
    member(w, "id", f.about.id);
    member(w, "file", f.about.file);
    member(w, "pointer", f.about.pointer);
    member(w, "line", f.about.line);
    if (f.about.column > 0) { // the value's region, for clients that underline it
        member(w, "column", f.about.column);
        member(w, "end_line", f.about.end_line);
        member(w, "end_column", f.about.end_column);
    }
    if (!f.about.body.empty())
        member(w, "body", f.about.body);
    if (!f.about.sheet.empty()) {
        member(w, "sheet", f.about.sheet);
        member(w, "cell", f.about.cell);
    }
    w.EndObject();
    member(w, "message", f.message);
    write_citation(w, f.cite);
    if (!f.note.empty())
        member(w, "interpretation", f.note);
    if (!f.same_fact.empty()) {
        // One lapse, one finding: the other criteria it breaches.
        text(w, "same_fact");
        w.StartArray();
        for (const auto& r : f.same_fact) {
            w.StartObject();
            member(w, "rule", r.rule);
            member(w, "title", r.title);
            write_citation(w, r.cite);
            w.EndObject();
        }
        w.EndArray();
    }
    text(w, "evidence");
    w.StartArray();
    for (const auto& e : f.evidence) {
        w.StartObject();
        member(w, "name", e.name);
        member(w, "value", e.value);
        w.EndObject();
    }
    w.EndArray();
    member(w, "fingerprint", f.fingerprint);
    member(w, "state", state_name(f.state));
    if (f.state == finding_state::waived) {
        text(w, "waiver");
        w.StartObject();
        member(w, "justification", f.waiver.justification);
        member(w, "decided_by", f.waiver.decided_by);
        member(w, "expires", f.waiver.expires);
        w.EndObject();
    }
    w.EndObject();
}

void write_case(writer& w, const case_report& c) {
    w.StartObject();
    member(w, "path", c.path);
    text(w, "municipality");
    w.StartObject();
    member(w, "name", c.municipality_name);
    member(w, "code", c.municipality_code);
    w.EndObject();
    text(w, "loaded");
    w.Bool(c.loaded);
    if (c.common_only) {
        text(w, "common_only");
        w.Bool(true);
        member(w, "notice", common_only_notice(c));
    }
    if (c.loaded) {
        text(w, "policy");
        w.StartObject();
        member(w, "id", c.policy_id);
        member(w, "title", c.policy_title);
        w.EndObject();
        text(w, "rule_packs");
        w.StartArray();
        for (const auto& p : c.packs)
            text(w, p);
        w.EndArray();
        text(w, "bodies");
        w.StartArray();
        for (const auto& b : c.bodies) {
            w.StartObject();
            member(w, "id", b.id);
            member(w, "name", b.name);
            member(w, "kind", b.kind);
            w.EndObject();
        }
        w.EndArray();
        text(w, "not_applicable");
        w.StartArray();
        for (const auto& n : c.not_applicable) {
            w.StartObject();
            member(w, "rule", n.rule);
            member(w, "title", n.title);
            member(w, "reason", n.reason);
            w.EndObject();
        }
        w.EndArray();
    }
    text(w, "findings");
    w.StartArray();
    for (const auto& f : c.findings)
        write_finding(w, f);
    w.EndArray();
    w.EndObject();
}

} // namespace

void write_json(const run_report& report, const format_options&, const output_sink& sink) {
    chunked_output stream(sink);
    writer w(stream);
    w.SetIndent(' ', 2);
    w.StartObject();
    text(w, "tool");
    w.StartObject();
    member(w, "name", "granska");
    member(w, "version", report.tool_version);
    w.EndObject();
    member(w, "as_of", report.as_of);
    if (report.audit) {
        text(w, "audit");
        w.Bool(true);
    }
    if (!report.command_line.empty()) {
        text(w, "command_line");
        w.StartArray();
        for (const auto& a : report.command_line)
            text(w, a);
        w.EndArray();
    }
    text(w, "rule_packs");
    w.StartArray();
    for (const auto& p : report.packs) {
        w.StartObject();
        member(w, "id", p.id);
        member(w, "title", p.title);
        member(w, "file", p.file);
        member(w, "sha256", p.sha256);
        w.EndObject();
    }
    w.EndArray();
    text(w, "rules");
    w.StartArray();
    for (const auto& r : report.rules)
        write_rule(w, r);
    w.EndArray();
    text(w, "cases");
    w.StartArray();
    for (const auto& c : report.cases)
        write_case(w, c);
    w.EndArray();
    text(w, "errors");
    w.StartArray();
    for (const auto& e : report.errors) {
        w.StartObject();
        member(w, "file", e.file);
        member(w, "line", e.line);
        member(w, "column", e.column);
        member(w, "pointer", e.pointer);
        if (!e.sheet.empty()) {
            member(w, "sheet", e.sheet);
            member(w, "cell", e.cell);
        }
        member(w, "message", e.message);
        if (e.severity != diagnostic_severity::error)
            member(w, "severity", "warning");
        w.EndObject();
    }
    w.EndArray();
    if (!report.waiver_problems.empty()) {
        text(w, "waiver_problems");
        w.StartArray();
        for (const auto& p : report.waiver_problems) {
            w.StartObject();
            member(w, "kind", p.kind);
            member(w, "file", p.file);
            member(w, "line", p.line);
            member(w, "message", p.message);
            w.EndObject();
        }
        w.EndArray();
    }
    text(w, "inputs");
    w.StartArray();
    for (const auto& i : report.inputs) {
        w.StartObject();
        member(w, "path", i.path);
        member(w, "sha256", i.sha256);
        w.EndObject();
    }
    w.EndArray();
    const auto s = summarize(report);
    text(w, "summary");
    w.StartObject();
    member(w, "cases", s.cases);
    member(w, "error", s.error);
    member(w, "warning", s.warning);
    member(w, "info", s.info);
    member(w, "input_errors", s.input_errors);
    member(w, "known", s.known);
    member(w, "waived", s.waived);
    w.EndObject();
    w.EndObject();
    stream.Put('\n');
    stream.flush_buffer();
}

std::string format_json(const run_report& report, const format_options& options) {
    std::string out;
    write_json(report, options, [&](std::string_view piece) { out += piece; });
    return out;
}

} // namespace granska::checker
