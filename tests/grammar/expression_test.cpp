// Expressions: literals, names, operators (kept flat), calls, lists and
// comprehensions, each checked through the dumped AST.
#include "tests/grammar/parse_helpers.hpp"

#include <catch2/catch.hpp>

using granska::test::condition;

TEST_CASE("integers, strings, dates and booleans", "[grammar]") {
    CHECK(condition("42") == "42");
    CHECK(condition("0") == "0");
    CHECK(condition("9223372036854775807") == "9223372036854775807");
    CHECK(condition("\"text\"") == "\"text\"");
    CHECK(condition("2021-12-31") == "2021-12-31");
    CHECK(condition("2020-02-29") == "2020-02-29");
    CHECK(condition("true") == "true");
    CHECK(condition("false") == "false");
}

TEST_CASE("string escapes are resolved and raw UTF-8 is kept", "[grammar]") {
    const auto r = granska::test::parse(granska::test::in_rule(
        "  require x == \"a\\\"b\\\\c\\nd\\te\\u00e5\\u20ac ä\" else \"m\""));
    REQUIRE(r.value);
    const auto& req =
        boost::get<granska::ast::require_statement>(granska::test::first_rule(r).body.at(0));
    const auto& s = boost::get<granska::ast::string_literal>(req.condition.rest.at(0).rhs);
    CHECK(s.value == "a\"b\\c\nd\te\xC3\xA5\xE2\x82\xAC \xC3\xA4");
}

TEST_CASE("durations in every spelling", "[grammar]") {
    SECTION("years") {
        CHECK(condition("4 years") == "duration(4y0m0d)");
        CHECK(condition("1 year") == "duration(1y0m0d)");
        CHECK(condition("4 år") == "duration(4y0m0d)");
    }
    SECTION("months") {
        CHECK(condition("6 months") == "duration(0y6m0d)");
        CHECK(condition("1 month") == "duration(0y1m0d)");
        CHECK(condition("6 månader") == "duration(0y6m0d)");
        CHECK(condition("1 månad") == "duration(0y1m0d)");
    }
    SECTION("days") {
        CHECK(condition("120 days") == "duration(0y0m120d)");
        CHECK(condition("1 day") == "duration(0y0m1d)");
        CHECK(condition("120 dagar") == "duration(0y0m120d)");
        CHECK(condition("1 dag") == "duration(0y0m1d)");
    }
    SECTION("ISO 8601") {
        CHECK(condition("P4Y") == "duration(4y0m0d)");
        CHECK(condition("P6M") == "duration(0y6m0d)");
        CHECK(condition("P1Y2M10D") == "duration(1y2m10d)");
        CHECK(condition("P2W") == "duration(0y0m14d)");
        CHECK(condition("P1W3D") == "duration(0y0m10d)");
    }
    SECTION("in arithmetic") {
        CHECK(condition("r.applied_on + 4 months") == "(r.applied_on + duration(0y4m0d))");
        CHECK(condition("gap.from + P4Y >= gap.to") == "(gap.from + duration(4y0m0d) >= gap.to)");
    }
}

TEST_CASE("a unit must be a whole word, else the number stands alone", "[grammar]") {
    CHECK(condition("4 < dagarna") == "(4 < dagarna)");
    CHECK(condition("[4, years]") == "[4, years]");
    CHECK(condition("P4") == "P4");
    CHECK(condition("P4Yx") == "P4Yx");
    CHECK(condition("PM") == "PM");
}

TEST_CASE("digits with a dash are a date only when shaped like one", "[grammar]") {
    CHECK(condition("10-5") == "(10 - 5)");
    CHECK(condition("2021 - 5") == "(2021 - 5)");
    CHECK(condition("as_of - 2021-01-01") == "(as_of - 2021-01-01)");
}

TEST_CASE("paths: a name, then fields, which may be reserved words", "[grammar]") {
    CHECK(condition("b") == "b");
    CHECK(condition("policy.follow_ups") == "policy.follow_ups");
    CHECK(condition("p.period.to < as_of") == "(p.period.to < as_of)");
    CHECK(condition("gap.from") == "gap.from");
    CHECK(condition("x.in") == "x.in");
    CHECK(condition("p.records.childcare_placements") == "p.records.childcare_placements");
}

TEST_CASE("reserved words match whole words only", "[grammar]") {
    CHECK(condition("order") == "order");
    CHECK(condition("index") == "index");
    CHECK(condition("notes") == "notes");
    CHECK(condition("android or oracle") == "(android or oracle)");
    CHECK(condition("true_value") == "true_value");
    CHECK(condition("inx in index") == "(inx in index)");
    CHECK(condition("_private") == "_private");
}

TEST_CASE("identifiers may contain UTF-8 letters", "[grammar]") {
    CHECK(granska::test::statements("  let mål = 1") == "let mål = 1");
    CHECK(granska::test::statements("  for mål in b.mål where mål.nämnd == \"ä\" {\n"
                                    "    require mål.år > 0 else \"m\"\n  }") ==
          "for mål in b.mål where (mål.nämnd == \"ä\") { require (mål.år > 0) else msg(\"m\") }");
}

TEST_CASE("binary operators are kept flat, in source order", "[grammar]") {
    CHECK(condition("a or b") == "(a or b)");
    CHECK(condition("a and b") == "(a and b)");
    CHECK(condition("a == b") == "(a == b)");
    CHECK(condition("a != b") == "(a != b)");
    CHECK(condition("a < b") == "(a < b)");
    CHECK(condition("a <= b") == "(a <= b)");
    CHECK(condition("a > b") == "(a > b)");
    CHECK(condition("a >= b") == "(a >= b)");
    CHECK(condition("a in b") == "(a in b)");
    CHECK(condition("a not in b") == "(a not in b)");
    CHECK(condition("a + b") == "(a + b)");
    CHECK(condition("a - b") == "(a - b)");
    CHECK(condition("a or b and c == d + 1") == "(a or b and c == d + 1)");
    CHECK(condition("a<=b") == "(a <= b)");
}

TEST_CASE("between takes additive bounds, so its `and` is not logical", "[grammar]") {
    CHECK(condition("count(goals) between 1 and 2") == "(count(goals) between range(1, 2))");
    CHECK(condition("x between a + 1 and b - 1 and y") ==
          "(x between range((a + 1), (b - 1)) and y)");
    CHECK(condition("d between 2021-01-01 and 2021-12-31") ==
          "(d between range(2021-01-01, 2021-12-31))");
}

TEST_CASE("not applies to one comparison, minus to one operand", "[grammar]") {
    CHECK(condition("not x") == "(not x)");
    CHECK(condition("not present(x) or y") == "((not present(x)) or y)");
    CHECK(condition("not a in b") == "(not paren((a in b)))");
    CHECK(condition("not a == b and c") == "((not paren((a == b))) and c)");
    CHECK(condition("not not x") == "(not (not x))");
    CHECK(condition("-x") == "(-x)");
    CHECK(condition("-3 + x") == "((-3) + x)");
    CHECK(condition("a - -1") == "(a - (-1))");
}

TEST_CASE("parentheses keep their expression", "[grammar]") {
    CHECK(condition("(a)") == "paren(a)");
    CHECK(condition("(a or b) and c") == "(paren((a or b)) and c)");
    CHECK(condition("((1))") == "paren(paren(1))");
}

TEST_CASE("member access after a call, a parenthesis or a list", "[grammar]") {
    CHECK(condition("calendar_year(y).from") == "member(calendar_year(y).from)");
    CHECK(condition("body(\"ks\").plans.size") == "member(body(\"ks\").plans.size)");
    CHECK(condition("(a or b).c < 1") == "(member(paren((a or b)).c) < 1)");
    CHECK(condition("f(x).in == 1") == "(member(f(x).in) == 1)");
    // A blank after the dot ends the operand, as in a path.
    CHECK(condition("f(x). == 1") == "ERROR 6:15: förväntade 'else', fick '.'");
}

TEST_CASE("list literals", "[grammar]") {
    CHECK(condition("[]") == "[]");
    CHECK(condition("[ ]") == "[]");
    CHECK(condition("[1]") == "[1]");
    CHECK(condition("[\"done\", \"cancelled\"]") == "[\"done\", \"cancelled\"]");
    CHECK(condition("[[1, 2], []]") == "[[1, 2], []]");
    CHECK(condition("a.status in [\"done\"]") == "(a.status in [\"done\"])");
}

TEST_CASE("comprehensions with one or more generators", "[grammar]") {
    CHECK(condition("[g for g in goals]") == "[g for g in goals]");
    CHECK(condition("[g.id for g in goals where g.year > 2020]") ==
          "[g.id for g in goals where (g.year > 2020)]");
    CHECK(condition("[g for p in b.plans where as_of in p.period for g in p.goals]") ==
          "[g for p in b.plans where (as_of in p.period) for g in p.goals]");
    CHECK(condition("[a for p in plans for a in p.actions where present(a.measure)]") ==
          "[a for p in plans for a in p.actions where present(a.measure)]");
}

TEST_CASE("calls with arguments", "[grammar]") {
    CHECK(condition("f()") == "f()");
    CHECK(condition("count(goals)") == "count(goals)");
    CHECK(condition("years(year(policy.adopted_on) + 1, year(as_of))") ==
          "years((year(policy.adopted_on) + 1), year(as_of))");
    CHECK(condition("refers_to(r.to, \"kommunstyrelse\")") ==
          "refers_to(r.to, \"kommunstyrelse\")");
}

TEST_CASE("calls in binder form", "[grammar]") {
    CHECK(condition("count(p in plans)") == "count(p in plans)");
    CHECK(condition("exists(f in p.follow_ups where f.date <= as_of)") ==
          "exists(f in p.follow_ups where (f.date <= as_of))");
    CHECK(condition("all(a in acts : present(a.deadline))") ==
          "all(a in acts : present(a.deadline))");
    CHECK(condition("sum(a in acts where a.cost > 0 : a.cost)") ==
          "sum(a in acts where (a.cost > 0) : a.cost)");
    CHECK(condition("count(x in [1, 2])") == "count(x in [1, 2])");
}

TEST_CASE("a call whose first argument is a comparison with in stays plain", "[grammar]") {
    // `f(1 in xs)` does not start with NAME in, so it is one argument.
    CHECK(condition("f(1 in xs)") == "f((1 in xs))");
    CHECK(condition("f(x.y in xs)") == "f((x.y in xs))");
}

TEST_CASE("binder parts are structured", "[grammar]") {
    const auto r = granska::test::parse(
        granska::test::in_rule("  require count(p in plans where p.ok : p.n) > 0 else \"m\""));
    REQUIRE(r.value);
    const auto& req =
        boost::get<granska::ast::require_statement>(granska::test::first_rule(r).body.at(0));
    const auto& call =
        boost::get<boost::spirit::x3::forward_ast<granska::ast::call>>(req.condition.first).get();
    CHECK(call.function.name == "count");
    REQUIRE(call.bound);
    CHECK(call.bound->variable.name == "p");
    CHECK(granska::test::dump(call.bound->collection) == "plans");
    REQUIRE(call.bound->filter);
    CHECK(granska::test::dump(*call.bound->filter) == "p.ok");
    REQUIRE(call.args.size() == 1);
    CHECK(granska::test::dump(call.args[0]) == "p.n");
}

TEST_CASE("comments and line breaks may appear inside expressions", "[grammar]") {
    CHECK(condition("a // first\n    or b // second\n    or c") == "(a or b or c)");
    CHECK(condition("f(\n  a,\n  b\n)") == "f(a, b)");
}
