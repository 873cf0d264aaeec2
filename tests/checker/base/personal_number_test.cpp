// Personal identity numbers per requirements.md (COM-05): found, and never echoed.
#include "checker/base/personal_number.hpp"
#include "checker/base/redact.hpp"

#include <catch2/catch.hpp>

using granska::checker::find_personal_numbers;
using granska::checker::redact_personal_numbers;

namespace {
using ranges = std::vector<std::pair<std::size_t, std::size_t>>;
}

TEST_CASE("a ten-digit number with a dash and a valid check digit is found", "[personal_number]") {
    CHECK(find_personal_numbers("Ansokan fran 811218-9876 inkom.") == ranges{{13, 24}});
    CHECK(find_personal_numbers("121212-1212") == ranges{{0, 11}});
}

TEST_CASE("a twelve-digit number is found", "[personal_number]") {
    CHECK(find_personal_numbers("pnr 191212121212") == ranges{{4, 16}});
    CHECK(find_personal_numbers("198112189876,") == ranges{{0, 12}});
}

TEST_CASE("a wrong check digit is not a personal identity number", "[personal_number]") {
    CHECK(find_personal_numbers("811218-9877").empty());
    CHECK(find_personal_numbers("198112189875").empty());
}

TEST_CASE("samordningsnummer (day + 60) are matched like personnummer", "[personal_number]") {
    // 701063-2391: 3 October 1970 as a samordningsnummer, valid check digit.
    CHECK(find_personal_numbers("701063-2391") == ranges{{0, 11}});
    CHECK(find_personal_numbers("197010632391") == ranges{{0, 12}});
    CHECK(find_personal_numbers("701063-2392").empty());
    // Day 92 is 32 + 60: no such date, so no samordningsnummer.
    CHECK(find_personal_numbers("121292-1231").empty());
}

TEST_CASE("dates that do not exist are not personal identity numbers", "[personal_number]") {
    SECTION("samordningsnummer (day + 60) are numbers too, catalogue-v2 §5") {
        // 701063-2391: day 63 is the 3rd, valid check digit.
        CHECK(find_personal_numbers("701063-2391") == ranges{{0, 11}});
        CHECK(find_personal_numbers("701093-2391").empty()); // day 33
    }
    SECTION("month 13, valid check digit") {
        CHECK(find_personal_numbers("811318-9875").empty());
    }
    SECTION("29 February exists in 2000, so 000229 counts") {
        CHECK(find_personal_numbers("000229-1235") == ranges{{0, 11}});
    }
    SECTION("29 February 1985 and 2085 do not exist") {
        CHECK(find_personal_numbers("850229-1233").empty());
    }
    SECTION("twelve digits with an impossible date, valid check digit") {
        CHECK(find_personal_numbers("202302301235").empty());
    }
}

TEST_CASE("the plus form and YYYYMMDD-NNNN are not matched", "[personal_number]") {
    CHECK(find_personal_numbers("811218+9876").empty());
    CHECK(find_personal_numbers("19811218-9876").empty());
}

TEST_CASE("digits that are part of a longer run are not matched", "[personal_number]") {
    CHECK(find_personal_numbers("1811218-9876").empty());
    CHECK(find_personal_numbers("811218-98761").empty());
    CHECK(find_personal_numbers("1191212121212").empty());
    CHECK(find_personal_numbers("19121212121212").empty());
    CHECK(find_personal_numbers("8112189876").empty()); // ten digits without a dash
}

TEST_CASE("several numbers in one text are all found", "[personal_number]") {
    CHECK(find_personal_numbers("a 811218-9876 b 191212121212 c") == ranges{{2, 13}, {16, 28}});
}

TEST_CASE("redaction replaces every number and keeps the rest", "[personal_number]") {
    CHECK(redact_personal_numbers("Barn 811218-9876 och 191212121212.") ==
          "Barn [personnummer] och [personnummer].");
    CHECK(redact_personal_numbers("KS/2017:749, 2017-11-14") == "KS/2017:749, 2017-11-14");
    CHECK(redact_personal_numbers("") == "");
}
