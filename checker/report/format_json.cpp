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
#include <initializer_list>
#include <memory>
#include <string_view>
#include <utility>

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

// The result's word for each finding_state, in the enumerators' order.
constexpr const char* state_names[] = {"new", "known", "waived"};

const char* state_name(finding_state s) {
    return state_names[static_cast<std::size_t>(s)];
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

// `key`: true, written only when set (a result without it reads as false).
void flag(writer& w, std::string_view key, bool set) {
    if (!set)
        return;
    text(w, key);
    w.Bool(true);
}

// Members whose values are all text, in the order given: most objects of the
// result are rows of this table shape.
using text_members = std::initializer_list<std::pair<std::string_view, std::string_view>>;

void members(writer& w, text_members rows) {
    for (const auto& [key, value] : rows)
        member(w, key, value);
}

// Members whose values are all counts.
void count_members(writer& w,
                   std::initializer_list<std::pair<std::string_view, std::uint64_t>> rows) {
    for (const auto& [key, value] : rows)
        member(w, key, value);
}

// One object, whose members `write_members` writes.
template <typename Members>
void object(writer& w, Members write_members) {
    w.StartObject();
    write_members();
    w.EndObject();
}

// `key`: one object, whose members `write_members` writes.
template <typename Members>
void object(writer& w, std::string_view key, Members write_members) {
    text(w, key);
    object(w, write_members);
}

// `key`: one object of text members.
void object(writer& w, std::string_view key, text_members rows) {
    object(w, key, [&] { members(w, rows); });
}

// `key`: an array, each item written by `write_item`.
template <typename Items, typename Write>
void array(writer& w, std::string_view key, const Items& items, Write write_item) {
    text(w, key);
    w.StartArray();
    for (const auto& item : items)
        write_item(item);
    w.EndArray();
}

// `key`: an array of objects, one per item, whose members `write_members` writes.
template <typename Items, typename Members>
void object_array(writer& w, std::string_view key, const Items& items, Members write_members) {
    array(w, key, items, [&](const auto& item) { object(w, [&] { write_members(item); }); });
}

// `key`: an array of strings.
void text_array(writer& w, std::string_view key, const std::vector<std::string>& items) {
    array(w, key, items, [&](const std::string& item) { text(w, item); });
}

void write_citation(writer& w, const citation& c) {
    object(w, "citation", {{"document", c.document}, {"section", c.section}, {"text", c.text}});
}

// What a rule cites and how the municipality reads it; every finding of the
// rule carries the same two.
void write_citation(writer& w, const citation& c, const std::string& interpretation) {
    write_citation(w, c);
    if (!interpretation.empty())
        member(w, "interpretation", interpretation);
}

// Every loaded rule, so a report made from the result alone (merge) lists
// the rules that passed as a single run does (SARIF's tool.driver.rules,
// JUnit's passing testcases).
void write_rule(writer& w, const rule_info& r) {
    object(w, [&] {
        member(w, "id", r.id);
        member(w, "title", r.title);
        member(w, "severity", to_string(r.level));
        member(w, "pack", r.pack);
        member(w, "file", r.file);
        member(w, "line", r.line);
        write_citation(w, r.cite, r.note);
        flag(w, "statute", r.statute);
        if (!r.same_fact_as.empty())
            member(w, "same_fact_as", r.same_fact_as);
        flag(w, "per_municipality", r.per_municipality);
    });
}

// Where a finding stands: file, pointer, line, and the value's region.
void write_subject(writer& w, const subject& about) {
    object(w, "subject", [&] {
        members(w, {{"kind", about.kind},
                    {"id", about.id},
                    {"file", about.file},
                    {"pointer", about.pointer}});
        member(w, "line", about.line);
        if (about.column > 0) { // the value's region, for clients that underline it
            member(w, "column", about.column);
            member(w, "end_line", about.end_line);
            member(w, "end_column", about.end_column);
        }
        if (!about.body.empty())
            member(w, "body", about.body);
        if (!about.sheet.empty()) {
            member(w, "sheet", about.sheet);
            member(w, "cell", about.cell);
        }
    });
}

void write_finding(writer& w, const finding& f) {
    object(w, [&] {
        member(w, "rule", f.rule);
        member(w, "severity", to_string(f.level));
        member(w, "title", f.title);
        write_subject(w, f.about);
        member(w, "message", f.message);
        write_citation(w, f.cite, f.note);
        if (!f.same_fact.empty()) // one lapse, one finding: the other criteria it breaches
            object_array(w, "same_fact", f.same_fact, [&](const related_criterion& r) {
                member(w, "rule", r.rule);
                member(w, "title", r.title);
                write_citation(w, r.cite);
            });
        object_array(w, "evidence", f.evidence, [&](const evidence_item& e) {
            members(w, {{"name", e.name}, {"value", e.value}});
        });
        member(w, "fingerprint", f.fingerprint);
        member(w, "state", state_name(f.state));
        if (f.state == finding_state::waived)
            object(w, "waiver",
                   {{"justification", f.waiver.justification},
                    {"decided_by", f.waiver.decided_by},
                    {"expires", f.waiver.expires}});
    });
}

void write_case_object(writer& w, const case_report& c) {
    w.StartObject();
    member(w, "path", c.path);
    object(w, "municipality", {{"name", c.municipality_name}, {"code", c.municipality_code}});
    text(w, "loaded");
    w.Bool(c.loaded);
    flag(w, "common_only", c.common_only);
    if (c.common_only)
        member(w, "notice", common_only_notice(c));
    if (c.loaded) {
        object(w, "policy", {{"id", c.policy_id}, {"title", c.policy_title}});
        text_array(w, "rule_packs", c.packs);
        object_array(w, "bodies", c.bodies, [&](const body_info& b) {
            members(w, {{"id", b.id}, {"name", b.name}, {"kind", b.kind}});
        });
        object_array(w, "not_applicable", c.not_applicable, [&](const not_applicable_rule& n) {
            members(w, {{"rule", n.rule}, {"title", n.title}, {"reason", n.reason}});
        });
    }
    array(w, "findings", c.findings, [&](const finding& f) { write_finding(w, f); });
    w.EndObject();
}

} // namespace

void write_json(const run_report& report, const format_options&, const output_sink& sink) {
    chunked_output stream(sink);
    writer w(stream);
    w.SetIndent(' ', 2);
    w.StartObject();
    object(w, "tool", {{"name", "granska"}, {"version", report.tool_version}});
    member(w, "as_of", report.as_of);
    flag(w, "audit", report.audit);
    if (!report.command_line.empty())
        text_array(w, "command_line", report.command_line);
    object_array(w, "rule_packs", report.packs, [&](const pack_info& p) {
        members(w, {{"id", p.id}, {"title", p.title}, {"file", p.file}, {"sha256", p.sha256}});
    });
    array(w, "rules", report.rules, [&](const rule_info& r) { write_rule(w, r); });
    array(w, "cases", report.cases, [&](const case_report& c) { write_case_object(w, c); });
    object_array(w, "errors", report.errors, [&](const diagnostic& e) {
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
    });
    if (!report.waiver_problems.empty())
        object_array(w, "waiver_problems", report.waiver_problems, [&](const waiver_problem& p) {
            member(w, "kind", p.kind);
            member(w, "file", p.file);
            member(w, "line", p.line);
            member(w, "message", p.message);
        });
    object_array(w, "inputs", report.inputs, [&](const input_file& i) {
        members(w, {{"path", i.path}, {"sha256", i.sha256}});
    });
    const auto s = summarize(report);
    object(w, "summary", [&] {
        count_members(w, {{"cases", s.cases},
                          {"error", s.error},
                          {"warning", s.warning},
                          {"info", s.info},
                          {"input_errors", s.input_errors},
                          {"known", s.known},
                          {"waived", s.waived}});
    });
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
