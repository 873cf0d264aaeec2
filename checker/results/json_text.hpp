// A JSON file granska reads back from its users (a baseline, a waiver file):
// parsed, or one diagnostic at the character where it stops being JSON.
#pragma once

#include "checker/base/diagnostic.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace granska::checker {

// True with the document in `parsed`; false with a diagnostic in `errors`
// that says `not_json` at the line and column where reading stopped.
bool parse_json_text(std::string_view text, const std::string& file, const char* not_json,
                     nlohmann::json& parsed, diagnostics& errors);

} // namespace granska::checker
