// Small wrappers for the grammar tests: a minimal pack around a body or an
// expression, and the diagnostics as "line:column: message" lines.
#pragma once

#include "grammar/parse.hpp"
#include "tests/grammar/ast_dump.hpp"

#include <boost/variant/get.hpp>

#include <stdexcept>
#include <string>

namespace granska::test {

// Lines 1-2 are the header; the rule starts on line 3 and a body given to
// in_rule() on line 6. A condition given to condition() starts at column 11.
inline const std::string pack_header = "pack t \"T\"\napplies to all\n";

inline std::string in_rule(const std::string& body) {
    return pack_header + "rule T-1 \"t\" {\n  severity error\n  cite section \"s\" clause \"c\"\n" +
           body + "\n}\n";
}

inline parser::parse_result parse(const std::string& source) {
    return parser::parse_rule_pack("t.rules", source);
}

// Every diagnostic as "line:column: message", one per line.
inline std::string errors(const parser::parse_result& r) {
    std::string out;
    for (const auto& d : r.errors)
        out += (out.empty() ? "" : "\n") + std::to_string(d.line) + ":" + std::to_string(d.column) +
               ": " + d.message;
    return out;
}

inline std::string errors(const std::string& source) {
    return errors(parse(source));
}

inline const ast::rule& first_rule(const parser::parse_result& r) {
    if (!r.value)
        throw std::runtime_error("parse failed: " + errors(r));
    for (const auto& item : r.value->pack.items)
        if (const auto* rule = boost::get<ast::rule>(&item))
            return *rule;
    throw std::runtime_error("no rule");
}

// The body of the single rule in in_rule(body), one statement per line.
inline std::string statements(const std::string& body) {
    const auto r = parse(in_rule(body));
    if (!r.value)
        return "ERROR " + errors(r);
    std::string out;
    for (const auto& s : first_rule(r).body)
        out += (out.empty() ? "" : "\n") + dump(s);
    return out;
}

// `require EXPR else "m"` parsed, and the condition dumped; or the errors.
inline std::string condition(const std::string& expression) {
    const auto r = parse(in_rule("  require " + expression + " else \"m\""));
    if (!r.value)
        return "ERROR " + errors(r);
    const auto& s = first_rule(r).body.at(0);
    return dump(boost::get<ast::require_statement>(s).condition);
}

// The message template of `require x else MESSAGE`, dumped; or the errors.
inline std::string message(const std::string& literal) {
    const auto r = parse(in_rule("  require x else " + literal));
    if (!r.value)
        return "ERROR " + errors(r);
    return dump(boost::get<ast::require_statement>(first_rule(r).body.at(0)).message);
}

} // namespace granska::test
