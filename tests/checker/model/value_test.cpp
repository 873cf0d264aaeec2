// Run-time values: JSON nodes converted to the static type a rule expects
// (absent data is unknown, an absent list is empty), list traversal, and the
// text a value becomes inside a finding's message.
#include "checker/model/value.hpp"

#include <catch2/catch.hpp>

#include <memory_resource>

using namespace granska::checker;
namespace calendar = granska::calendar;

namespace {

calendar::date day(const char* iso) {
    const auto d = calendar::parse_date(iso);
    REQUIRE(d);
    return *d;
}

} // namespace

TEST_CASE("value: absent data is unknown but an absent list is empty", "[value]") {
    CHECK(from_node(nullptr, t_int).is_missing());
    CHECK(from_node(nullptr, t_date).is_missing());
    const value none = from_node(nullptr, type::list_of(t_int));
    CHECK_FALSE(none.is_missing());
    CHECK(none.is_list());
    CHECK(list_size(none) == 0);
    CHECK(format_value(none, type::list_of(t_int)) == "(inga)");
}

TEST_CASE("value: list_size and for_each_element on a built list", "[value]") {
    std::pmr::monotonic_buffer_resource arena;
    value_list items(&arena);
    items.push_back(value::of_int(3));
    items.push_back(value::missing());
    items.push_back(value::of_int(-7));
    value list;
    list.tag = value_tag::list;
    list.items = &items;
    CHECK(list_size(list) == 3);
    CHECK(list_size(value::missing()) == 0);
    std::vector<std::int64_t> seen;
    std::size_t unknown = 0;
    for_each_element(list, type_kind::integer, [&](const value& e) {
        if (e.is_missing())
            ++unknown;
        else
            seen.push_back(e.integer);
    });
    CHECK(seen == std::vector<std::int64_t>{3, -7});
    CHECK(unknown == 1);
    CHECK(format_value(list, type::list_of(t_int)) == "3, (saknas), -7");
}

TEST_CASE("value: values read in a message", "[value]") {
    CHECK(format_value(value::missing(), t_int) == "(saknas)");
    CHECK(format_value(value::of_bool(true), type::scalar(type_kind::boolean)) == "ja");
    CHECK(format_value(value::of_bool(false), type::scalar(type_kind::boolean)) == "nej");
    CHECK(format_value(value::of_int(-12), t_int) == "-12");
    CHECK(format_value(value::of_string("Socialnämnden"), type::scalar(type_kind::string)) ==
          "Socialnämnden");
    CHECK(format_value(value::of_date(day("2024-02-29")), t_date) == "2024-02-29");
    CHECK(format_value(value::of_period({day("2023-01-01"), day("2026-12-31")}),
                       type::scalar(type_kind::period)) == "2023-01-01–2026-12-31");
    CHECK(format_value(value::of_duration({4, 0, 0}), type::scalar(type_kind::duration)) == "4 år");
    CHECK(format_value(value::of_duration({1, 1, 1}), type::scalar(type_kind::duration)) ==
          "1 år, 1 månad och 1 dag");
    CHECK(format_value(value::of_duration({0, 0, 0}), type::scalar(type_kind::duration)) ==
          "0 dagar");
}

TEST_CASE("value: a string value refers to its bytes without a copy", "[value]") {
    const std::string text = "Kultur- och fritidsnämnden";
    const value v = value::of_string(text);
    CHECK(v.tag == value_tag::string);
    CHECK(v.text() == text);
    CHECK(v.text().data() == text.data());
    CHECK(value::of_string("").text().empty());
}
