// The rule language's static types: their Swedish names in error messages and
// the data model's field tables the compiler resolves names against.
#include "checker/model/types.hpp"

#include <catch2/catch.hpp>

using namespace granska::checker;

TEST_CASE("types: every kind has its Swedish name", "[types]") {
    CHECK(describe(type::scalar(type_kind::boolean)) == "sanningsvärde");
    CHECK(describe(type::scalar(type_kind::integer)) == "heltal");
    CHECK(describe(type::scalar(type_kind::string)) == "text");
    CHECK(describe(type::scalar(type_kind::date)) == "datum");
    CHECK(describe(type::scalar(type_kind::duration)) == "tidslängd");
    CHECK(describe(type::scalar(type_kind::period)) == "period");
    CHECK(describe(type::scalar(type_kind::any)) == "valfritt värde");
    CHECK(describe(type::of(&types::body())) == "organ");
}

TEST_CASE("types: a list names its element type", "[types]") {
    CHECK(describe(type::list_of(type::scalar(type_kind::date))) == "lista av datum");
    CHECK(describe(type::list_of(type::of(&types::plan()))) == "lista av plan");
    const type dates = type::list_of(type::scalar(type_kind::date));
    CHECK(dates.element_type() == type::scalar(type_kind::date));
    CHECK(type::list_of(type::of(&types::goal())).element_type() == type::of(&types::goal()));
}

TEST_CASE("types: fields are found by their exact name", "[types]") {
    const field* adopted = types::policy().find("adopted_on");
    REQUIRE(adopted != nullptr);
    CHECK(adopted->value_type == type::scalar(type_kind::date));
    CHECK(adopted->source == field_source::json);
    CHECK(types::policy().find("adopted_at") == nullptr);
    CHECK(types::policy().find("Adopted_on") == nullptr);
    CHECK(types::policy().find("") == nullptr);
}

TEST_CASE("types: derived fields say how they are computed", "[types]") {
    const field* plans = types::body().find("plans");
    REQUIRE(plans != nullptr);
    CHECK(plans->source == field_source::body_plans);
    CHECK(plans->value_type == type::list_of(type::of(&types::plan())));
    const field* days = types::period().find("days");
    REQUIRE(days != nullptr);
    CHECK(days->source == field_source::period_days);
    CHECK(days->value_type == type::scalar(type_kind::integer));
}

TEST_CASE("types: records are open and everything else is closed", "[types]") {
    CHECK(types::record().open);
    CHECK_FALSE(types::policy().open);
    CHECK_FALSE(types::body().open);
    CHECK(types::body().subject_kind == "body");
    CHECK(types::period().subject_kind.empty());
}
