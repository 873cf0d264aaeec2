#include "checker/base/redact.hpp"
#include "checker/base/personal_number.hpp"

#include <cstdint>
#include <utility>
#include <vector>

namespace granska::checker {

namespace {

constexpr std::string_view replacement = "[personnummer]";
constexpr std::size_t hash_run = 16;

bool is_hex(char c) {
    return is_ascii_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

int two(std::string_view text, std::size_t at) {
    return (text[at] - '0') * 10 + (text[at + 1] - '0');
}

// MMDD at `at`: a month, and a day of a month or a samordningsnummer's day + 60.
bool plausible_month_day(std::string_view text, std::size_t at) {
    const int month = two(text, at);
    const int day = two(text, at + 2);
    return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

// Luhn over the ten digits ending at `end`, weights 2,1,2,1,... from the left.
bool check_digit_holds(std::string_view text, std::size_t end) {
    int sum = 0;
    for (std::size_t i = 0; i < 10; ++i) {
        const int d = (text[end - 10 + i] - '0') * (i % 2 == 0 ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
    }
    return sum % 10 == 0;
}

// The length of the run of hexadecimal characters around [begin, end).
std::size_t hex_run(std::string_view text, std::size_t begin, std::size_t end) {
    while (begin > 0 && is_hex(text[begin - 1]))
        --begin;
    while (end < text.size() && is_hex(text[end]))
        ++end;
    return end - begin;
}

std::size_t digits_from(std::string_view text, std::size_t at) {
    std::size_t end = at;
    while (end < text.size() && is_ascii_digit(text[end]))
        ++end;
    return end;
}

// The end of an identity number whose first digit group is [begin, end), or 0.
std::size_t number_end(std::string_view text, std::size_t begin, std::size_t end) {
    const std::size_t run = end - begin;
    if (hex_run(text, begin, end) >= hash_run)
        return 0;
    if ((run == 10 || run == 12) && plausible_month_day(text, begin + run - 8) &&
        check_digit_holds(text, end))
        return end;
    if ((run == 6 || run == 8) && end < text.size() && (text[end] == '-' || text[end] == '+')) {
        const std::size_t last = digits_from(text, end + 1);
        if (last - (end + 1) == 4 && hex_run(text, end + 1, last) < hash_run &&
            plausible_month_day(text, end - 4))
            return last;
    }
    return 0;
}

} // namespace

std::string redact_personal_numbers(std::string_view text) {
    // Every form has ten digits: most strings (names, dates, prose) have
    // fewer and are returned after one pass the compiler vectorizes.
    std::uint32_t digits = 0;
    for (const char c : text)
        digits += static_cast<unsigned char>(c - '0') < 10;
    if (digits < 10)
        return std::string(text);
    std::string out;
    out.reserve(text.size());
    std::size_t copied = 0;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_ascii_digit(text[i])) {
            ++i;
            continue;
        }
        const std::size_t run_end = digits_from(text, i);
        if (const std::size_t end = number_end(text, i, run_end); end != 0) {
            out.append(text.substr(copied, i - copied)).append(replacement);
            copied = i = end;
        } else {
            i = run_end;
        }
    }
    out.append(text.substr(copied));
    return out;
}

void redacting_writer::write(std::string_view piece) {
    pending_.append(piece);
    // Numbers and hash runs consist of hexadecimal characters, '-' and '+':
    // the tail made only of those may continue in the next piece. Before it
    // stands a character that ends any number, so the head redacts alone.
    std::size_t cut = pending_.size();
    while (cut > 0 &&
           (is_hex(pending_[cut - 1]) || pending_[cut - 1] == '-' || pending_[cut - 1] == '+'))
        --cut;
    if (cut == 0)
        return;
    next_(redact_personal_numbers(std::string_view(pending_).substr(0, cut)));
    pending_.erase(0, cut);
}

void redacting_writer::finish() {
    if (!pending_.empty())
        next_(redact_personal_numbers(pending_));
    pending_.clear();
}

} // namespace granska::checker
