// Message templates: literal text and {expressions}, with {{ and }} as braces.
#include "tests/grammar/parse_helpers.hpp"

#include <catch2/catch.hpp>

using granska::test::message;

TEST_CASE("a message without braces is one literal part", "[grammar]") {
    CHECK(message("\"Policyn saknar diarienummer.\"") == "msg(\"Policyn saknar diarienummer.\")");
}

TEST_CASE("an empty message has no parts", "[grammar]") {
    CHECK(message("\"\"") == "msg()");
}

TEST_CASE("interpolations split the text", "[grammar]") {
    CHECK(message("\"{b.name} har {count(goals)} mål; policyn kräver 1–2.\"") ==
          "msg({b.name}, \" har \", {count(goals)}, \" mål; policyn kräver 1–2.\")");
    CHECK(message("\"{a}{b}\"") == "msg({a}, {b})");
    CHECK(message("\"{ a.id }\"") == "msg({a.id})");
}

TEST_CASE("doubled braces are literal braces", "[grammar]") {
    CHECK(message("\"{{x}}\"") == "msg(\"{x}\")");
    CHECK(message("\"a {{ {b} }} c\"") == "msg(\"a { \", {b}, \" } c\")");
    CHECK(message("\"}}{{\"") == "msg(\"}{\")");
}

TEST_CASE("escapes work in the literal parts", "[grammar]") {
    CHECK(message("\"ansvarig \\\"{a.responsible}\\\", som\"") ==
          "msg(\"ansvarig \\\"\", {a.responsible}, \"\\\", som\")");
    CHECK(message("\"\\u00e5r\\tx\"") == "msg(\"år\\tx\")");
}

TEST_CASE("interpolated expressions are full expressions", "[grammar]") {
    CHECK(message("\"{join(names, \", \")}\"") == "msg({join(names, \", \")})");
    CHECK(message("\"{count(x in xs where x.a : x.b)}\"") ==
          "msg({count(x in xs where x.a : x.b)})");
    CHECK(message("\"{r.applied_on + 4 months}\"") == "msg({(r.applied_on + duration(0y4m0d))})");
    CHECK(message("\"{[g for g in goals]}\"") == "msg({[g for g in goals]})");
}

TEST_CASE("the level before the message overrides the rule's severity", "[grammar]") {
    CHECK(granska::test::statements("  require x else warning \"m\"") ==
          "require x else warning msg(\"m\")");
    CHECK(granska::test::statements("  require x else info \"m\"") ==
          "require x else info msg(\"m\")");
    CHECK(granska::test::statements("  require x else error \"m\"") ==
          "require x else error msg(\"m\")");
    CHECK(granska::test::statements("  require x else \"m\"") == "require x else msg(\"m\")");
}

TEST_CASE("malformed templates are errors at the brace", "[grammar]") {
    // `  require x else "` puts the opening quote at column 18.
    CHECK(message("\"{b.name har\"") ==
          "ERROR 6:19: '{' i meddelandet stängs inte med '}' (skriv '{{' för en klammer)");
    CHECK(message("\"abc {b.name\"") ==
          "ERROR 6:23: '{' i meddelandet stängs inte med '}' (skriv '{{' för en klammer)");
    CHECK(message("\"x } y\"") ==
          "ERROR 6:21: ensam '}' i meddelandet (skriv '}}' för en klammer)");
    CHECK(message("\"x {} y\"") == "ERROR 6:22: förväntade ett uttryck, fick '}'");
    CHECK(message("\"x { + } y\"") == "ERROR 6:23: förväntade ett uttryck, fick '+'");
    CHECK(message("\"{a\n") ==
          "ERROR 6:19: '{' i meddelandet stängs inte med '}' (skriv '{{' för en klammer)");
}
