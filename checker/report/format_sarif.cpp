// SARIF 2.1.0 for code scanning (GitHub upload-sarif) and other SARIF
// readers. Valid against the OASIS schema with Errata 01 and the older
// draft-07 file (tests/checker/report/format_sarif_test.cpp runs both).
#include "checker/report/formats.hpp"
#include "checker/report/report_paths.hpp"
#include "checker/results/baseline.hpp"
#include "checker/runtime/value_region.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

namespace granska::checker {

namespace {

using nlohmann::ordered_json;

constexpr const char* schema_uri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr const char* root_base = "%SRCROOT%";

// A diagnostic counts its column in bytes, the run in UTF-16 code units
// (columnKind); the diagnostic's source line converts one to the other. A
// workbook's column is its cell's, and a line too long or broken to be kept
// (no source line) keeps its byte column.
std::uint32_t utf16_column_of(const diagnostic& d) {
    if (d.column == 0 || !d.sheet.empty() || d.source_line.empty())
        return d.column;
    const std::size_t bytes = d.column - 1;
    const std::size_t on_line = std::min(bytes, d.source_line.size());
    return utf16_column(d.source_line, on_line) + static_cast<std::uint32_t>(bytes - on_line);
}

// The project's home page, as CPACK_PACKAGE_HOMEPAGE_URL in
// cmake/install.cmake (tests/e2e/real_clients_test.cpp keeps them equal);
// each rule's help is its section of docs/rules.md, generated from
// `granska rules` by ci/rules-doc.sh.
constexpr const char* homepage = "https://example.invalid/granska";
constexpr const char* rules_page = "https://example.invalid/granska/docs/rules.md";

// GitHub's heading anchor for "## AST-01": lower case, as it is.
std::string rule_anchor(const std::string& id) {
    std::string anchor;
    for (const char c : id)
        anchor += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return anchor;
}

// GitHub code scanning's problem.severity: error, warning or recommendation.
const char* problem_severity(severity s) {
    return severity_word(s, "recommendation");
}

const char* sarif_level(severity s) {
    return severity_word(s, "note");
}

// A common criterion bound per municipality cites each municipality's own
// clause in its results; the rule itself has no single source.
constexpr const char* bound_source =
    "Källa: den granskade kommunens eget styrdokument (bundet per kommun); ej tillämplig där "
    "kommunens styrdokument saknar kriteriet";

std::string clause_text(const citation& c, const std::string& note) {
    std::string text = c.document.empty()
                           ? std::string(bound_source)
                           : "Källa: " + c.document + ", " + c.section + ":\n\"" + c.text + "\"";
    if (!note.empty())
        text += "\n\nTolkning: " + note;
    return text;
}

std::string clause_markdown(const citation& c, const std::string& note) {
    std::string text = c.document.empty()
                           ? std::string(bound_source)
                           : "**Källa:** " + c.document + ", " + c.section + "\n\n> " + c.text;
    if (!note.empty())
        text += "\n\n**Tolkning:** " + note;
    return text;
}

ordered_json citation_json(const citation& c) {
    return {{"document", c.document}, {"section", c.section}, {"text", c.text}};
}

ordered_json rule_json(const rule_info& r) {
    ordered_json j;
    j["id"] = r.id;
    j["name"] = r.title;
    j["shortDescription"] = {{"text", r.title}};
    j["fullDescription"] = {{"text", clause_text(r.cite, r.note)}};
    j["help"] = {{"text", clause_text(r.cite, r.note)},
                 {"markdown", clause_markdown(r.cite, r.note)}};
    j["helpUri"] = std::string(rules_page) + "#" + rule_anchor(r.id);
    j["defaultConfiguration"] = {{"level", sarif_level(r.level)}};
    ordered_json props{{"pack", r.pack}, {"citation", citation_json(r.cite)}};
    // A rule is a deterministic test of the submitted data, not a heuristic:
    // what it finds is there (GitHub shows "very-high" precision first).
    props["precision"] = "very-high";
    props["problem.severity"] = problem_severity(r.level);
    if (!r.note.empty())
        props["interpretation"] = r.note;
    auto tags = ordered_json::array({"granska"});
    if (!r.pack.empty() && r.pack != "granska") // SARIF wants unique tags
        tags.push_back(r.pack);
    props["tags"] = tags;
    j["properties"] = props;
    return j;
}

// Files as artifacts (with the input's SHA-256 when known), so results can
// refer to them by index.
class artifact_table {
public:
    artifact_table(const run_report& report, const format_options& options) : options_(options) {
        for (const auto& input : report.inputs)
            index_of(input.path, input.sha256);
    }

    ordered_json location(const std::string& file) {
        const auto uri = artifact_uri(file, options_.working_dir);
        ordered_json j{{"uri", uri}};
        if (is_relative_uri(uri) && has_root())
            j["uriBaseId"] = root_base;
        j["index"] = index_of(file, "");
        return j;
    }

    ordered_json physical(const std::string& file, std::uint32_t line, std::uint32_t column) {
        ordered_json p{{"artifactLocation", location(file)}};
        // Errata 01 wants a region to have a start; line 0 means "the whole file".
        if (line > 0) {
            p["region"] = {{"startLine", line}};
            if (column > 0)
                p["region"]["startColumn"] = column;
        }
        return p;
    }

    // The value's own region (start and end), so a client underlines it.
    ordered_json physical(const std::string& file, const subject& s) {
        auto p = physical(file, s.line, s.column);
        if (s.line > 0 && s.column > 0 && s.end_line >= s.line) {
            p["region"]["endLine"] = s.end_line;
            p["region"]["endColumn"] = s.end_column;
        }
        return p;
    }

    ordered_json json() const { return artifacts_; }

private:
    // %SRCROOT% is declared in originalUriBaseIds only when the working
    // directory is known; a uriBaseId nothing declares would not resolve.
    bool has_root() const { return !options_.working_dir.empty(); }

    std::size_t index_of(const std::string& file, const std::string& sha256) {
        const auto uri = artifact_uri(file, options_.working_dir);
        if (const auto it = by_uri_.find(uri); it != by_uri_.end())
            return it->second;
        ordered_json location{{"uri", uri}};
        if (is_relative_uri(uri) && has_root())
            location["uriBaseId"] = root_base;
        ordered_json a{{"location", location}};
        if (!sha256.empty())
            a["hashes"] = {{"sha-256", sha256}};
        artifacts_.push_back(a);
        by_uri_[uri] = artifacts_.size() - 1;
        return artifacts_.size() - 1;
    }

    const format_options& options_;
    ordered_json artifacts_ = ordered_json::array();
    std::map<std::string, std::size_t> by_uri_;
};

ordered_json result_json(const finding& f, const case_report& c,
                         const std::map<std::string, std::size_t>& rules, artifact_table& artifacts,
                         bool with_baseline) {
    ordered_json r;
    r["ruleId"] = f.rule;
    if (const auto it = rules.find(f.rule); it != rules.end())
        r["ruleIndex"] = it->second;
    r["level"] = sarif_level(f.level);
    r["message"] = {{"text", f.message}};
    const std::string file = f.about.file.empty() ? c.path : f.about.file;
    ordered_json logical{{"name", f.about.id}};
    if (!f.about.pointer.empty())
        logical["fullyQualifiedName"] = f.about.pointer;
    logical["kind"] = f.about.kind == "case" ? "value" : "object";
    r["locations"] = {{{"physicalLocation", artifacts.physical(file, f.about)},
                       {"logicalLocations", ordered_json::array({logical})}}};
    // GitHub keys alerts on primaryLocationLineHash and, when it is absent,
    // hashes the text of the start line: distinct findings on one line (four
    // COM-01 findings on a policy's first line) would merge into one alert.
    // The finding's own stable fingerprint keeps each alert apart.
    r["partialFingerprints"] = {{sarif_fingerprint_key, f.fingerprint},
                                {"primaryLocationLineHash", f.fingerprint + ":1"}};
    if (f.state == finding_state::waived)
        r["suppressions"] = {
            {{"kind", "external"},
             {"status", "accepted"},
             {"justification", f.waiver.justification + " (beslut " + f.waiver.decided_by +
                                   "; gäller t.o.m. " + f.waiver.expires + ")"}}};
    if (with_baseline)
        r["baselineState"] = f.state == finding_state::known ? "unchanged" : "new";
    ordered_json props;
    props["subject"] = {{"kind", f.about.kind}, {"id", f.about.id}, {"pointer", f.about.pointer}};
    if (!f.about.sheet.empty()) { // a workbook: the region's line is the row
        props["subject"]["sheet"] = f.about.sheet;
        props["subject"]["cell"] = f.about.cell;
    }
    auto evidence = ordered_json::array();
    for (const auto& e : f.evidence)
        evidence.push_back({{"name", e.name}, {"value", e.value}});
    props["evidence"] = evidence;
    props["citation"] = citation_json(f.cite);
    if (!f.note.empty())
        props["interpretation"] = f.note;
    props["municipality"] = {{"code", c.municipality_code}, {"name", c.municipality_name}};
    props["case"] = c.path;
    if (f.state == finding_state::waived)
        props["waiver"] = {{"justification", f.waiver.justification},
                           {"decided_by", f.waiver.decided_by},
                           {"expires", f.waiver.expires}};
    r["properties"] = props;
    return r;
}

std::string join_command_line(const std::vector<std::string>& args) {
    std::string out;
    for (const auto& a : args) {
        if (!out.empty())
            out += ' ';
        const bool plain = !a.empty() && a.find_first_of(" \t\n\"'\\$`") == std::string::npos;
        out += plain ? a : "'" + a + "'";
    }
    return out;
}

ordered_json invocation_json(const run_report& report, artifact_table& artifacts) {
    ordered_json inv;
    if (!report.command_line.empty()) {
        inv["commandLine"] = join_command_line(report.command_line);
        inv["arguments"] = report.command_line;
    }
    // Input errors: the run could not check everything it was asked to.
    inv["executionSuccessful"] = !has_errors(report.errors);
    auto notes = ordered_json::array();
    for (const auto& d : report.errors) {
        ordered_json n;
        if (!d.file.empty())
            n["locations"] = {
                {{"physicalLocation", artifacts.physical(d.file, d.line, utf16_column_of(d))}}};
        n["message"] = {{"text", d.message}};
        n["level"] = d.severity == diagnostic_severity::error ? "error" : "warning";
        n["descriptor"] = {{"id", "granska/indata"}};
        if (!d.pointer.empty())
            n["properties"] = {{"pointer", d.pointer}};
        if (!d.sheet.empty()) {
            n["properties"]["sheet"] = d.sheet;
            n["properties"]["cell"] = d.cell;
        }
        notes.push_back(n);
    }
    // A case checked against the common criteria only did not get a full check.
    for (const auto& c : report.cases)
        if (c.common_only)
            notes.push_back({{"message", {{"text", c.path + ": " + common_only_notice(c)}}},
                             {"level", "warning"},
                             {"descriptor", {{"id", "granska/bara-gemensamma"}}},
                             {"properties", {{"case", c.path}, {"commonOnly", true}}}});
    if (!notes.empty())
        inv["toolExecutionNotifications"] = notes;
    auto config = ordered_json::array();
    for (const auto& w : report.waiver_problems) {
        ordered_json n;
        if (!w.file.empty())
            n["locations"] = {{{"physicalLocation", artifacts.physical(w.file, w.line, 0)}}};
        n["message"] = {{"text", w.message}};
        n["level"] = "warning";
        n["descriptor"] = {{"id", "granska/undantag-" + w.kind}};
        config.push_back(n);
    }
    if (!config.empty())
        inv["toolConfigurationNotifications"] = config;
    inv["properties"] = {{"asOf", report.as_of}};
    return inv;
}

} // namespace

std::string format_sarif(const run_report& report, const format_options& options) {
    std::map<std::string, std::size_t> rule_index;
    auto rules = ordered_json::array();
    for (const auto& r : report.rules) {
        rule_index.emplace(r.id, rules.size());
        rules.push_back(rule_json(r));
    }
    artifact_table artifacts(report, options);
    const bool with_baseline = uses_baseline(report);
    auto results = ordered_json::array();
    for (const auto& c : report.cases)
        for (const auto& f : c.findings)
            results.push_back(result_json(f, c, rule_index, artifacts, with_baseline));

    ordered_json driver;
    driver["name"] = "granska";
    if (!report.tool_version.empty()) {
        driver["version"] = report.tool_version;
        driver["semanticVersion"] = report.tool_version;
    }
    driver["informationUri"] = homepage;
    driver["language"] = "sv-SE";
    driver["rules"] = rules;

    ordered_json run;
    run["tool"] = {{"driver", driver}};
    run["invocations"] = {invocation_json(report, artifacts)};
    if (!options.working_dir.empty()) {
        auto root = artifact_uri(options.working_dir, "");
        if (!root.ends_with('/'))
            root += '/';
        run["originalUriBaseIds"] = {{root_base, {{"uri", root}}}};
    }
    // Result regions count columns as editors and GitHub do.
    run["columnKind"] = "utf16CodeUnits";
    run["artifacts"] = artifacts.json();
    run["results"] = results;
    run["language"] = "sv-SE";
    auto packs = ordered_json::array();
    for (const auto& p : report.packs)
        packs.push_back({{"id", p.id}, {"file", p.file}, {"sha256", p.sha256}});
    run["properties"] = {{"asOf", report.as_of}, {"rulePacks", packs}};
    auto not_applicable = ordered_json::array();
    for (const auto& c : report.cases)
        for (const auto& n : c.not_applicable)
            not_applicable.push_back({{"case", c.path},
                                      {"municipalityCode", c.municipality_code},
                                      {"rule", n.rule},
                                      {"reason", n.reason}});
    if (!not_applicable.empty())
        run["properties"]["notApplicable"] = not_applicable;

    ordered_json log;
    log["$schema"] = schema_uri;
    log["version"] = "2.1.0";
    log["runs"] = {run};
    return log.dump(2) + "\n";
}

} // namespace granska::checker
