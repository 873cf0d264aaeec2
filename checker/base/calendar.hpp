// Dates, durations, periods and the Swedish mandate-period calendar.
// The only place that does date arithmetic; everything else calls this.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace granska::calendar {

// A calendar date as days since 1970-01-01 (proleptic Gregorian).
struct date {
    std::int32_t days = 0;
    auto operator<=>(const date&) const = default;
};

struct ymd {
    int year = 1970;
    int month = 1;
    int day = 1;
};

// An ISO 8601 duration of whole years, months and days (P4Y, P6M, P120D).
struct duration {
    std::int32_t years = 0;
    std::int32_t months = 0;
    std::int32_t days = 0;
    bool operator==(const duration&) const = default;
};

// An inclusive period [from, to].
struct period {
    date from;
    date to;
    bool operator==(const period&) const = default;
};

inline constexpr int min_year = 1;
inline constexpr int max_year = 9999;

bool is_leap_year(int year);
int days_in_month(int year, int month);

// Nothing when the date does not exist (2023-02-30) or is outside 0001..9999.
std::optional<date> make_date(int year, int month, int day);
ymd to_ymd(date d);
// The current day in local time: the default evaluation date (as_of).
date today();

// Strict YYYY-MM-DD; nothing for anything else (time, zone, 2023-02-30, 0000-01-01).
std::optional<date> parse_date(std::string_view text);
// Strict ISO 8601 date durations: P4Y, P6M, P1Y2M10D, P2W; no negative or
// fractional parts, no time part. P0Y is valid (a zero duration).
std::optional<duration> parse_duration(std::string_view text);

std::string format(date d);     // 2026-11-22
std::string format(duration d); // P4Y6M
// Swedish words for messages: "4 år", "6 månader", "1 år och 2 månader".
std::string describe(duration d);

// d + years/months, then days; the day is clamped to the end of the month
// (2020-02-29 + 1 year = 2021-02-28; 2021-10-31 + 4 months = 2022-02-28).
// Nothing if the result leaves 0001..9999.
std::optional<date> add(date d, duration by);
std::optional<date> subtract(date d, duration by);

inline bool contains(period p, date d) {
    return p.from <= d && d <= p.to;
}
inline bool overlaps(period a, period b) {
    return a.from <= b.to && b.from <= a.to;
}

int year_of(date d);
period calendar_year(int year);

// Mandate periods: 15 October of an election year (2014, 2018, ...) to
// 14 October four years later, inclusive.
inline constexpr int first_mandate_year = 2014;
// The mandate period containing d (for d before 2014-10-15, the one the
// four-year rhythm would give: 2010-10-15..2014-10-14 and so on).
period mandate_period_of(date d);
// Every mandate period from 2014-10-15 whose start is on or before `until`.
std::vector<period> mandate_periods_until(date until);

// Whole days between two dates (b - a).
inline std::int32_t days_between(date a, date b) {
    return b.days - a.days;
}

} // namespace granska::calendar
