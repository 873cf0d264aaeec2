// What simdjson refuses, in Swedish: the JSON reader's words for a file that
// nlohmann's explanation (json_syntax.hpp) does not cover, such as nesting
// too deep or a number out of range.
#pragma once

#include <simdjson.h>

#include <string>

namespace granska::checker {

// The message for `code`, an error simdjson returned while reading a file.
std::string simdjson_message(simdjson::error_code code);

} // namespace granska::checker
