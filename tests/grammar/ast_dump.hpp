// A compact, unambiguous text form of the AST for tests: one string per
// node, so a test states the whole expected tree in one line.
//   expression with operators: (a op b op c)   parenthesised: paren(...)
//   unary: (not x) (-x)   range: range(a, b)   duration: duration(1y2m10d)
//   list: [a, b]   comprehension: [e for x in c where f]   call: f(a, b)
//   binder call: f(x in c where f : e)   template: msg("text", {expr})
#pragma once

#include "grammar/ast.hpp"

#include <fmt/format.h>

#include <string>

namespace granska::test {

std::string dump(const ast::expression& e);
std::string dump(const ast::operand& o);

inline std::string quoted(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else
            out += c;
    }
    return out + "\"";
}

inline const char* op_text(ast::optoken op) {
    using ast::optoken;
    switch (op) {
    case optoken::op_or:
        return "or";
    case optoken::op_and:
        return "and";
    case optoken::op_equal:
        return "==";
    case optoken::op_not_equal:
        return "!=";
    case optoken::op_less:
        return "<";
    case optoken::op_less_equal:
        return "<=";
    case optoken::op_greater:
        return ">";
    case optoken::op_greater_equal:
        return ">=";
    case optoken::op_in:
        return "in";
    case optoken::op_not_in:
        return "not in";
    case optoken::op_between:
        return "between";
    case optoken::op_plus:
        return "+";
    case optoken::op_minus:
        return "-";
    case optoken::op_not:
        return "not";
    case optoken::op_negative:
        return "-";
    }
    return "?";
}

inline std::string dump(const ast::binder& b) {
    std::string out = b.variable.name + " in " + dump(b.collection);
    if (b.filter)
        out += " where " + dump(*b.filter);
    return out;
}

struct operand_dumper {
    using result_type = std::string;
    std::string operator()(const ast::nil&) const { return "nil"; }
    std::string operator()(const ast::number_literal& n) const { return std::to_string(n.value); }
    std::string operator()(const ast::string_literal& s) const { return quoted(s.value); }
    std::string operator()(const ast::date_literal& d) const {
        return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
    }
    std::string operator()(const ast::duration_literal& d) const {
        return fmt::format("duration({}y{}m{}d)", d.years, d.months, d.days);
    }
    std::string operator()(const ast::bool_literal& b) const { return b.value ? "true" : "false"; }
    std::string operator()(const ast::path& p) const {
        std::string out = p.head.name;
        for (const auto& f : p.fields)
            out += "." + f.name;
        return out;
    }
    std::string operator()(const ast::list_literal& l) const {
        std::string out = "[";
        for (std::size_t i = 0; i < l.items.size(); ++i)
            out += (i ? ", " : "") + dump(l.items[i]);
        return out + "]";
    }
    std::string operator()(const ast::comprehension& c) const {
        std::string out = "[" + dump(c.element);
        for (const auto& g : c.generators)
            out += " for " + dump(g);
        return out + "]";
    }
    std::string operator()(const ast::call& c) const {
        std::string out = c.function.name + "(";
        if (c.bound) {
            out += dump(*c.bound);
            if (!c.args.empty())
                out += " : " + dump(c.args.front());
        } else {
            for (std::size_t i = 0; i < c.args.size(); ++i)
                out += (i ? ", " : "") + dump(c.args[i]);
        }
        return out + ")";
    }
    std::string operator()(const ast::unary& u) const {
        return std::string("(") + (u.op == ast::optoken::op_not ? "not " : "-") + dump(u.rhs) + ")";
    }
    std::string operator()(const ast::range_literal& r) const {
        return "range(" + dump(r.low) + ", " + dump(r.high) + ")";
    }
    std::string operator()(const ast::expression& e) const { return "paren(" + dump(e) + ")"; }
    std::string operator()(const ast::member_access& m) const {
        std::string out = "member(" + dump(m.base);
        for (const auto& f : m.fields)
            out += "." + f.name;
        return out + ")";
    }
    template <typename T>
    std::string operator()(const boost::spirit::x3::forward_ast<T>& f) const {
        return (*this)(f.get());
    }
};

inline std::string dump(const ast::operand& o) {
    return boost::apply_visitor(operand_dumper{}, o);
}

inline std::string dump(const ast::expression& e) {
    if (e.rest.empty())
        return dump(e.first);
    std::string out = "(" + dump(e.first);
    for (const auto& op : e.rest)
        out += std::string(" ") + op_text(op.op) + " " + dump(op.rhs);
    return out + ")";
}

inline std::string dump(const ast::message_template& m) {
    std::string out = "msg(";
    for (std::size_t i = 0; i < m.parts.size(); ++i) {
        out += i ? ", " : "";
        if (const auto* text = boost::get<std::string>(&m.parts[i]))
            out += quoted(*text);
        else
            out += "{" + dump(boost::get<ast::expression>(m.parts[i])) + "}";
    }
    return out + ")";
}

inline const char* severity_text(ast::severity s) {
    return s == ast::severity::error ? "error" : s == ast::severity::warning ? "warning" : "info";
}

std::string dump(const ast::statement& s);

struct statement_dumper {
    using result_type = std::string;
    std::string operator()(const ast::let_statement& l) const {
        return "let " + l.name.name + " = " + dump(l.value);
    }
    std::string operator()(const ast::require_statement& r) const {
        std::string out = "require " + dump(r.condition) + " else ";
        if (r.level)
            out += std::string(severity_text(*r.level)) + " ";
        return out + dump(r.message);
    }
    std::string operator()(const boost::spirit::x3::forward_ast<ast::for_statement>& f) const {
        const auto& s = f.get();
        std::string out = "for " + s.variable.name + " in " + dump(s.collection);
        if (s.filter)
            out += " where " + dump(*s.filter);
        out += " {";
        for (std::size_t i = 0; i < s.body.size(); ++i)
            out += (i ? "; " : " ") + dump(s.body[i]);
        return out + " }";
    }
};

inline std::string dump(const ast::statement& s) {
    return boost::apply_visitor(statement_dumper{}, s);
}

} // namespace granska::test

namespace granska::test {

// A whole pack, one line per header field, rule field and statement.
inline std::string dump(const ast::pack& p) {
    std::string out = "pack " + p.id + " " + quoted(p.title) + "\n";
    if (p.document)
        out += "document " + quoted(*p.document) + "\n";
    out += "applies to ";
    if (p.scope.all)
        out += "all";
    for (std::size_t i = 0; i < p.scope.codes.size(); ++i)
        out += (i ? ", " : "") + quoted(p.scope.codes[i]);
    out += "\n";
    for (const auto& inc : p.includes)
        out += "include " + inc.pack_id + "\n";
    for (const auto& item : p.items) {
        if (const auto* nc = boost::get<ast::not_checkable>(&item)) {
            out +=
                "not_checkable " + quoted(nc->sentence) + " because " + quoted(nc->reason) + "\n";
            continue;
        }
        if (const auto* kind = boost::get<ast::record_kind>(&item)) {
            out += "record " + kind->name.name + " {";
            for (std::size_t i = 0; i < kind->fields.size(); ++i)
                out += (i ? ", " : " ") + kind->fields[i].name.name + ": " +
                       kind->fields[i].type_name.name + (kind->fields[i].optional ? "?" : "");
            out += " }\n";
            continue;
        }
        const auto& r = boost::get<ast::rule>(item);
        out += "rule " + r.id + " " + quoted(r.title) + "\n";
        out += std::string("  severity ") + severity_text(r.level) + "\n";
        out += "  cite";
        if (r.cite.document)
            out += " document " + quoted(*r.cite.document);
        out += " section " + quoted(r.cite.section) + " clause " + quoted(r.cite.clause) + "\n";
        if (r.note)
            out += "  note " + quoted(*r.note) + "\n";
        for (const auto& s : r.body)
            out += "  " + dump(s) + "\n";
    }
    return out;
}

} // namespace granska::test
