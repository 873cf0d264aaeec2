// The rule language's grammar, laid out as X3's rexpr_def.hpp and calc9's
// expression_def.hpp. Included only by rule_pack.cpp.
//
// Expressions come out flat (first operand, then operator/operand pairs);
// the compiler applies precedence. Two places bind tighter in the grammar
// itself: `between A and B` takes additive A and B (so its `and` is not the
// logical one), and `not` takes one comparison (`not a in b` is
// `not (a in b)`, and `not a and b` is `(not a) and b`, as in Python).
#pragma once

#include "grammar/ast.hpp"
#include "grammar/ast_adapted.hpp"
#include "grammar/composite.hpp"
#include "grammar/error_handler.hpp"
#include "grammar/literals.hpp"
#include "grammar/rule_pack.hpp"
#include "grammar/tokens.hpp"

#include <boost/spirit/home/x3.hpp>
#include <boost/spirit/home/x3/support/utility/annotate_on_success.hpp>

namespace granska::parser {

using ast::optoken;
using x3::_attr;
using x3::_val;
using x3::attr;
using x3::lit;

////////////////////////////////////////////////////////////////////////////
// Rules
////////////////////////////////////////////////////////////////////////////

// A rule's name is what error_messages.cpp looks up when it was expected.
#define GRANSKA_RULE(name, attribute, text)                                                        \
    struct name##_class;                                                                           \
    using name##_type = x3::rule<name##_class, attribute>;                                         \
    name##_type const name = text;

// Names and literals
GRANSKA_RULE(identifier, ast::identifier, "name")
GRANSKA_RULE(field, ast::identifier, "field")
GRANSKA_RULE(path, ast::path, "path")
GRANSKA_RULE(number, ast::number_literal, "number")
GRANSKA_RULE(string, ast::string_literal, "string")
GRANSKA_RULE(date, ast::date_literal, "date")
GRANSKA_RULE(duration, ast::duration_literal, "duration")
GRANSKA_RULE(boolean, ast::bool_literal, "boolean")

// Expressions
GRANSKA_RULE(expression, ast::expression, "expression")
GRANSKA_RULE(operation, ast::operation, "operator")
GRANSKA_RULE(comparison, ast::expression, "expression")
GRANSKA_RULE(comparison_operation, ast::operation, "operator")
GRANSKA_RULE(additive, ast::expression, "expression")
GRANSKA_RULE(additive_operation, ast::operation, "operator")
GRANSKA_RULE(range, ast::range_literal, "range")
GRANSKA_RULE(binary_op, ast::optoken, "operator")
GRANSKA_RULE(comparison_op, ast::optoken, "operator")
GRANSKA_RULE(operand, ast::operand, "operand")
GRANSKA_RULE(unary, ast::unary, "operand")
GRANSKA_RULE(not_operand, ast::operand, "operand")
GRANSKA_RULE(paren, ast::expression, "operand")
GRANSKA_RULE(bracket, ast::operand, "operand")
GRANSKA_RULE(call, ast::call, "call")
GRANSKA_RULE(postfix, ast::operand, "operand")
GRANSKA_RULE(primary, ast::operand, "operand")
GRANSKA_RULE(binder, ast::binder, "name")
GRANSKA_RULE(generator, ast::binder, "generator")
GRANSKA_RULE(message, ast::message_template, "message")

// Statements
GRANSKA_RULE(let_statement, ast::let_statement, "let")
GRANSKA_RULE(require_statement, ast::require_statement, "require")
GRANSKA_RULE(for_statement, ast::for_statement, "for")
GRANSKA_RULE(statement, ast::statement, "statement")
GRANSKA_RULE(block, std::vector<ast::statement>, "block")
GRANSKA_RULE(statement_or_close, x3::unused_type, "statement_or_close")
GRANSKA_RULE(severity_level, ast::severity, "severity_level")

// Rules, packs
GRANSKA_RULE(rule_id, std::string, "rule_id")
GRANSKA_RULE(pack_id, std::string, "pack_id")
GRANSKA_RULE(pack_title, std::string, "pack_title")
GRANSKA_RULE(rule_title, std::string, "rule_title")
GRANSKA_RULE(document_title, std::string, "document_title")
GRANSKA_RULE(section, std::string, "section")
GRANSKA_RULE(clause, std::string, "clause")
GRANSKA_RULE(note_text, std::string, "note_text")
GRANSKA_RULE(sentence, std::string, "sentence")
GRANSKA_RULE(reason, std::string, "reason")
GRANSKA_RULE(municipality_code, std::string, "municipality_code")
GRANSKA_RULE(citation, ast::citation, "'cite'")
GRANSKA_RULE(cite_reference, ast::citation, "cite_reference")
GRANSKA_RULE(per_municipality, ast::citation, "cite_reference")
GRANSKA_RULE(criterion_item, ast::criterion, "criterion")
GRANSKA_RULE(statute_citation, ast::citation, "statute_citation")
GRANSKA_RULE(statute_name, std::string, "statute_name")
GRANSKA_RULE(statute_number, unsigned, "statute_number")
GRANSKA_RULE(rule_item, ast::rule, "rule")
GRANSKA_RULE(not_checkable_item, ast::not_checkable, "not_checkable")
GRANSKA_RULE(record_item, ast::record_kind, "record")
GRANSKA_RULE(record_field, ast::record_field, "record_field")
GRANSKA_RULE(record_fields, std::vector<ast::record_field>, "record_field")
GRANSKA_RULE(optional_mark, bool, "record_field")
GRANSKA_RULE(open_brace, x3::unused_type, "'{'")
GRANSKA_RULE(record_close, x3::unused_type, "record_close")
GRANSKA_RULE(item, ast::pack_item, "pack_item")
GRANSKA_RULE(pack_item, ast::pack_item, "pack_item")
GRANSKA_RULE(scope, ast::applies_to, "scope")
GRANSKA_RULE(applies, ast::applies_to, "'applies'")
GRANSKA_RULE(include_item, ast::include, "include")
GRANSKA_RULE(pack_header, ast::pack, "pack_header")

#undef GRANSKA_RULE

rule_pack_type const rule_pack = "rule_pack";

////////////////////////////////////////////////////////////////////////////
// Tokens
////////////////////////////////////////////////////////////////////////////

x3::symbols<optoken> const symbol_ops({{"==", optoken::op_equal},
                                       {"!=", optoken::op_not_equal},
                                       {"<", optoken::op_less},
                                       {"<=", optoken::op_less_equal},
                                       {">", optoken::op_greater},
                                       {">=", optoken::op_greater_equal},
                                       {"+", optoken::op_plus},
                                       {"-", optoken::op_minus}},
                                      "operator");

template <typename T>
auto set_to(T value) {
    return [value](auto& ctx) { _val(ctx) = value; };
}

////////////////////////////////////////////////////////////////////////////
// Grammar: names and literals
////////////////////////////////////////////////////////////////////////////

auto const identifier_def = name_parser{false};
auto const field_def = name_parser{true};
// No blank after the dot: `x. else` must not read `else` as a field.
auto const path_def = identifier >> *x3::lexeme['.' > field];
auto const number_def = number_parser{};
auto const string_def = string_parser{};
auto const date_def = date_parser{};
auto const duration_def = duration_parser{};
auto const boolean_def = (kw("true") >> attr(true)) | (kw("false") >> attr(false));

////////////////////////////////////////////////////////////////////////////
// Grammar: expressions
////////////////////////////////////////////////////////////////////////////

auto const expression_def = nested[operand >> *operation];

auto const binary_op_def =
    (kw("or") >> attr(optoken::op_or)) | (kw("and") >> attr(optoken::op_and)) | comparison_op;
auto const comparison_op_def = (kw("not") >> kw("in") >> attr(optoken::op_not_in)) |
                               (kw("in") >> attr(optoken::op_in)) | symbol_ops;

auto const operation_def =
    (binary_op > operand) | (kw("between") >> attr(optoken::op_between) > range);
auto const comparison_def = operand >> *comparison_operation;
auto const comparison_operation_def =
    (comparison_op > operand) | (kw("between") >> attr(optoken::op_between) > range);

auto const range_def = additive > kw("and") > additive;
auto const additive_def = operand >> *additive_operation;
auto const additive_operation_def =
    ((lit('+') >> attr(optoken::op_plus)) | (lit('-') >> attr(optoken::op_minus))) > operand;

// Dates before durations before numbers: each is a prefix of the next one's
// failure. Calls before paths: both start with a name.
auto const operand_def = unary | date | duration | number | string | boolean | postfix;
auto const primary_def = bracket | paren | call | path;
auto const postfix_def = postfix_parser<primary_type>{primary};

// Nesting counts only once the operator is there: every operand tries
// `unary` first, and that alone must not use up a level.
auto const unary_def = (kw("not") >> attr(optoken::op_not) > nested[not_operand]) |
                       (lit('-') >> attr(optoken::op_negative) > nested[operand]);

// `not` takes one comparison; a lone operand stays an operand.
auto const not_operand_def = comparison[([](auto& c) {
    auto& e = _attr(c);
    if (e.rest.empty())
        _val(c) = std::move(e.first);
    else
        _val(c) = x3::forward_ast<ast::expression>(std::move(e));
})];

auto const paren_def = '(' > expression > ')';
auto const bracket_def = bracket_parser<expression_type, generator_type>{expression, generator};
auto const call_def = call_parser<expression_type, binder_type>{expression, binder};
auto const binder_def = identifier > kw("in") > expression > -(kw("where") > expression);
auto const generator_def = kw("for") > binder;
auto const message_def = template_parser<expression_type>{expression};

////////////////////////////////////////////////////////////////////////////
// Grammar: statements
////////////////////////////////////////////////////////////////////////////

auto const let_statement_def = kw("let") > identifier > '=' > expression;
auto const require_statement_def = kw("require") > expression > kw("else") > -severity_level
                                   > message;
auto const for_statement_def = kw("for") > identifier > kw("in") > expression >
                               -(kw("where") > expression) > block;
auto const statement_def = let_statement | require_statement | for_statement;
auto const block_def = nested[open_brace > *statement > statement_or_close];
// Braces are remembered while open, so an unclosed one can be named where it
// was opened rather than only where the parser noticed (the next rule). In
// this action X3's _where begins just past the matched '{'.
auto const open_brace_def = lit('{')[([](auto& c) {
    x3::get<x3::error_handler_tag>(c).get().open_brace(std::prev(x3::_where(c).begin()));
})];
auto const statement_or_close_def =
    lit('}')[([](auto& c) { x3::get<x3::error_handler_tag>(c).get().close_brace(); })];
auto const severity_level_def = (kw("error") >> attr(ast::severity::error)) |
                                (kw("warning") >> attr(ast::severity::warning)) |
                                (kw("info") >> attr(ast::severity::info));

////////////////////////////////////////////////////////////////////////////
// Grammar: rules and packs
////////////////////////////////////////////////////////////////////////////

auto const rule_id_def = id_parser{true};
auto const pack_id_def = id_parser{false};
auto const pack_title_def = string_parser{};
auto const rule_title_def = string_parser{};
auto const document_title_def = string_parser{};
auto const section_def = string_parser{};
auto const clause_def = string_parser{};
auto const note_text_def = string_parser{};
auto const sentence_def = string_parser{};
auto const reason_def = string_parser{};
auto const municipality_code_def = string_parser{};

auto const per_municipality_def = kw("per") >> kw("municipality") >> attr(true) >>
                                  attr(std::optional<std::string>()) >> attr(std::string()) >>
                                  attr(std::string());
auto const cite_reference_def = attr(false) >> -(kw("document") > document_title) > kw("section") >
                                section > kw("clause") > clause;
auto const criterion_item_def = kw("criterion") > rule_id > kw("cite") > cite_reference;
auto const statute_name_def = string_parser{};
auto const statute_number_def = x3::uint_;
// A statute is cited by name, chapter and paragraph; the compiler writes the
// section from them: "8 kap. 14 §".
auto const statute_citation_def =
    kw("statute") > statute_name[([](auto& c) {
        _val(c).statute = true;
        _val(c).document = std::move(_attr(c));
    })] > -(kw("chapter") > statute_number[([](auto& c) { _val(c).chapter = _attr(c); })]) >
    kw("paragraph") > statute_number[([](auto& c) { _val(c).paragraph = _attr(c); })] >
    -(kw("clause") > clause[([](auto& c) { _val(c).clause = std::move(_attr(c)); })]);
auto const citation_def = kw("cite") > (per_municipality | statute_citation | cite_reference);
auto const rule_item_def = kw("rule") > rule_id > rule_title > open_brace >
                           kw("severity") > severity_level > citation > -(kw("note") > note_text) >
                           -(kw("same_fact_as") > rule_id) > *statement > statement_or_close;
auto const not_checkable_item_def = kw("not_checkable") > sentence > kw("because") > reason;
auto const optional_mark_def = (lit('?') >> attr(true)) | attr(false);
auto const record_field_def = field > ':' > identifier > optional_mark;
auto const record_fields_def = -(record_field % ',') >> -lit(',');
auto const record_item_def = kw("record") > identifier > open_brace > record_fields > record_close;
auto const record_close_def =
    lit('}')[([](auto& c) { x3::get<x3::error_handler_tag>(c).get().close_brace(); })];
auto const item_def = rule_item | not_checkable_item | criterion_item | record_item;
// Anything but the end must be an item: trailing garbage is an error.
auto const pack_item_def = !x3::eoi >> x3::expect[item];

auto const push_code = [](auto& c) { _val(c).codes.push_back(std::move(_attr(c))); };
auto const scope_def = kw("all")[([](auto& c) { _val(c).all = true; })] |
                       (municipality_code[push_code] >> *(',' > municipality_code[push_code]));
auto const applies_def = kw("applies") > kw("to") > scope;
auto const include_item_def = kw("include") > pack_id;

auto const pack_header_def =
    x3::eps > kw("pack") > pack_id[([](auto& c) { _val(c).id = std::move(_attr(c)); })] >
    pack_title[([](auto& c) { _val(c).title = std::move(_attr(c)); })] >
    -(kw("document") > document_title[([](auto& c) { _val(c).document = std::move(_attr(c)); })]) >
    applies[([](auto& c) { _val(c).scope = std::move(_attr(c)); })] >
    *include_item[([](auto& c) { _val(c).includes.push_back(std::move(_attr(c))); })];

auto const rule_pack_def =
    pack_header[([](auto& c) { _val(c) = std::move(_attr(c)); })] >>
    *pack_item[([](auto& c) { _val(c).items.push_back(std::move(_attr(c))); })];

BOOST_SPIRIT_DEFINE(identifier, field, path, number, string, date, duration, boolean)
BOOST_SPIRIT_DEFINE(expression, operation, comparison, comparison_operation, additive,
                    additive_operation, range, binary_op, comparison_op, operand, unary,
                    not_operand, paren, bracket, call, postfix, primary, binder, generator, message)
BOOST_SPIRIT_DEFINE(let_statement, require_statement, for_statement, statement, block,
                    statement_or_close, open_brace, severity_level)
BOOST_SPIRIT_DEFINE(record_item, record_field, record_fields, optional_mark, record_close)
BOOST_SPIRIT_DEFINE(rule_id, pack_id, pack_title, rule_title, document_title, section, clause,
                    note_text, sentence, reason, municipality_code, citation, cite_reference,
                    per_municipality, criterion_item, statute_citation, statute_name,
                    statute_number, rule_item, not_checkable_item, item, pack_item, scope, applies,
                    include_item, pack_header, rule_pack)

////////////////////////////////////////////////////////////////////////////
// Annotation and error handling
////////////////////////////////////////////////////////////////////////////

// Nodes a diagnostic can point at get their position (annotate_on_success).
// X3 does not pass the attribute to on_success when the rule's definition
// has semantic actions, so pack_header and rule_pack are not annotated here
// (parse.cpp tags the pack).
// Rules whose attribute is a variant, or that pass an inner node through
// (paren, not_operand), are left alone so the inner node keeps its own.
struct identifier_class : x3::annotate_on_success {};
struct field_class : x3::annotate_on_success {};
struct path_class : x3::annotate_on_success {};
struct number_class : x3::annotate_on_success {};
struct string_class : x3::annotate_on_success {};
struct date_class : x3::annotate_on_success {};
struct duration_class : x3::annotate_on_success {};
struct boolean_class : x3::annotate_on_success {};
struct expression_class : x3::annotate_on_success {};
struct operation_class : x3::annotate_on_success {};
struct comparison_class : x3::annotate_on_success {};
struct comparison_operation_class : x3::annotate_on_success {};
struct additive_class : x3::annotate_on_success {};
struct additive_operation_class : x3::annotate_on_success {};
struct range_class : x3::annotate_on_success {};
struct binary_op_class {};
struct comparison_op_class {};
struct operand_class {};
struct unary_class : x3::annotate_on_success {};
struct not_operand_class {};
struct paren_class {};
struct bracket_class {}; // tags its node itself
struct call_class {};    // tags its node itself
struct postfix_class {}; // tags its node itself
struct primary_class {};
struct record_close_class {};
struct open_brace_class {};
struct record_item_class : x3::annotate_on_success {};
struct record_field_class : x3::annotate_on_success {};
struct record_fields_class {};
struct optional_mark_class {};
struct binder_class : x3::annotate_on_success {};
struct generator_class {};
struct message_class : x3::annotate_on_success {};
struct let_statement_class : x3::annotate_on_success {};
struct require_statement_class : x3::annotate_on_success {};
struct for_statement_class : x3::annotate_on_success {};
struct statement_class {};
struct block_class {};
struct statement_or_close_class {};
struct severity_level_class {};
struct rule_id_class {};
struct pack_id_class {};
struct pack_title_class {};
struct rule_title_class {};
struct document_title_class {};
struct section_class {};
struct clause_class {};
struct note_text_class {};
struct sentence_class {};
struct reason_class {};
struct municipality_code_class {};
struct citation_class : x3::annotate_on_success {};
struct cite_reference_class : x3::annotate_on_success {};
struct per_municipality_class : x3::annotate_on_success {};
struct criterion_item_class : x3::annotate_on_success {};
struct statute_citation_class {};
struct statute_name_class {};
struct statute_number_class {};
struct rule_item_class : x3::annotate_on_success {};
struct not_checkable_item_class : x3::annotate_on_success {};
struct item_class {};
struct scope_class {};
struct applies_class : x3::annotate_on_success {};
struct include_item_class : x3::annotate_on_success {};

// The outermost rules: an error in the header or in an item is reported,
// then parsing goes on at the next `rule` or `not_checkable` line.
struct pack_header_class : recover_and_accept {};
struct pack_item_class : recover_and_retry {};
struct rule_pack_class : x3::annotate_on_success {};

} // namespace granska::parser

namespace granska {

parser::rule_pack_type const& rule_pack() {
    return parser::rule_pack;
}

} // namespace granska
