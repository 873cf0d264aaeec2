#include "checker/base/personal_number.hpp"

#include <cstdint>

#include "checker/base/calendar.hpp"

namespace granska::checker {

namespace {

int number_at(std::string_view digits, std::size_t at, std::size_t length) {
    int n = 0;
    for (std::size_t i = 0; i < length; ++i)
        n = n * 10 + (digits[at + i] - '0');
    return n;
}

// Luhn (mod 10) over exactly ten digits, weights 2,1,2,1,... from the left.
bool luhn_ok(std::string_view ten) {
    int sum = 0;
    for (std::size_t i = 0; i < 10; ++i) {
        int d = (ten[i] - '0') * (i % 2 == 0 ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
    }
    return sum % 10 == 0;
}

// The day of a date, or of a samordningsnummer's date (day + 60,
// catalogue-v2 §5).
int real_day(int dd) {
    return dd > 60 ? dd - 60 : dd;
}

// YYMMDD: the date must exist in 19YY or 20YY (only 29 February differs).
bool short_date_exists(std::string_view yymmdd) {
    const int yy = number_at(yymmdd, 0, 2);
    const int mm = number_at(yymmdd, 2, 2);
    const int dd = real_day(number_at(yymmdd, 4, 2));
    return calendar::make_date(1900 + yy, mm, dd).has_value() ||
           calendar::make_date(2000 + yy, mm, dd).has_value();
}

bool long_date_exists(std::string_view yyyymmdd) {
    return calendar::make_date(number_at(yyyymmdd, 0, 4), number_at(yyyymmdd, 4, 2),
                               real_day(number_at(yyyymmdd, 6, 2)))
        .has_value();
}

} // namespace

std::vector<std::pair<std::size_t, std::size_t>> find_personal_numbers(std::string_view text) {
    std::vector<std::pair<std::size_t, std::size_t>> found;
    // Both forms have ten digits; counting them is a branch-free pass the
    // compiler vectorizes, and COM-05 looks at every string, few of which
    // (ids, dates, prose) have ten.
    std::uint32_t digits = 0;
    for (const char c : text)
        digits += static_cast<unsigned char>(c - '0') < 10;
    if (digits < 10)
        return found;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_ascii_digit(text[i])) {
            ++i;
            continue;
        }
        // A maximal run of digits: anything longer or shorter than the two
        // forms is some other number (an amount, a case number, YYYYMMDD-NNNN).
        const std::size_t begin = i;
        while (i < text.size() && is_ascii_digit(text[i]))
            ++i;
        const std::size_t run = i - begin;
        if (run == 12) {
            const std::string_view digits = text.substr(begin, 12);
            if (long_date_exists(digits) && luhn_ok(digits.substr(2)))
                found.emplace_back(begin, i);
        } else if (run == 6 && i + 5 <= text.size() && text[i] == '-') {
            std::size_t j = i + 1;
            while (j < text.size() && is_ascii_digit(text[j]))
                ++j;
            if (j - (i + 1) == 4) {
                std::string ten;
                ten.reserve(10);
                ten.append(text.substr(begin, 6)).append(text.substr(i + 1, 4));
                if (short_date_exists(ten) && luhn_ok(ten)) {
                    found.emplace_back(begin, j);
                    i = j;
                }
            }
        }
    }
    return found;
}

} // namespace granska::checker
