// What a run produces: findings (the product), grouped per case, with the
// rules and packs that produced them. Every output format reads only these
// structs, so all formats agree by construction.
#pragma once

#include "checker/base/diagnostic.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace granska::checker {

enum class severity { error, warning, info };

// "error", "warning", or the format's own word for the lowest level
// (SARIF "note", GitHub "notice", code scanning "recommendation").
const char* severity_word(severity s, const char* lowest);
const char* to_string(severity s); // "error", "warning", "info"
const char* swedish(severity s);   // "fel", "varning", "information"
int rank(severity s);              // error 3, warning 2, info 1

struct citation {
    std::string document;
    std::string section;
    std::string text; // the clause, word for word; for a statute cited by reference, empty
};

// Another criterion that the same lapse breaches (`same_fact_as`): one
// finding names both instead of two findings reporting one fact.
struct related_criterion {
    std::string rule;
    std::string title;
    citation cite;
};

// What a finding is about, and where it is.
struct subject {
    std::string kind; // policy, body, plan, goal, action, record, case
    std::string id;
    std::string file;       // as given on the command line (case path joined with the file)
    std::string pointer;    // JSON Pointer in that file ("" for the whole document)
    std::uint32_t line = 0; // 1-based; 0 when not applicable (case-wide findings)
    // The body the subject belongs to: a body's own id; for a plan and what
    // is in it, the plan's "body"; else "". Reports group findings by it from
    // the result alone, never by opening `file` again (merge runs elsewhere).
    std::string body;
    std::string sheet{}; // for a workbook: the sheet and cell ("F14") or row ("14:14")
    std::string cell{};
    // For a JSON file, where the value `pointer` names starts and ends (`line`
    // is its start line): 1-based columns in UTF-16 code units, the end one
    // past the value's last character. 0 for a workbook or when unknown.
    std::uint32_t column = 0;
    std::uint32_t end_line = 0;
    std::uint32_t end_column = 0;
};

// One observed or required fact behind a finding, e.g. {"mål", "3"} or
// {"krav", "1–2"}. Kept as ordered text pairs so every format can show them.
struct evidence_item {
    std::string name;
    std::string value;
};

// How a finding stands against baselines and waivers (CI use).
enum class finding_state {
    active, // new (or no baseline given): counts toward --fail-on
    known,  // present in the baseline: shown, not counted
    waived, // matched an active waiver: shown with its justification, not counted
};

struct waiver_ref {
    std::string justification;
    std::string decided_by; // "KS 2026-03-12 § 45"
    std::string expires;    // YYYY-MM-DD
};

struct finding {
    std::string rule;
    severity level = severity::error;
    std::string title;
    subject about;
    std::string message; // Swedish, never contains a personal identity number
    citation cite;
    std::string note;                         // the rule's interpretation, empty if none
    std::vector<related_criterion> same_fact; // other rules that found this same lapse
    std::vector<evidence_item> evidence;
    std::string fingerprint; // stable: rule + municipality code + subject kind + subject id
    finding_state state = finding_state::active;
    waiver_ref waiver; // set when state == waived
};

// The key under which a finding's fingerprint stands in SARIF's
// partialFingerprints: the SARIF reporter writes it, a baseline read from
// SARIF finds it there.
inline constexpr const char* sarif_fingerprint_key = "granska/v1";

// A loaded rule, as listed by `granska rules` and SARIF's tool.driver.rules.
struct rule_info {
    std::string id;
    std::string title;
    severity level = severity::error;
    citation cite;
    std::string note;
    bool statute = false;     // cite is a statute ("skollagen (2010:800)", "8 kap. 14 §")
    std::string same_fact_as; // id of the rule whose finding reports this rule's lapse too
    std::string pack;         // pack id
    std::string file;         // pack file
    std::uint32_t line = 0;
    // A common criterion whose clause each municipality's pack binds
    // (`cite per municipality`); `cite` is then empty.
    bool per_municipality = false;
};

// What `granska rules`, `explain`, `trace` and every report say of a common
// criterion that the municipality's own documents do not carry.
inline constexpr const char* not_applicable_reason =
    "ej tillämplig: kommunens styrdokument saknar kriteriet";

// A rule that did not run on a case because it does not apply there.
struct not_applicable_rule {
    std::string rule;
    std::string title;
    std::string reason; // not_applicable_reason
};

struct pack_info {
    std::string id;
    std::string title;
    std::string file;
    std::string sha256;
    bool applies_to_all = false;
    std::vector<std::string> codes;
};

// A body of the organisation, so reports can list bodies without findings.
struct body_info {
    std::string id;
    std::string name;
    std::string kind;
};

struct case_report {
    std::string path;
    std::string municipality_name;
    std::string municipality_code;
    std::string policy_title; // empty if the case did not load
    std::string policy_id;
    std::vector<std::string> packs;                  // ids of the packs applied to this case
    std::vector<body_info> bodies;                   // in organisation order
    std::vector<finding> findings;                   // deterministic order (see sort_findings)
    std::vector<not_applicable_rule> not_applicable; // by rule id
    bool loaded = true;                              // false: input errors, no rules ran
    bool common_only = false; // --common-only: no pack names the code, only `all` packs ran
};

// The sentence every report format prints for a case checked with only the
// common criteria (--common-only), so no format can read as a full check.
std::string common_only_notice(const case_report& c);

struct input_file {
    std::string path;
    std::string sha256;
};

// A problem with a waiver: expired (no longer applies) or stale (matches nothing).
struct waiver_problem {
    std::string kind; // "expired" or "stale"
    std::string file;
    std::uint32_t line = 0;
    std::string message; // Swedish
};

struct summary {
    std::size_t cases = 0;
    std::size_t error = 0;
    std::size_t warning = 0;
    std::size_t info = 0;
    std::size_t input_errors = 0;
    std::size_t known = 0;  // findings matched by the baseline
    std::size_t waived = 0; // findings matched by a waiver
};

struct run_report {
    std::string tool_version;
    std::string as_of; // YYYY-MM-DD
    std::vector<std::string> command_line;
    std::vector<pack_info> packs;
    std::vector<rule_info> rules;   // every loaded rule, sorted by id
    std::vector<case_report> cases; // in the order given
    std::vector<diagnostic> errors; // input errors (packs and data files)
    std::vector<input_file> inputs; // every input data file with its sha256
    std::vector<waiver_problem> waiver_problems;
    bool audit = false; // --audit: waived and known findings count like any other
};

// Sorts findings: by file, line, rule, subject id, message (deterministic).
void sort_findings(std::vector<finding>& findings);
// Counts findings per severity over all cases: active and known ones (known
// also counted apart); waived ones only under --audit (also counted apart).
summary summarize(const run_report& report);

} // namespace granska::checker
