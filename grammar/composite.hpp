// Hand-written X3 parsers that call back into grammar rules: the nesting
// guard, list literals and comprehensions, calls, and message templates.
// They build their AST nodes themselves: each decides between forms after a
// shared prefix, which X3 alternatives could only do by parsing the prefix
// twice (exponential in the nesting depth).
#pragma once

#include "grammar/ast.hpp"
#include "grammar/error_handler.hpp"
#include "grammar/literals.hpp"
#include "grammar/tokens.hpp"

#include <boost/spirit/home/x3.hpp>

namespace granska::parser {

template <typename Context>
parse_state& state_of(Context const& context) {
    return x3::get<x3::error_handler_tag>(context).get();
}

// Skips blanks; then consumes `c` if it is next.
template <typename Iterator, typename Context>
bool next_is(Iterator& it, Iterator const& last, Context const& context, char c) {
    x3::skip_over(it, last, context);
    if (it == last || *it != c)
        return false;
    ++it;
    return true;
}

// ------------------------------------------------------------ nested[p]

// Counts nesting in parse_state and fails with "nesting_too_deep" beyond
// max_nesting, before the subject (and the stack) goes any deeper.
template <typename Subject>
struct nested_directive : x3::unary_parser<Subject, nested_directive<Subject>> {
    using base_type = x3::unary_parser<Subject, nested_directive<Subject>>;
    static bool const is_pass_through_unary = true;
    constexpr nested_directive(Subject const& subject) : base_type(subject) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
               Attribute& attr) const {
        auto& state = state_of(context);
        x3::skip_over(first, last, context);
        if (state.depth() >= max_nesting)
            fail_at(first, "nesting_too_deep");
        struct leave_on_exit {
            parse_state& s;
            ~leave_on_exit() { s.leave(); }
        } guard{state};
        state.enter();
        return this->subject.parse(first, last, context, rcontext, attr);
    }
};

struct nested_gen {
    template <typename Subject>
    constexpr nested_directive<typename x3::extension::as_parser<Subject>::value_type>
    operator[](Subject const& subject) const {
        return {x3::as_parser(subject)};
    }
};

inline constexpr nested_gen nested{};

} // namespace granska::parser

// An expectation on nested[p] or p[action] reports what p is.
namespace boost::spirit::x3 {
template <typename Subject, typename Action>
struct get_info<action<Subject, Action>> {
    using result_type = std::string;
    std::string operator()(action<Subject, Action> const& p) const { return what(p.subject); }
};

template <typename Subject>
struct get_info<granska::parser::nested_directive<Subject>> {
    using result_type = std::string;
    std::string operator()(granska::parser::nested_directive<Subject> const& p) const {
        return what(p.subject);
    }
};
} // namespace boost::spirit::x3

namespace granska::parser {

// ------------------------------------------------------------ [ ... ]

// `[]`, `[a, b]` or `[E for x in C where F ...]` as an ast::operand.
template <typename Expression, typename Generator>
struct bracket_parser : x3::parser<bracket_parser<Expression, Generator>> {
    using attribute_type = ast::operand;
    static bool const has_attribute = true;

    Expression expression;
    Generator generator;
    constexpr bracket_parser(Expression e, Generator g) : expression(e), generator(g) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        auto it = first;
        if (!next_is(it, last, context, '['))
            return false;
        ast::list_literal list;
        if (!next_is(it, last, context, ']')) {
            ast::expression item;
            if (!expression.parse(it, last, context, rcontext, item))
                fail_at(it, "list_item");
            ast::binder binder;
            if (generator.parse(it, last, context, rcontext, binder)) {
                ast::comprehension c;
                c.element = std::move(item);
                do {
                    c.generators.push_back(std::move(binder));
                    binder = {};
                } while (generator.parse(it, last, context, rcontext, binder));
                if (!next_is(it, last, context, ']'))
                    fail_at(it, "']'");
                state_of(context).tag(c, first, it);
                attr = x3::forward_ast<ast::comprehension>(std::move(c));
                first = it;
                return true;
            }
            list.items.push_back(std::move(item));
            while (next_is(it, last, context, ',')) {
                item = {};
                if (!expression.parse(it, last, context, rcontext, item))
                    fail_at(it, "expression");
                list.items.push_back(std::move(item));
            }
            if (!next_is(it, last, context, ']'))
                fail_at(it, "list_rest");
        }
        state_of(context).tag(list, first, it);
        attr = x3::forward_ast<ast::list_literal>(std::move(list));
        first = it;
        return true;
    }
};

// ------------------------------------------------------------ f(...)

// f(), f(a, b), f(x in C), f(x in C where F), f(x in C where F : E).
// The binder form is chosen when the first argument starts `NAME in`.
template <typename Expression, typename Binder>
struct call_parser : x3::parser<call_parser<Expression, Binder>> {
    using attribute_type = ast::call;
    static bool const has_attribute = true;

    Expression expression;
    Binder binder;
    constexpr call_parser(Expression e, Binder b) : expression(e), binder(b) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
               Attribute& attr) const {
        static constexpr name_parser name{false};
        x3::skip_over(first, last, context);
        auto it = first;
        ast::call call;
        if (!name.parse(it, last, context, rcontext, call.function.name)) {
            // `all` is reserved for `applies to all`, yet also the aggregate all(...).
            if (!starts_with_word(it, last, "all"))
                return false;
            call.function.name = "all";
            it += 3;
        }
        const auto name_end = it;
        if (!next_is(it, last, context, '('))
            return false;
        state_of(context).tag(call.function, first, name_end);
        auto look = it;
        std::string ignored;
        if (name.parse(look, last, context, rcontext, ignored) &&
            kw("in").parse(look, last, context, rcontext, x3::unused)) {
            ast::binder b;
            binder.parse(it, last, context, rcontext, b); // throws on error
            call.bound = std::move(b);
            if (next_is(it, last, context, ':')) {
                ast::expression e;
                if (!expression.parse(it, last, context, rcontext, e))
                    fail_at(it, "expression");
                call.args.push_back(std::move(e));
            }
            if (!next_is(it, last, context, ')'))
                fail_at(it, "')'");
        } else if (!next_is(it, last, context, ')')) {
            do {
                ast::expression e;
                if (!expression.parse(it, last, context, rcontext, e))
                    fail_at(it, call.args.empty() ? "call_argument" : "expression");
                call.args.push_back(std::move(e));
            } while (next_is(it, last, context, ','));
            if (!next_is(it, last, context, ')'))
                fail_at(it, "call_rest");
        }
        state_of(context).tag(call, first, it);
        x3::traits::move_to(call, attr);
        first = it;
        return true;
    }
};

// ------------------------------------------------------------ postfix

// An operand, then `.field` any number of times (calendar_year(y).from,
// (a + b).x) as an ast::member_access. No blank after the dot, as in paths.
// An operand followed by `[` is indexing, which the language does not have:
// the error says what to write instead.
template <typename Subject>
struct postfix_parser : x3::parser<postfix_parser<Subject>> {
    using attribute_type = ast::operand;
    static bool const has_attribute = true;

    Subject subject;
    constexpr explicit postfix_parser(Subject s) : subject(s) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
               Attribute& attr) const {
        static constexpr name_parser field{true};
        x3::skip_over(first, last, context);
        auto it = first;
        ast::operand base;
        if (!subject.parse(it, last, context, rcontext, base))
            return false;
        ast::member_access access;
        while (it != last && *it == '.' && std::next(it) != last && is_letter(*std::next(it))) {
            const auto start = std::next(it);
            auto end = start;
            ast::identifier name;
            field.parse(end, last, context, rcontext, name.name);
            state_of(context).tag(name, start, end);
            access.fields.push_back(std::move(name));
            it = end;
        }
        auto look = it;
        if (next_is(look, last, context, '['))
            fail_at(std::prev(look), "indexing");
        if (access.fields.empty()) {
            attr = std::move(base);
        } else {
            access.base = std::move(base);
            state_of(context).tag(access, first, it);
            attr = x3::forward_ast<ast::member_access>(std::move(access));
        }
        first = it;
        return true;
    }
};

// ------------------------------------------------------------ messages

// "{b.name} har {count(goals)} mål": literal text and {expressions};
// {{ and }} are literal braces. Expressions are parsed in place, so their
// positions are positions in the pack.
template <typename Expression>
struct template_parser : x3::parser<template_parser<Expression>> {
    using attribute_type = ast::message_template;
    static bool const has_attribute = true;

    Expression expression;
    constexpr explicit template_parser(Expression e) : expression(e) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        if (first == last || *first != '"')
            return false;
        ast::message_template message;
        std::string text;
        auto flush = [&] {
            if (!text.empty())
                message.parts.emplace_back(std::move(text));
            text.clear();
        };
        auto it = std::next(first);
        while (it == last || *it != '"') {
            const bool doubled = it != last && std::next(it) != last && *std::next(it) == *it;
            if (it != last && (*it == '{' || *it == '}') && doubled) {
                text += *it;
                it += 2;
            } else if (it != last && *it == '}') {
                fail_at(it, "lone_close_brace");
            } else if (it != last && *it == '{') {
                flush();
                const auto brace = it++;
                ast::expression e;
                if (!expression.parse(it, last, context, rcontext, e)) {
                    x3::skip_over(it, last, context);
                    fail_at(it, "expression");
                }
                // The closing brace must be on the same line: a string never
                // spans lines, so a '}' further down belongs to something else.
                if (!next_is(it, last, context, '}') || std::find(brace, it, '\n') != it)
                    fail_at(brace, "unclosed_brace");
                message.parts.emplace_back(std::move(e));
            } else {
                read_string_char(it, last, first, text);
            }
        }
        flush();
        x3::traits::move_to(message, attr);
        first = std::next(it);
        return true;
    }
};

} // namespace granska::parser
