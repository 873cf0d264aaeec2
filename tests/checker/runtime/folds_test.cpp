// The folds behind all(), sum(), min() and max(), with and without a binder:
// three-valued, so one unknown element makes the result unknown unless a
// false element already decides all().
#include "checker/runtime/folds.hpp"

#include <catch2/catch.hpp>

#include <initializer_list>

using namespace granska::checker;
namespace calendar = granska::calendar;

namespace {

value fold(fold_kind kind, std::initializer_list<value> values) {
    value_fold f(kind);
    for (const auto& v : values)
        f.add(v);
    return f.result();
}

value all_of(std::initializer_list<value> values) {
    kleene_all all;
    for (const auto& v : values)
        all.add(v);
    return all.result();
}

value day(const char* iso) {
    return value::of_date(*calendar::parse_date(iso));
}

} // namespace

TEST_CASE("all: false decides, else unknown, else true", "[folds]") {
    const auto t = value::of_bool(true), f = value::of_bool(false), u = value::missing();
    CHECK(all_of({}).boolean);
    CHECK(all_of({t, t}).boolean);
    CHECK_FALSE(all_of({t, f}).boolean);
    CHECK(all_of({t, f}).tag == value_tag::boolean);
    CHECK(all_of({u, f}).tag == value_tag::boolean);
    CHECK_FALSE(all_of({u, f}).boolean);
    CHECK(all_of({t, u}).is_missing());
    CHECK(all_of({value::of_int(1)}).is_missing());
}

TEST_CASE("sum adds integers and starts at zero", "[folds]") {
    CHECK(fold(fold_kind::sum, {}).integer == 0);
    CHECK(fold(fold_kind::sum, {value::of_int(2), value::of_int(-5)}).integer == -3);
    CHECK(fold(fold_kind::sum, {value::of_int(2), value::missing()}).is_missing());
    CHECK(fold(fold_kind::sum, {day("2026-01-01")}).is_missing());
}

TEST_CASE("min and max of integers or dates", "[folds]") {
    CHECK(fold(fold_kind::min, {}).is_missing());
    CHECK(fold(fold_kind::min, {value::of_int(3), value::of_int(1), value::of_int(2)}).integer ==
          1);
    CHECK(fold(fold_kind::max, {value::of_int(3), value::of_int(7), value::of_int(2)}).integer ==
          7);
    const auto latest =
        fold(fold_kind::max, {day("2026-03-01"), day("2027-01-01"), day("2025-12-31")});
    CHECK(calendar::format(latest.date) == "2027-01-01");
    const auto earliest = fold(fold_kind::min, {day("2026-03-01"), day("2025-12-31")});
    CHECK(calendar::format(earliest.date) == "2025-12-31");
}

TEST_CASE("min and max are unknown over mixed or unknown elements", "[folds]") {
    CHECK(fold(fold_kind::min, {value::of_int(1), day("2026-01-01")}).is_missing());
    CHECK(fold(fold_kind::max, {value::of_int(1), value::missing()}).is_missing());
    CHECK(fold(fold_kind::max, {value::of_string("2026")}).is_missing());
}
