// Duplicated keys in a JSON object. JSON allows them, granska/1 does not:
// which of the values was meant is unknown. Each repeat becomes an error
// naming both places, without a std::map per object.
#pragma once

#include "checker/load/json_reader.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace granska::checker {

// A key as shown in a message: at most 60 characters (cut on a code point,
// then "…"), personal identity numbers redacted. Keys are data, not ours.
std::string shown_key(std::string_view key);

// The byte offset of a member's key (its opening quote) in `text`.
std::uint32_t key_offset(std::string_view text, const model::member& m);

// Appends one error per repeated key of `object` (a complete object node read
// from `text`), located at the repeat and naming the first occurrence's line.
// `scratch` is reused between calls to avoid allocating per object.
void find_duplicate_keys(std::string_view text, const model::node& object,
                         std::vector<std::uint32_t>& scratch, std::vector<json_error>& out);

} // namespace granska::checker
