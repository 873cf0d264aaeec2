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
    array(w, key, items, [&](const auto& item) {
        w.StartObject();
        write_members(item);
        w.EndObject();
    });
}

// `key`: an array of strings.
void text_array(writer& w, std::string_view key, const std::vector<std::string>& items) {
    array(w, key, items, [&](const std::string& item) { text(w, item); });
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
    flag(w, "statute", r.statute);
    if (!r.same_fact_as.empty())
        member(w, "same_fact_as", r.same_fact_as);
    flag(w, "per_municipality", r.per_municipality);
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
    if (!f.same_fact.empty()) // one lapse, one finding: the other criteria it breaches
        object_array(w, "same_fact", f.same_fact, [&](const related_criterion& r) {
            member(w, "rule", r.rule);
            member(w, "title", r.title);
            write_citation(w, r.cite);
        });
    object_array(w, "evidence", f.evidence, [&](const evidence_item& e) {
        member(w, "name", e.name);
        member(w, "value", e.value);
    });
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
    flag(w, "common_only", c.common_only);
    if (c.common_only)
        member(w, "notice", common_only_notice(c));
    if (c.loaded) {
        text(w, "policy");
        w.StartObject();
        member(w, "id", c.policy_id);
        member(w, "title", c.policy_title);
        w.EndObject();
        text_array(w, "rule_packs", c.packs);
        object_array(w, "bodies", c.bodies, [&](const body_info& b) {
            member(w, "id", b.id);
            member(w, "name", b.name);
            member(w, "kind", b.kind);
        });
        object_array(w, "not_applicable", c.not_applicable, [&](const not_applicable_rule& n) {
            member(w, "rule", n.rule);
            member(w, "title", n.title);
            member(w, "reason", n.reason);
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
    text(w, "tool");
    w.StartObject();
    member(w, "name", "granska");
    member(w, "version", report.tool_version);
    w.EndObject();
    member(w, "as_of", report.as_of);
    flag(w, "audit", report.audit);
    if (!report.command_line.empty())
        text_array(w, "command_line", report.command_line);
    object_array(w, "rule_packs", report.packs, [&](const pack_info& p) {
        member(w, "id", p.id);
        member(w, "title", p.title);
        member(w, "file", p.file);
        member(w, "sha256", p.sha256);
    });
    array(w, "rules", report.rules, [&](const rule_info& r) { write_rule(w, r); });
    array(w, "cases", report.cases, [&](const case_report& c) { write_case(w, c); });
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
        member(w, "path", i.path);
        member(w, "sha256", i.sha256);
    });
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
