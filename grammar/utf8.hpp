// UTF-8 validation for rule packs: the grammar treats every byte >= 0x80 as a
// letter, so malformed sequences must be caught before they reach it.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace granska::parser {

// Byte offsets of the first byte of every malformed UTF-8 sequence (overlong
// forms, surrogates, code points above U+10FFFF, truncated or stray bytes).
std::vector<std::size_t> invalid_utf8_offsets(std::string_view text);

} // namespace granska::parser
