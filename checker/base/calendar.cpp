#include "checker/base/calendar.hpp"

#include <fmt/format.h>

#include <chrono>
#include <ctime>

namespace granska::calendar {

namespace {

namespace chr = std::chrono;

// The day count of a valid year/month/day: <chrono>'s civil calendar, the
// proleptic Gregorian one.
std::int32_t days_from_civil(int y, int m, int d) {
    const chr::year_month_day ymd{chr::year{y}, chr::month{static_cast<unsigned>(m)},
                                  chr::day{static_cast<unsigned>(d)}};
    return static_cast<std::int32_t>(chr::sys_days{ymd}.time_since_epoch().count());
}

bool digits(std::string_view s, std::size_t from, std::size_t n, int& out) {
    out = 0;
    for (std::size_t i = from; i < from + n; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9')
            return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

} // namespace

bool is_leap_year(int y) {
    return chr::year{y}.is_leap();
}

int days_in_month(int y, int m) {
    const chr::year_month_day_last last{chr::year{y},
                                        chr::month_day_last{chr::month{static_cast<unsigned>(m)}}};
    return static_cast<int>(static_cast<unsigned>(last.day()));
}

std::optional<date> make_date(int y, int m, int d) {
    if (y < min_year || y > max_year || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return std::nullopt;
    return date{days_from_civil(y, m, d)};
}

ymd to_ymd(date dt) {
    const chr::year_month_day v{chr::sys_days{chr::days{dt.days}}};
    return {static_cast<int>(v.year()), static_cast<int>(static_cast<unsigned>(v.month())),
            static_cast<int>(static_cast<unsigned>(v.day()))};
}

date today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return date{days_from_civil(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday)};
}

std::optional<date> parse_date(std::string_view s) {
    int y, m, d;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 0, 4, y) ||
        !digits(s, 5, 2, m) || !digits(s, 8, 2, d))
        return std::nullopt;
    return make_date(y, m, d);
}

std::optional<duration> parse_duration(std::string_view s) {
    if (s.size() < 3 || s[0] != 'P')
        return std::nullopt;
    duration out;
    std::size_t i = 1;
    int last_unit = -1; // units must come in the order Y, M, W, D, each once
    bool any = false;
    while (i < s.size()) {
        std::int64_t n = 0;
        std::size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
            n = n * 10 + (s[i] - '0');
            if (n > 100000)
                return std::nullopt;
            ++i;
        }
        if (i == start || i >= s.size())
            return std::nullopt;
        static constexpr std::string_view units = "YMWD";
        const auto unit = units.find(s[i]);
        if (unit == std::string_view::npos || static_cast<int>(unit) <= last_unit)
            return std::nullopt;
        last_unit = static_cast<int>(unit);
        const auto v = static_cast<std::int32_t>(n);
        switch (s[i]) {
        case 'Y':
            out.years = v;
            break;
        case 'M':
            out.months = v;
            break;
        case 'W':
            out.days += 7 * v;
            break;
        case 'D':
            out.days += v;
            break;
        }
        any = true;
        ++i;
    }
    if (!any)
        return std::nullopt;
    return out;
}

std::string format(date d) {
    const auto v = to_ymd(d);
    return fmt::format("{:04}-{:02}-{:02}", v.year, v.month, v.day);
}

std::string format(duration d) {
    if (d.years == 0 && d.months == 0 && d.days == 0)
        return "P0D";
    std::string out = "P";
    if (d.years)
        out += fmt::format("{}Y", d.years);
    if (d.months)
        out += fmt::format("{}M", d.months);
    if (d.days)
        out += fmt::format("{}D", d.days);
    return out;
}

std::string describe(duration d) {
    std::vector<std::string> parts;
    if (d.years)
        parts.push_back(fmt::format("{} år", d.years));
    if (d.months)
        parts.push_back(fmt::format("{} {}", d.months, d.months == 1 ? "månad" : "månader"));
    if (d.days)
        parts.push_back(fmt::format("{} {}", d.days, d.days == 1 ? "dag" : "dagar"));
    if (parts.empty())
        return "0 dagar";
    std::string out = parts[0];
    for (std::size_t i = 1; i < parts.size(); ++i)
        out += (i + 1 == parts.size() ? " och " : ", ") + parts[i];
    return out;
}

std::optional<date> add(date d, duration by) {
    const auto v = to_ymd(d);
    std::int64_t months =
        std::int64_t{v.year} * 12 + (v.month - 1) + std::int64_t{by.years} * 12 + by.months;
    const std::int64_t y = months >= 0 ? months / 12 : (months - 11) / 12;
    const int m = static_cast<int>(months - y * 12) + 1;
    if (y < min_year || y > max_year)
        return std::nullopt;
    const int day = std::min(v.day, days_in_month(static_cast<int>(y), m));
    const std::int64_t days = std::int64_t{days_from_civil(static_cast<int>(y), m, day)} + by.days;
    const auto lo = days_from_civil(min_year, 1, 1), hi = days_from_civil(max_year, 12, 31);
    if (days < lo || days > hi)
        return std::nullopt;
    return date{static_cast<std::int32_t>(days)};
}

std::optional<date> subtract(date d, duration by) {
    return add(d, duration{-by.years, -by.months, -by.days});
}

int year_of(date d) {
    return to_ymd(d).year;
}

period calendar_year(int y) {
    return {date{days_from_civil(y, 1, 1)}, date{days_from_civil(y, 12, 31)}};
}

period mandate_period_of(date d) {
    const auto v = to_ymd(d);
    // The election year of the period: the latest y ≡ 2014 (mod 4) with 15 Oct y ≤ d.
    int y = v.year - (((v.year - first_mandate_year) % 4) + 4) % 4;
    if (y == v.year && (v.month < 10 || (v.month == 10 && v.day < 15)))
        y -= 4;
    return {date{days_from_civil(y, 10, 15)}, date{days_from_civil(y + 4, 10, 14)}};
}

std::vector<period> mandate_periods_until(date until) {
    std::vector<period> out;
    for (int y = first_mandate_year; y <= max_year - 4; y += 4) {
        const date start{days_from_civil(y, 10, 15)};
        if (start > until)
            break;
        out.push_back({start, date{days_from_civil(y + 4, 10, 14)}});
    }
    return out;
}

} // namespace granska::calendar
