// Literal parsers: strings with escapes, integers, dates and durations.
// Each reports its own lexical errors by throwing x3::expectation_failure
// with a key that error_messages.cpp turns into Swedish ("invalid_escape").
#pragma once

#include "grammar/ast.hpp"
#include "grammar/tokens.hpp"

#include <boost/locale/utf.hpp>
#include <boost/spirit/home/x3.hpp>

#include <charconv>
#include <cstdint>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>

namespace granska::parser {

template <typename Iterator>
[[noreturn]] void fail_at(Iterator at, char const* key) {
    throw x3::expectation_failure<Iterator>(at, key);
}

// Reads one character of a string's body at `it` into `out`, resolving the
// escapes \" \\ \n \t \uXXXX. A line break or the end of the text means the
// string opened at `open` never closes.
template <typename Iterator>
void read_string_char(Iterator& it, Iterator const& last, Iterator open, std::string& out) {
    if (it == last || *it == '\n' ||
        (*it == '\r' && std::next(it) != last && *std::next(it) == '\n'))
        fail_at(open, "unterminated_string");
    if (*it != '\\') {
        out += *it++;
        return;
    }
    const auto backslash = it++;
    if (it == last || *it == '\n')
        fail_at(open, "unterminated_string");
    switch (*it) {
    case '"':
        out += '"';
        break;
    case '\\':
        out += '\\';
        break;
    case 'n':
        out += '\n';
        break;
    case 't':
        out += '\t';
        break;
    case 'u': {
        std::uint32_t code = 0;
        for (int i = 0; i < 4; ++i) {
            ++it;
            const char c = it == last ? '\0' : *it;
            const int digit = is_digit(c)              ? c - '0'
                              : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                              : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                       : -1;
            if (digit < 0)
                fail_at(backslash, "invalid_escape");
            code = code * 16 + static_cast<std::uint32_t>(digit);
        }
        if (!boost::locale::utf::is_valid_codepoint(code) || code == 0)
            fail_at(backslash, "invalid_escape");
        boost::locale::utf::utf_traits<char>::encode(code, std::back_inserter(out));
        break;
    }
    default:
        fail_at(backslash, "invalid_escape");
    }
    ++it;
}

// "text": a string literal on one line; raw UTF-8 allowed.
struct string_parser : x3::parser<string_parser> {
    using attribute_type = std::string;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        if (first == last || *first != '"')
            return false;
        std::string value;
        auto it = std::next(first);
        while (it == last || *it != '"')
            read_string_char(it, last, first, value);
        x3::traits::move_to(value, attr);
        first = std::next(it);
        return true;
    }
};

// Digits at `it` as a number of type T; advances `it`. Throws if too large.
template <typename T, typename Iterator>
T read_digits(Iterator& it, Iterator const& last) {
    const auto start = it;
    it = std::find_if_not(it, last, is_digit);
    const std::string digits(start, it);
    T value{};
    const auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || ptr != digits.data() + digits.size())
        fail_at(start, "number_too_large");
    return value;
}

// 42: a non-negative integer; `-` is the unary operator.
struct number_parser : x3::parser<number_parser> {
    using attribute_type = std::int64_t;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        if (first == last || !is_digit(*first))
            return false;
        auto it = first;
        auto value = read_digits<std::int64_t>(it, last);
        x3::traits::move_to(value, attr);
        first = it;
        return true;
    }
};

// 2021-12-31. Digits directly followed by '-' and a digit are taken as a date
// when they look like one (four digits first, or two dashes), so that a
// mistyped 2021-1-5 is an error rather than a subtraction.
struct date_parser : x3::parser<date_parser> {
    using attribute_type = ast::date_literal;
    static bool const has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        std::size_t runs[3] = {0, 0, 0};
        int count = 0;
        auto it = first;
        while (count < 3 && it != last && is_digit(*it)) {
            const auto start = it;
            it = std::find_if_not(it, last, is_digit);
            runs[count++] = static_cast<std::size_t>(it - start);
            if (count == 3 || it == last || *it != '-' || std::next(it) == last ||
                !is_digit(*std::next(it)))
                break;
            ++it;
        }
        if (count < 2 || (count == 2 && runs[0] != 4))
            return false; // a number (or `10-5`), not a date
        const bool trailing = it != last && (is_name_char(*it) || *it == '-');
        if (count != 3 || runs[0] != 4 || runs[1] != 2 || runs[2] != 2 || trailing)
            fail_at(first, "invalid_date");
        const auto digits = [&](std::ptrdiff_t from, std::ptrdiff_t n) {
            int v = 0;
            for (auto p = first + from; p != first + from + n; ++p)
                v = v * 10 + (*p - '0');
            return v;
        };
        ast::date_literal date;
        date.year = digits(0, 4);
        date.month = digits(5, 2);
        date.day = digits(8, 2);
        x3::traits::move_to(date, attr);
        first = it;
        return true;
    }
};

// 4 years / 4 år / 6 months / 6 månader / 120 days / 1 dag, and ISO 8601
// P4Y, P6M, P1Y2M10D, P2W (a week is 7 days).
struct duration_parser : x3::parser<duration_parser> {
    using attribute_type = ast::duration_literal;
    static bool const has_attribute = true;

    using field = int ast::duration_literal::*;

    // The field a unit word at `it` counts, or nullptr; advances past the word.
    template <typename Iterator>
    static field unit_word(Iterator& it, Iterator const& last) {
        struct unit {
            std::string_view word;
            field counts;
        };
        static constexpr unit units[] = {
            {"years", &ast::duration_literal::years},  {"year", &ast::duration_literal::years},
            {"år", &ast::duration_literal::years},     {"months", &ast::duration_literal::months},
            {"month", &ast::duration_literal::months}, {"månader", &ast::duration_literal::months},
            {"månad", &ast::duration_literal::months}, {"days", &ast::duration_literal::days},
            {"day", &ast::duration_literal::days},     {"dagar", &ast::duration_literal::days},
            {"dag", &ast::duration_literal::days}};
        for (const auto& u : units)
            if (starts_with_word(it, last, u.word)) {
                it += static_cast<std::ptrdiff_t>(u.word.size());
                return u.counts;
            }
        return nullptr;
    }

    // P[nY][nM][nW][nD], at least one part, in that order.
    template <typename Iterator>
    static bool iso(Iterator& it, Iterator const& last, ast::duration_literal& d) {
        if (it == last || *it != 'P' || std::next(it) == last || !is_digit(*std::next(it)))
            return false;
        ++it;
        static constexpr std::string_view designators = "YMWD";
        std::size_t next = 0;
        while (it != last && is_digit(*it)) {
            const auto start = it;
            const int n = read_digits<int>(it, last);
            const auto pos = it == last ? std::string_view::npos : designators.find(*it, next);
            if (pos == std::string_view::npos) {
                it = start;
                return false;
            }
            (pos == 0 ? d.years : pos == 1 ? d.months : d.days) += pos == 2 ? 7 * n : n;
            next = pos + 1;
            ++it;
        }
        return it == last || !is_name_char(*it);
    }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        ast::duration_literal d;
        auto it = first;
        if (it != last && is_digit(*it)) {
            // As wide as number_parser, so that a plain number too large for
            // it fails the same way; a duration must also fit an int.
            const auto digits = it;
            const auto amount = read_digits<std::int64_t>(it, last);
            while (it != last && (*it == ' ' || *it == '\t'))
                ++it;
            const field counts = unit_word(it, last);
            if (counts == nullptr)
                return false;
            if (amount > std::numeric_limits<int>::max())
                fail_at(digits, "number_too_large");
            d.*counts = static_cast<int>(amount);
        } else if (!iso(it, last, d)) {
            return false;
        }
        x3::traits::move_to(d, attr);
        first = it;
        return true;
    }
};

} // namespace granska::parser
