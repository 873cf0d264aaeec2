// Swedish personal identity numbers (personnummer) in free text, as
// requirements.md defines them for COM-05. Used to find them (the rule) and
// mask them in source excerpts; output redaction is checker/base/redact.hpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace granska::checker {

// 0-9 only: std::isdigit depends on the locale and takes int.
constexpr bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

// Byte ranges [begin, end) of every personal identity number in `text`:
// YYMMDD-NNNN or YYYYMMDDNNNN, not part of a longer run of digits, a real
// date (YYMMDD in 19YY or 20YY; the day may be a samordningsnummer's day + 60),
// valid Luhn check digit over the last ten digits.
std::vector<std::pair<std::size_t, std::size_t>> find_personal_numbers(std::string_view text);

} // namespace granska::checker
