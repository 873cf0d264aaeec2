// Internal to compile*.cpp: the compiler's state and its typed expressions.
#pragma once

#include "checker/compile/compile.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace granska::checker::detail {

namespace x3 = boost::spirit::x3;

// A compiled expression with its static type and its source text (for evidence).
struct typed {
    type t;
    expr_fn fn;
    std::string text;
    bool literal = false; // a constant from the pack: not shown as evidence
    std::optional<calendar::duration> constant_duration{}; // a duration written in the pack
};

// One comparison inside a require's condition, re-evaluated to explain a finding.
struct probe {
    std::string text;
    expr_fn fn;
    type t;
};

// The operators (compile_operators.cpp): how tightly each binds (0: not a
// binary operator) and how it is written in messages and evidence.
int precedence(ast::optoken op);
const char* symbol(ast::optoken op);
// Whether values of the two types can meet in one operation (`any` meets all).
bool compatible(type a, type b);
bool is_period(type t);
// Reads the pack's `record` declarations into pack.records (compile_records.cpp).
void compile_record_kinds(const parser::parsed_pack& parsed, compiled_pack& pack,
                          diagnostics& errors);

// The derived fields of the data model (compile_derived.cpp): reads `on`'s
// field of the given source from the object `of` yields; empty for JSON fields.
expr_fn derived_field(field_source source, const object_type& on, expr_fn of);
// A period's `from`, `to` or `days` (compile_derived.cpp).
expr_fn period_field(std::string_view name, expr_fn of);
// The string a `text` object (one string of the case, COM-05) stands for.
expr_fn text_value(expr_fn of);

// The elements a binder visits (`for x in C where F`, count(x in C where F)):
// each element of the collection is bound to the variable's slot in turn and
// passed on when the filter is known true (unknown and false leave it out).
struct bound_elements {
    expr_fn list;
    type_kind element;
    std::size_t slot;
    expr_fn where; // empty: no filter

    // Calls f(element) for each element that passes; false when the
    // collection itself is unknown.
    template <typename F>
    bool operator()(eval_context& x, const F& f) const {
        const value items = list(x);
        if (items.is_missing())
            return false;
        for_each_element(items, element, [&](const value& e) {
            x.slots[slot] = e;
            if (where) {
                const value keep = where(x);
                if (keep.tag != value_tag::boolean || !keep.boolean)
                    return;
            }
            f(e);
        });
        return true;
    }
};

class compiler {
public:
    compiler(const parser::parsed_pack& parsed, diagnostics& errors)
        : parsed_(parsed), errors_(errors) {}

    std::unique_ptr<compiled_rule> rule(const ast::rule& r, const std::string& pack_document,
                                        const std::string& pack_id);

    // Expressions (compile_expr.cpp)
    std::optional<typed> expression(const ast::expression& e);
    std::optional<typed> operand(const ast::operand& o);
    std::optional<typed> call(const ast::call& c);
    std::vector<probe> probes(const ast::expression& e);

    // The record kinds the pack declares: they type plan.records.NAME.
    void set_record_kinds(std::vector<const record_declaration*> kinds) {
        record_kinds_ = std::move(kinds);
    }
    const record_declaration* record_kind(std::string_view name) const;

    void error(const x3::position_tagged& at, std::string message);

    // Scopes
    struct variable {
        std::size_t slot;
        type t;
    };
    std::size_t declare(const std::string& name, type t);
    const variable* lookup(const std::string& name) const;
    void push_scope() { scopes_.emplace_back(); }
    void pop_scope() { scopes_.pop_back(); }

private:
    std::vector<stmt_fn> statements(const std::vector<ast::statement>& body);
    std::optional<stmt_fn> statement(const ast::statement& s);
    std::optional<typed> path(const ast::path& p);
    std::optional<typed> member(typed base, const ast::identifier& field);
    std::optional<typed> member_access(const ast::member_access& m);
    std::optional<typed> binary(const typed& lhs, ast::optoken op, const typed& rhs,
                                const x3::position_tagged& at);
    std::optional<typed> climb(const ast::expression& e, std::size_t& next,
                               std::optional<typed> lhs, int min_precedence);
    std::optional<typed> aggregate(const ast::call& c);
    // The condition after `where` (of a for or an aggregate): a boolean, or
    // nothing with the error reported (compile_aggregate.cpp).
    std::optional<typed> where_condition(const ast::expression& e);
    std::optional<typed> comprehension(const ast::comprehension& c);
    std::optional<typed> list(const ast::list_literal& l);
    std::optional<typed> between(const typed& lhs, const ast::range_literal& range);
    std::optional<typed> builtin(const ast::call& c, std::vector<typed>& args);
    // Durations, arithmetic on values typed by the data, hints (compile_duration.cpp).
    std::optional<typed> compare_durations(const typed& lhs, ast::optoken op, const typed& rhs,
                                           const x3::position_tagged& at, const std::string& text);
    std::optional<typed> dynamic_arithmetic(const typed& lhs, bool plus, const typed& rhs,
                                            const std::string& text);
    static std::string comparison_hint(const typed& lhs, const char* op, const typed& rhs);
    std::optional<stmt_fn> message(const ast::message_template& m, std::vector<expr_fn>& parts,
                                   std::vector<std::string>& texts);
    // The data an expression reads (compile_datum.cpp).
    std::optional<typed> expression_noting_data(const ast::expression& e,
                                                std::vector<datum_probe>& data);
    void note_datum(type owner, const std::string& field, const typed& result);
    void note_variable(std::size_t slot);
    message_piece message_piece_of(const typed& e) const;

    const parser::parsed_pack& parsed_;
    diagnostics& errors_;
    std::vector<std::map<std::string, variable>> scopes_;
    std::size_t slots_ = 0;
    std::vector<std::size_t> subject_slots_;
    compiled_rule* current_ = nullptr;
    std::vector<require_coverage*> coverage_;
    std::vector<std::pair<std::string, std::uint32_t>> require_sources_;
    std::vector<datum_probe>* datum_sink_ = nullptr; // set while a condition is compiled
    std::size_t datum_depth_ = 0;                    // scopes deeper than this are comprehensions
    std::map<std::size_t, std::vector<datum_probe>> let_data_; // a let variable's data, by slot
    std::vector<const record_declaration*> record_kinds_;

    friend struct visitor;
};

} // namespace granska::checker::detail
