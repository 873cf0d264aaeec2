#include "checker/base/lower_case.hpp"

#include <catch2/catch.hpp>

using granska::checker::lower_case;

TEST_CASE("lower case covers ASCII and the Swedish letters", "[lower_case]") {
    CHECK(lower_case("PÅGÅENDE Åtgärd ÄR ÖVER") == "pågående åtgärd är över");
    CHECK(lower_case("abc-123 _x") == "abc-123 _x");
    CHECK(lower_case("") == "");
}

TEST_CASE("lower case covers every capital of Latin-1 Supplement", "[lower_case]") {
    CHECK(lower_case("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ") == "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ");
    CHECK(lower_case("ÉN MÜLLER, BJØRN ÆRØ") == "én müller, bjørn ærø");
    // Not letters, or no capital: left as they are.
    CHECK(lower_case("× ÷ ß ÿ « » § ° ·") == "× ÷ ß ÿ « » § ° ·");
}

TEST_CASE("lower case covers the capitals of Latin Extended-A", "[lower_case]") {
    CHECK(lower_case("ŁÓDŹ") == "łódź");
    CHECK(lower_case("ŠKODA ŽIŽKOV ČESKÉ") == "škoda žižkov české");
    CHECK(lower_case("ŐRSÉG ŰR") == "őrség űr");
    CHECK(lower_case("ĀĒĪŌŪ ĄĘĮŲ") == "āēīōū ąęįų");
    CHECK(lower_case("ĹĽŃŇ") == "ĺľńň");
    CHECK(lower_case("ŸİĲŊŒ") == "ÿiĳŋœ");
    // Small letters and letters without a capital stay.
    CHECK(lower_case("łódź ı ĸ ŉ ſ") == "łódź ı ĸ ŉ ſ");
}

TEST_CASE("lower case leaves other scripts and broken UTF-8 alone", "[lower_case]") {
    CHECK(lower_case("ΑΒΓ Ж €") == "ΑΒΓ Ж €");
    CHECK(lower_case(std::string("A\xC3") + "B") == std::string("a\xC3") + "b");
    CHECK(lower_case(std::string("\xC5\x41")) == std::string("\xC5\x61"));
    CHECK(lower_case(std::string("\x80\xC0\xC1")) == std::string("\x80\xC0\xC1"));
}
