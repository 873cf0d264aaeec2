// Unknown keys in a closed part of granska/1: the message, with the known
// key a misspelt one most probably meant ("menade du `focus_areas`?" for
// focus_area, `adopted_on` for adoptedOn). A misspelt field must never
// silently change a finding, so the message makes the fix obvious.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace granska::checker {

// The name in `known` closest to `wanted`, or "" when none is close enough to
// be a likely misspelling. Case, '_' and '-' are ignored; then at most one
// edit (insertion, deletion, substitution or swap of neighbours) for short
// names, two for names of five characters or more. Ties go to the earlier name.
std::string closest_name(std::string_view wanted, const std::vector<std::string_view>& known);

// Swedish message for the unknown key `key` where `known` are the keys
// allowed: the closest one as a suggestion, else the list of all of them.
std::string unknown_key_message(std::string_view key, const std::vector<std::string_view>& known);

} // namespace granska::checker
