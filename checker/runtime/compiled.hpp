// A rule pack compiled once into closures, shared read-only by every case
// (and every worker thread) of a run.
#pragma once

#include "checker/model/model.hpp"
#include "checker/model/record_kinds.hpp"
#include "checker/model/value.hpp"
#include "checker/runtime/finding.hpp"

#include <atomic>
#include <functional>
#include <memory>
#include <memory_resource>
#include <string>
#include <unordered_set>
#include <vector>

namespace granska::checker {

struct compiled_rule;

// One evaluation of a require, for `granska explain RULE --case DIR`.
struct explained_check {
    subject about;
    std::string condition;
    std::string outcome; // "håller", "brister", "kan inte avgöras"
    std::vector<evidence_item> evidence;
    std::string message; // the finding's message when it failed
};

// Per-case evaluation state. One per case and thread; never shared.
struct eval_context {
    eval_context(const model::case_data& d, calendar::date as_of_date, std::pmr::memory_resource* a,
                 std::vector<finding>* findings)
        : data(d), as_of(as_of_date), arena(a), out(findings) {}

    const model::case_data& data;
    calendar::date as_of;
    std::pmr::memory_resource* arena;
    std::vector<value> slots;               // variables of the rule being evaluated
    std::vector<std::size_t> subject_slots; // slots of the enclosing for-variables, outermost first
    const compiled_rule* rule = nullptr;
    const citation* cite = nullptr; // the municipality's clause for a rule bound per municipality
    std::vector<finding>* out = nullptr;
    std::vector<explained_check>* explain = nullptr; // set by `granska explain --case`
    // Fingerprints the rule being evaluated has reported: a second finding
    // with the same one (COM-05 seeing two texts of one action) is the same
    // lapse about the same subject and is not repeated.
    std::unordered_set<std::string> reported;

    // Case-wide collections, built on first use.
    const std::vector<const model::node*>& all_actions();
    const std::vector<const model::node*>& all_goals();
    const std::vector<const model::node*>& all_texts();

private:
    std::unique_ptr<std::vector<const model::node*>> actions_, goals_, texts_;
};

using expr_fn = std::function<value(eval_context&)>;
using stmt_fn = std::function<void(eval_context&)>;

// How often each require was evaluated, and with what outcome (rule tests' coverage).
struct require_coverage {
    std::string condition; // source text
    std::uint32_t line = 0;
    std::atomic<std::uint64_t> held{0};
    std::atomic<std::uint64_t> failed{0};
    std::atomic<std::uint64_t> unknown{0};
};

// A piece of a message template: literal text, or an expression to format.
struct message_piece {
    std::string literal;
    expr_fn expression; // empty for literal text
    type value_type;
    std::string enum_field; // "status": the value is shown in Swedish (swedish_data_value)
    bool day_count = false; // a period's days: digits grouped ("3 002")
};

// A datum a condition reads, named in Swedish: when the condition cannot be
// decided, the message names the data that are missing instead of showing
// the rule's expression.
struct datum_probe {
    std::string_view name; // "policyns antagandedatum"
    expr_fn fn;
    bool derived = false; // a computed period's from/to/days: named only if nothing else is missing
};

// One value shown as evidence when a require fails: "count(goals)" = "3".
struct evidence_probe {
    std::string text;
    expr_fn expression;
    type value_type;
};

// Everything a failed require needs to become a finding.
struct require_info {
    severity level = severity::error;
    std::size_t index = 0; // within the rule, in source order: part of the fingerprint
    std::vector<message_piece> message;
    std::vector<evidence_probe> probes;
    std::vector<datum_probe> data; // what the condition (or collection) reads
    std::string undecided; // "om kravet ”…” är uppfyllt", "vilka år regeln ska pröva"
};

// Turns a failed (or undecidable) require into a finding about the innermost subject.
void emit_finding(eval_context& ctx, const require_info& req, bool unknown);
// Records a require's outcome for `explain` (only when ctx.explain is set).
void record_check(eval_context& ctx, const require_info& req, const value& outcome);

struct compiled_rule {
    rule_info info;
    std::vector<stmt_fn> body;
    std::size_t slot_count = 0;
    std::unique_ptr<require_coverage[]> coverage;
    std::size_t require_count = 0;
};

struct compiled_pack {
    pack_info info;
    std::vector<std::string> includes; // pack ids
    std::vector<std::unique_ptr<compiled_rule>> rules;
    struct not_checkable {
        std::string sentence;
        std::string reason;
    };
    std::vector<not_checkable> not_checkables;
    // This pack's own clauses for common rules declared `cite per municipality`.
    struct criterion {
        std::string rule;
        citation cite;
        std::uint32_t line = 0;
    };
    std::vector<criterion> criteria;
    // Record kinds the pack declares; they type its rules and are enforced on input.
    std::vector<std::unique_ptr<record_declaration>> records;
};

// Evaluates one rule on one case, appending findings to ctx.out.
void evaluate_rule(const compiled_rule& rule, eval_context& ctx);

} // namespace granska::checker
