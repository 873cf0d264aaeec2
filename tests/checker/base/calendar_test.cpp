#include "checker/base/calendar.hpp"

#include <catch2/catch.hpp>

#include <ctime>
#include <utility>

using namespace granska::calendar;

namespace {
date d(const char* text) {
    auto v = parse_date(text);
    REQUIRE(v);
    return *v;
}
std::string plus(const char* text, duration by) {
    return format(*add(d(text), by));
}
} // namespace

TEST_CASE("dates parse strictly and round-trip", "[calendar]") {
    CHECK(format(d("2026-11-22")) == "2026-11-22");
    CHECK(format(d("2024-02-29")) == "2024-02-29");
    CHECK(format(d("0001-01-01")) == "0001-01-01");
    CHECK(format(d("9999-12-31")) == "9999-12-31");
    for (const char* bad : {"2023-02-30", "2023-02-29", "2100-02-29", "0000-01-01", "2024-13-01",
                            "2024-00-10", "2024-1-01", "2024-01-01T00:00", "2024-01-01+01:00",
                            "24:00", "", "20240101", "2024-01-32", " 2024-01-01"})
        CHECK_FALSE(parse_date(bad));
}

TEST_CASE("durations parse as ISO 8601 date durations", "[calendar]") {
    CHECK(*parse_duration("P4Y") == duration{4, 0, 0});
    CHECK(*parse_duration("P6M") == duration{0, 6, 0});
    CHECK(*parse_duration("P120D") == duration{0, 0, 120});
    CHECK(*parse_duration("P1Y2M10D") == duration{1, 2, 10});
    CHECK(*parse_duration("P2W") == duration{0, 0, 14});
    CHECK(*parse_duration("P0Y") == duration{0, 0, 0});
    for (const char* bad :
         {"P-1Y", "P", "4Y", "P4", "PT4H", "P1M2Y", "P1Y1Y", "6 månader", "P1.5Y", "p4y"})
        CHECK_FALSE(parse_duration(bad));
    CHECK(format(duration{4, 0, 0}) == "P4Y");
    CHECK(describe(duration{4, 0, 0}) == "4 år");
    CHECK(describe(duration{0, 1, 0}) == "1 månad");
    CHECK(describe(duration{1, 2, 3}) == "1 år, 2 månader och 3 dagar");
}

TEST_CASE("adding years and months clamps to the end of the month", "[calendar]") {
    CHECK(plus("2020-02-29", {1, 0, 0}) == "2021-02-28");
    CHECK(plus("2020-02-29", {4, 0, 0}) == "2024-02-29");
    CHECK(plus("2019-02-28", {1, 0, 0}) == "2020-02-28");
    CHECK(plus("2021-10-31", {0, 4, 0}) == "2022-02-28");
    CHECK(plus("2023-10-31", {0, 4, 0}) == "2024-02-29");
    CHECK(plus("2022-01-31", {0, 1, 0}) == "2022-02-28");
    CHECK(plus("2022-12-15", {0, 1, 0}) == "2023-01-15");
    CHECK(plus("2022-03-31", {0, -1, 0}) == "2022-02-28");
    CHECK(plus("2024-02-28", {0, 0, 1}) == "2024-02-29");
    CHECK(format(*subtract(d("2024-02-29"), {1, 0, 0})) == "2023-02-28");
    CHECK_FALSE(add(d("9999-12-31"), {1, 0, 0}));
    CHECK_FALSE(add(d("9999-12-31"), {0, 0, 1}));
    CHECK_FALSE(subtract(d("0001-01-01"), {0, 0, 1}));
}

TEST_CASE("a gap of exactly four years holds, one day more exceeds", "[calendar]") {
    const auto from = d("2018-09-03");
    const auto limit = *add(from, {4, 0, 0});
    CHECK(format(limit) == "2022-09-03");
    CHECK(d("2022-09-03") <= limit);
    CHECK_FALSE(d("2022-09-04") <= limit);
    // Leap day start: four years later is the next leap day.
    CHECK(plus("2016-02-29", {4, 0, 0}) == "2020-02-29");
}

TEST_CASE("mandate periods run 15 October to 14 October four years later", "[calendar]") {
    auto p = mandate_period_of(d("2022-10-14"));
    CHECK(format(p.from) == "2018-10-15");
    CHECK(format(p.to) == "2022-10-14");
    p = mandate_period_of(d("2022-10-15"));
    CHECK(format(p.from) == "2022-10-15");
    CHECK(format(p.to) == "2026-10-14");
    p = mandate_period_of(d("2014-10-15"));
    CHECK(format(p.from) == "2014-10-15");
    p = mandate_period_of(d("2014-10-14"));
    CHECK(format(p.from) == "2010-10-15");

    const auto all = mandate_periods_until(d("2026-11-22"));
    REQUIRE(all.size() == 4);
    CHECK(format(all[0].from) == "2014-10-15");
    CHECK(format(all[3].from) == "2026-10-15");
    CHECK(format(all[3].to) == "2030-10-14");
    CHECK(mandate_periods_until(d("2014-10-14")).empty());
}

TEST_CASE("calendar years, containment and overlap are inclusive", "[calendar]") {
    const auto y = calendar_year(2024);
    CHECK(format(y.from) == "2024-01-01");
    CHECK(format(y.to) == "2024-12-31");
    CHECK(contains(y, d("2024-12-31")));
    CHECK_FALSE(contains(y, d("2025-01-01")));
    CHECK(overlaps({d("2023-06-01"), d("2024-01-01")}, y));
    CHECK_FALSE(overlaps({d("2023-06-01"), d("2023-12-31")}, y));
    CHECK(year_of(d("2026-11-22")) == 2026);
    CHECK(days_between(d("2024-02-28"), d("2024-03-01")) == 2);
}

TEST_CASE("day numbers at the calendar's boundaries match the proleptic Gregorian calendar",
          "[calendar]") {
    // Reference values: Python's datetime.date.toordinal() minus 1970-01-01's.
    const std::pair<const char*, std::int32_t> known[]{
        {"0001-01-01", -719162}, {"1900-02-28", -25509},  {"1900-03-01", -25508},
        {"1969-12-31", -1},      {"1970-01-01", 0},       {"2000-02-29", 11016},
        {"2000-03-01", 11017},   {"2024-12-31", 20088},   {"2100-02-28", 47540},
        {"2100-03-01", 47541},   {"9999-12-31", 2932896},
    };
    for (const auto& [text, days] : known) {
        CAPTURE(text);
        CHECK(d(text).days == days);
        CHECK(format(date{days}) == text);
    }
}

TEST_CASE("leap years follow the 4, 100 and 400 year rules", "[calendar]") {
    CHECK(is_leap_year(2024));
    CHECK(is_leap_year(2000));
    CHECK_FALSE(is_leap_year(1900));
    CHECK_FALSE(is_leap_year(2100));
    CHECK_FALSE(is_leap_year(2023));
    CHECK(days_in_month(2000, 2) == 29);
    CHECK(days_in_month(1900, 2) == 28);
    CHECK(days_in_month(2100, 2) == 28);
    CHECK(days_in_month(2024, 4) == 30);
    CHECK(days_in_month(2024, 12) == 31);
    CHECK(make_date(2000, 2, 29));
    CHECK_FALSE(make_date(1900, 2, 29));
    CHECK_FALSE(make_date(2100, 2, 29));
    CHECK_FALSE(make_date(2024, 4, 31));
    CHECK_FALSE(make_date(2024, 13, 1));
    CHECK_FALSE(make_date(0, 12, 31));
    CHECK_FALSE(make_date(10000, 1, 1));
}

TEST_CASE("adding months clamps to the month's end across century years", "[calendar]") {
    CHECK(plus("1900-01-31", {0, 1, 0}) == "1900-02-28");
    CHECK(plus("2000-01-31", {0, 1, 0}) == "2000-02-29");
    CHECK(plus("2100-01-31", {0, 1, 0}) == "2100-02-28");
    CHECK(plus("2000-02-29", {1, 0, 0}) == "2001-02-28");
    CHECK(plus("2096-02-29", {4, 0, 0}) == "2100-02-28");
    CHECK(plus("2099-12-31", {0, 0, 1}) == "2100-01-01");
    CHECK(plus("1899-12-31", {0, 2, 0}) == "1900-02-28");
    CHECK(format(*subtract(d("2000-03-01"), {0, 0, 1})) == "2000-02-29");
    CHECK(format(*subtract(d("1900-03-01"), {0, 0, 1})) == "1900-02-28");
    CHECK_FALSE(add(d("9999-12-31"), {0, 0, 1}));
    CHECK_FALSE(subtract(d("0001-01-01"), {0, 0, 1}));
}

TEST_CASE("every day from 0001 to 9999 round-trips through its day number", "[calendar]") {
    ymd expected{1, 1, 1};
    for (std::int32_t n = d("0001-01-01").days; n <= d("9999-12-31").days; ++n) {
        const ymd got = to_ymd(date{n});
        if (got.year != expected.year || got.month != expected.month || got.day != expected.day) {
            FAIL("day " << n << " is " << got.year << "-" << got.month << "-" << got.day);
        }
        const auto back = make_date(got.year, got.month, got.day);
        if (!back || back->days != n)
            FAIL("day " << n << " does not come back from " << format(date{n}));
        if (++expected.day > days_in_month(expected.year, expected.month)) {
            expected.day = 1;
            if (++expected.month > 12) {
                expected.month = 1;
                ++expected.year;
            }
        }
    }
    CHECK(expected.year == 10000);
}

TEST_CASE("today is the local date", "[calendar]") {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[11];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    const std::string before = buffer;
    const std::string got = format(today());
    // Midnight may pass between the two readings.
    const std::string after = format(*add(d(before.c_str()), {0, 0, 1}));
    CHECK((got == before || got == after));
}
