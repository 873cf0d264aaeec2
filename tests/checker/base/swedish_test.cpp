// Swedish renderings for messages: status values, datum names, day counts.
#include "checker/base/swedish.hpp"
#include "checker/model/types.hpp"

#include <catch2/catch.hpp>

using namespace granska::checker;

TEST_CASE("action status values read in Swedish") {
    CHECK(swedish_data_value("status", "planned") == "planerad");
    CHECK(swedish_data_value("status", "ongoing") == "pågående");
    CHECK(swedish_data_value("status", "done") == "genomförd");
    CHECK(swedish_data_value("status", "cancelled") == "avbruten");
    CHECK_FALSE(swedish_data_value("status", "paused").has_value());
    CHECK_FALSE(swedish_data_value("kind", "nämnd").has_value());
    CHECK(is_enumerated_field("status"));
    CHECK_FALSE(is_enumerated_field("kind"));
}

TEST_CASE("every field of the data model has a Swedish name for messages") {
    for (const object_type* t :
         {&types::policy(), &types::organisation(), &types::body(), &types::plan(), &types::goal(),
          &types::action(), &types::follow_up(), &types::revision(), &types::derived_document(),
          &types::report(), &types::period(), &types::municipality()})
        for (const auto& f : t->fields) {
            INFO(std::string(t->name) + "." + std::string(f.name));
            CHECK_FALSE(swedish_datum_name(t->name, f.name).empty());
        }
    CHECK(swedish_datum_name("policy", "adopted_on") == "policyns antagandedatum");
    CHECK(swedish_datum_name("policy", "no_such_field").empty());
}

TEST_CASE("digits are grouped with a space") {
    CHECK(group_thousands(0) == "0");
    CHECK(group_thousands(999) == "999");
    CHECK(group_thousands(3002) == "3 002");
    CHECK(group_thousands(1234567) == "1 234 567");
    CHECK(group_thousands(-3002) == "-3 002");
}

TEST_CASE("day counts in words a person uses, with the exact count") {
    CHECK(days_in_words(0) == "0 dagar");
    CHECK(days_in_words(1) == "en dag");
    CHECK(days_in_words(12) == "12 dagar");
    CHECK(days_in_words(27) == "27 dagar");
    CHECK(days_in_words(30) == "en månad (30 dagar)");
    CHECK(days_in_words(45) == "en och en halv månad (45 dagar)");
    CHECK(days_in_words(100) == "drygt tre månader (100 dagar)");
    CHECK(days_in_words(350) == "knappt ett år (350 dagar)");
    CHECK(days_in_words(330) == "knappt elva månader (330 dagar)");
    CHECK(days_in_words(365) == "ett år (365 dagar)");
    CHECK(days_in_words(1461) == "fyra år (1 461 dagar)");
    CHECK(days_in_words(1644) == "fyra och ett halvt år (1 644 dagar)");
    CHECK(days_in_words(3002) == "drygt åtta år (3 002 dagar)");
    CHECK(days_in_words(3250) == "knappt nio år (3 250 dagar)");
    CHECK(days_in_words(5479) == "15 år (5 479 dagar)");
}
