// Positions: every tagged node knows its line and byte column, and
// parsed_pack can quote the line and build a diagnostic there.
#include "tests/grammar/parse_helpers.hpp"

#include <catch2/catch.hpp>

namespace ast = granska::ast;
namespace x3 = boost::spirit::x3;
using granska::parser::source_position;

namespace {

std::string at(const granska::parser::parsed_pack& p, const x3::position_tagged& node) {
    const source_position pos = p.where(node);
    return std::to_string(pos.line) + ":" + std::to_string(pos.column);
}

} // namespace

TEST_CASE("rules, statements, operators and operands are located", "[grammar]") {
    const auto r = granska::test::parse(granska::test::in_rule(
        "  require count(goals) >= 1 and f.x in [1, 2]\n    else \"n: {b.name}\""));
    REQUIRE(r.value);
    const auto& p = *r.value;
    const auto& rule = granska::test::first_rule(r);
    CHECK(at(p, p.pack) == "1:1");
    CHECK(at(p, p.pack.scope) == "2:1");
    CHECK(at(p, rule) == "3:1");
    CHECK(at(p, rule.cite) == "5:3");
    const auto& req = boost::get<ast::require_statement>(rule.body.at(0));
    CHECK(at(p, req) == "6:3");
    CHECK(at(p, req.condition) == "6:11");
    const auto& call = boost::get<x3::forward_ast<ast::call>>(req.condition.first).get();
    CHECK(at(p, call) == "6:11");
    CHECK(at(p, call.function) == "6:11");
    CHECK(at(p, call.args.at(0)) == "6:17");
    REQUIRE(req.condition.rest.size() == 3);
    CHECK(at(p, req.condition.rest[0]) == "6:24");
    CHECK(at(p, boost::get<ast::number_literal>(req.condition.rest[0].rhs)) == "6:27");
    CHECK(at(p, req.condition.rest[1]) == "6:29");
    const auto& path = boost::get<ast::path>(req.condition.rest[1].rhs);
    CHECK(at(p, path) == "6:33");
    CHECK(at(p, path.fields.at(0)) == "6:35");
    CHECK(at(p, req.condition.rest[2]) == "6:37");
    const auto& list =
        boost::get<x3::forward_ast<ast::list_literal>>(req.condition.rest[2].rhs).get();
    CHECK(at(p, list) == "6:40");
    CHECK(at(p, list.items.at(1)) == "6:44");
    CHECK(at(p, req.message) == "7:10");
    CHECK(at(p, boost::get<ast::expression>(req.message.parts.at(1))) == "7:15");
}

TEST_CASE("literals are located", "[grammar]") {
    const auto r = granska::test::parse(granska::test::in_rule(
        "  require true or 2021-01-01 or 4 år or P1Y or \"s\" or -1 or x else \"m\""));
    REQUIRE(r.value);
    const auto& req = boost::get<ast::require_statement>(granska::test::first_rule(r).body.at(0));
    const auto& rest = req.condition.rest;
    CHECK(at(*r.value, boost::get<ast::bool_literal>(req.condition.first)) == "6:11");
    CHECK(at(*r.value, boost::get<ast::date_literal>(rest.at(0).rhs)) == "6:19");
    CHECK(at(*r.value, boost::get<ast::duration_literal>(rest.at(1).rhs)) == "6:33");
    CHECK(at(*r.value, boost::get<ast::duration_literal>(rest.at(2).rhs)) == "6:42");
    CHECK(at(*r.value, boost::get<ast::string_literal>(rest.at(3).rhs)) == "6:49");
    CHECK(at(*r.value, boost::get<x3::forward_ast<ast::unary>>(rest.at(4).rhs).get()) == "6:56");
}

TEST_CASE("columns count bytes, so UTF-8 letters take two", "[grammar]") {
    const auto r = granska::test::parse(granska::test::in_rule("  let mål = ö + 1"));
    REQUIRE(r.value);
    const auto& let = boost::get<ast::let_statement>(granska::test::first_rule(r).body.at(0));
    CHECK(at(*r.value, let.name) == "6:7");
    CHECK(at(*r.value, let.value) == "6:14");
    CHECK(at(*r.value, let.value.rest.at(0)) == "6:17");
}

TEST_CASE("comprehensions, binders, for loops and includes are located", "[grammar]") {
    const auto r = granska::test::parse(
        "pack t \"T\"\napplies to all\ninclude common\n"
        "rule T-1 \"t\" {\n  severity error\n  cite section \"s\" clause \"c\"\n"
        "  for b in bodies {\n    let g = [x for x in b.goals where x.ok]\n  }\n}\n"
        "not_checkable \"a\" because \"b\"\n");
    REQUIRE(r.value);
    const auto& p = *r.value;
    CHECK(at(p, p.pack.includes.at(0)) == "3:1");
    const auto& rule = boost::get<ast::rule>(p.pack.items.at(0));
    const auto& loop = boost::get<x3::forward_ast<ast::for_statement>>(rule.body.at(0)).get();
    CHECK(at(p, loop) == "7:3");
    CHECK(at(p, loop.variable) == "7:7");
    CHECK(at(p, loop.collection) == "7:12");
    const auto& let = boost::get<ast::let_statement>(loop.body.at(0));
    const auto& c = boost::get<x3::forward_ast<ast::comprehension>>(let.value.first).get();
    CHECK(at(p, c) == "8:13");
    CHECK(at(p, c.generators.at(0)) == "8:20");
    CHECK(at(p, *c.generators.at(0).filter) == "8:39");
    CHECK(at(p, boost::get<ast::not_checkable>(p.pack.items.at(1))) == "11:1");
}

TEST_CASE("line_text returns a line without its line break", "[grammar]") {
    const auto r = granska::test::parse("pack t \"T\"\r\napplies to all\n");
    REQUIRE(r.value);
    CHECK(r.value->line_text(1) == "pack t \"T\"");
    CHECK(r.value->line_text(2) == "applies to all");
    CHECK(r.value->line_text(3) == "");
    CHECK(r.value->line_text(0) == "");
    CHECK(r.value->line_text(99) == "");
}

TEST_CASE("error_at builds a diagnostic at a node, with the line for the caret", "[grammar]") {
    const auto r = granska::test::parse(granska::test::in_rule("  let mål = ö + 1"));
    REQUIRE(r.value);
    const auto& let = boost::get<ast::let_statement>(granska::test::first_rule(r).body.at(0));
    const auto d = r.value->error_at(let.value, "okänt namn 'ö'");
    CHECK(d.file == "t.rules");
    CHECK(d.line == 6);
    CHECK(d.column == 14);
    CHECK(d.message == "okänt namn 'ö'");
    CHECK(d.source_line == "  let mål = ö + 1");
    CHECK(granska::render(d) == "t.rules:6:14: fel: okänt namn 'ö'\n"
                                "    let mål = ö + 1\n"
                                "              ^");
}

TEST_CASE("a node the parser did not tag has no position", "[grammar]") {
    const auto r = granska::test::parse(granska::test::pack_header);
    REQUIRE(r.value);
    const ast::identifier made_later;
    CHECK(r.value->where(made_later).line == 0);
    CHECK(r.value->where(made_later).column == 0);
    const granska::parser::parsed_pack empty;
    CHECK(empty.where(r.value->pack).line == 0);
    CHECK(empty.line_text(1) == "");
}
