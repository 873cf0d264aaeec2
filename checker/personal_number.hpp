// Swedish personal identity numbers (personnummer) in free text, as
// requirements.md defines them for COM-05. Used to find them (the rule) and
// to keep them out of every message granska prints.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace granska::checker {

// Byte ranges [begin, end) of every personal identity number in `text`:
// YYMMDD-NNNN or YYYYMMDDNNNN, not part of a longer run of digits, a real
// date (YYMMDD in 19YY or 20YY), valid Luhn check digit over the last ten digits.
std::vector<std::pair<std::size_t, std::size_t>> find_personal_numbers(std::string_view text);

// `text` with each personal identity number replaced by "[personnummer]".
std::string redact_personal_numbers(std::string_view text);

} // namespace granska::checker
