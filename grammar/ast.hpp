// The rule language's abstract syntax tree: plain structs, as in Spirit X3's
// calc9 and rexpr examples. Nodes that a diagnostic can point at inherit
// x3::position_tagged; parsed_pack::where() turns them into line:column.
//
// Binary expressions are kept flat (first operand, then operator/operand
// pairs), as calc9 does; the compiler applies precedence.
#pragma once

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace granska::ast {

namespace x3 = boost::spirit::x3;

struct nil {};

// ---------------------------------------------------------------- Literals

struct identifier : x3::position_tagged {
    std::string name;
};

struct number_literal : x3::position_tagged {
    std::int64_t value = 0;
};

struct string_literal : x3::position_tagged {
    std::string value; // escapes already resolved, UTF-8
};

// 2021-12-31. The parser checks the shape; the compiler checks that the date exists.
struct date_literal : x3::position_tagged {
    int year = 0;
    int month = 0;
    int day = 0;
};

// "4 years", "4 år", "6 months", "6 månader", "120 days", "120 dagar",
// "1 year", "1 månad", "1 dag", or ISO 8601 "P4Y", "P6M", "P1Y2M10D".
struct duration_literal : x3::position_tagged {
    int years = 0;
    int months = 0;
    int days = 0;
};

struct bool_literal : x3::position_tagged {
    bool value = false;
};

// a, b.name, policy.follow_ups: a variable or global, then member accesses.
struct path : x3::position_tagged {
    identifier head;
    std::vector<identifier> fields;
};

// ------------------------------------------------------------ Expressions

enum class optoken {
    // binary, in increasing precedence groups (the compiler's table decides)
    op_or,
    op_and,
    op_equal,
    op_not_equal,
    op_less,
    op_less_equal,
    op_greater,
    op_greater_equal,
    op_in,      // x in list, date in period
    op_not_in,  // x not in list
    op_between, // x between a and b: the rhs operand is a range_literal
    op_plus,
    op_minus,
    // unary
    op_not,
    op_negative,
};

struct expression;
struct unary;
struct list_literal;
struct comprehension;
struct call;
struct range_literal;
struct member_access;

struct operand
    : x3::variant<nil, number_literal, string_literal, date_literal, duration_literal, bool_literal,
                  path, x3::forward_ast<list_literal>, x3::forward_ast<comprehension>,
                  x3::forward_ast<call>, x3::forward_ast<unary>, x3::forward_ast<range_literal>,
                  x3::forward_ast<expression>, x3::forward_ast<member_access>> {
    using base_type::base_type;
    using base_type::operator=;
};

struct operation : x3::position_tagged {
    optoken op = optoken::op_or;
    operand rhs;
};

struct expression : x3::position_tagged {
    operand first;
    std::vector<operation> rest;
};

struct unary : x3::position_tagged {
    optoken op = optoken::op_not; // op_not or op_negative
    operand rhs;
};

// `a and b` after `between`; only appears as the rhs of op_between.
struct range_literal : x3::position_tagged {
    expression low;
    expression high;
};

// [e1, e2, ...]
struct list_literal : x3::position_tagged {
    std::vector<expression> items;
};

// `x in C where F`: binds x to each element of C that satisfies F.
struct binder : x3::position_tagged {
    identifier variable;
    expression collection;
    std::optional<expression> filter;
};

// [E for x in C where F for y in D where G]: E for every binding, flattened.
struct comprehension : x3::position_tagged {
    expression element;
    std::vector<binder> generators;
};

// f(a, b)               -> function, args
// f(x in C where F)     -> function, bound
// f(x in C where F : E) -> function, bound, args = {E}
struct call : x3::position_tagged {
    identifier function;
    std::optional<binder> bound;
    std::vector<expression> args;
};

// calendar_year(y).from, (a + b).x, [...].x: fields of a call's result, of a
// parenthesised expression or of a list. A plain path keeps its own fields.
struct member_access : x3::position_tagged {
    operand base;
    std::vector<identifier> fields;
};

// ------------------------------------------------------------- Messages

// "{b.name} har {count(goals)} mål": literal text and interpolated expressions.
// "{{" and "}}" stand for literal braces.
struct template_part : x3::variant<std::string, expression> {
    using base_type::base_type;
    using base_type::operator=;
};

struct message_template : x3::position_tagged {
    std::vector<template_part> parts;
};

// ----------------------------------------------------------- Statements

enum class severity { error, warning, info };

struct let_statement : x3::position_tagged {
    identifier name;
    expression value;
};

// require COND else [error|warning|info] "message"
struct require_statement : x3::position_tagged {
    expression condition;
    std::optional<severity> level; // overrides the rule's severity for this finding
    message_template message;
};

struct for_statement;

struct statement : x3::variant<let_statement, require_statement, x3::forward_ast<for_statement>> {
    using base_type::base_type;
    using base_type::operator=;
};

// for x in C where F { statements }
struct for_statement : x3::position_tagged {
    identifier variable;
    expression collection;
    std::optional<expression> filter;
    std::vector<statement> body;
};

// ----------------------------------------------------------- Rules, packs

// cite [document "..."] section "..." clause "...", `cite per municipality`
// (the criterion is bound by each municipality's pack, a `criterion` item), or
// cite statute "skollagen (2010:800)" [chapter 8] paragraph 14 [clause "..."]
struct citation : x3::position_tagged {
    bool per_municipality = false;       // bound per municipality: no text of its own
    std::optional<std::string> document; // defaults to the pack's document; a statute: its name
    std::string section;
    std::string
        clause; // quoted word for word from the policy (or statute; empty: cited by reference)
    bool statute = false;
    unsigned chapter = 0; // 0: a statute without chapters
    unsigned paragraph = 0;
};

struct rule : x3::position_tagged {
    std::string id;    // HER-01
    std::string title; // Swedish
    severity level = severity::error;
    citation cite;
    std::optional<std::string> note;         // the interpretation, shown with findings
    std::optional<std::string> same_fact_as; // the rule whose finding also reports this one's lapse
    std::vector<statement> body;
};

// not_checkable "sentence" because "reason"
struct not_checkable : x3::position_tagged {
    std::string sentence;
    std::string reason;
};

// criterion COM-03 cite [document "..."] section "..." clause "...": this pack's
// own clause that carries a common rule declared `cite per municipality`.
struct criterion : x3::position_tagged {
    std::string rule_id;
    citation cite;
};

// A field of a declared record kind: `started_on: date?` (the ? makes it optional).
struct record_field : x3::position_tagged {
    identifier name;
    identifier type_name; // date, integer, text, boolean, duration
    bool optional = false;
};

// record civic_orientation { received_on: date, started_on: date? }: the
// records of `plan.records.civic_orientation` and the types of their fields.
struct record_kind : x3::position_tagged {
    identifier name;
    std::vector<record_field> fields;
};

struct pack_item : x3::variant<rule, not_checkable, criterion, record_kind> {
    using base_type::base_type;
    using base_type::operator=;
};

struct applies_to : x3::position_tagged {
    bool all = false;
    std::vector<std::string> codes; // four-digit municipality codes
};

struct include : x3::position_tagged {
    std::string pack_id;
};

struct pack : x3::position_tagged {
    std::string id;
    std::string title;
    std::optional<std::string> document; // the policy's title, default for citations
    applies_to scope;
    std::vector<include> includes;
    std::vector<pack_item> items;
};

} // namespace granska::ast
