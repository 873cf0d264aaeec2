// Why a text is not JSON, said in Swedish with where reading stopped.
// simdjson (json_reader) says only *that* a file is broken; nlohmann's SAX
// parser, run only on broken files, says what it expected and where. It is
// iterative, so 100,000 opening brackets cannot overflow the stack.
#pragma once

#include "checker/load/json_reader.hpp"

#include <optional>
#include <string_view>

namespace granska::checker {

// The first syntax error in `text` (offset = the byte where reading stopped,
// text.size() for an unexpected end), or nothing when nlohmann accepts it.
std::optional<json_error> explain_json_syntax_error(std::string_view text);

// Turns nlohmann's English message ("syntax error while parsing object -
// unexpected '}'; expected string literal") into Swedish ("ogiltig JSON:
// oväntat '}', förväntade en sträng (nyckel)"). Quoted input is dropped.
std::string swedish_json_message(std::string_view what);

// True when the text starts with a UTF-16 byte order mark or has the NUL
// bytes of UTF-16 encoded ASCII in its first characters.
bool looks_like_utf16(std::string_view text);

} // namespace granska::checker
