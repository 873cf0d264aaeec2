// Deep nesting is an error with a position, never a stack overflow.
#include "tests/grammar/parse_helpers.hpp"

#include <catch2/catch.hpp>

using granska::test::errors;
using granska::test::in_rule;

namespace {

const std::string too_deep =
    "för djup nästling: högst 256 nivåer av parenteser, listor, anrop, 'not' och block";

std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i)
        out += s;
    return out;
}

std::string require(const std::string& condition) {
    return in_rule("  require " + condition + " else \"m\"");
}

} // namespace

TEST_CASE("100,000 nested parentheses are too deep", "[grammar]") {
    const std::size_t n = 100000;
    const auto r = granska::test::parse(require(repeat("(", n) + "x" + repeat(")", n)));
    CHECK_FALSE(r.value);
    // The condition is level 1; the 256th '(' (column 11 + 255) opens level 257.
    CHECK(errors(r) == "6:267: " + too_deep);
}

TEST_CASE("nesting up to the limit is fine", "[grammar]") {
    CHECK(errors(require(repeat("(", 255) + "x" + repeat(")", 255))).empty());
    CHECK(errors(require(repeat("(", 256) + "x" + repeat(")", 256))) == "6:267: " + too_deep);
}

TEST_CASE("deep lists, calls, 'not' and minus are too deep", "[grammar]") {
    const std::size_t n = 100000;
    CHECK(errors(require(repeat("[", n) + repeat("]", n))) == "6:267: " + too_deep);
    CHECK(errors(require(repeat("f(", n) + repeat(")", n))) == "6:523: " + too_deep);
    CHECK(errors(require(repeat("not ", n) + "x")) == "6:1035: " + too_deep);
    CHECK(errors(require(repeat("-", n) + "x")) == "6:267: " + too_deep);
}

TEST_CASE("deeply nested for blocks are too deep", "[grammar]") {
    const auto r =
        granska::test::parse(in_rule(repeat("for x in y {\n", 300) + repeat("}\n", 300)));
    CHECK_FALSE(r.value);
    // Loop k is on line 5 + k inside k - 1 blocks; its collection is level k,
    // so loop 257 is the first too deep.
    CHECK(errors(r) == "262:10: " + too_deep);
}

TEST_CASE("parsing goes on after a too deep rule", "[grammar]") {
    const std::size_t n = 100000;
    const auto r =
        granska::test::parse(require(repeat("(", n)) + "rule R-2 \"t\" {\n  severity bad\n}\n");
    CHECK(errors(r) == "6:267: " + too_deep + "\n" +
                           "9:12: förväntade 'error', 'warning' eller 'info', fick 'bad'");
}
