// A JSON file granska reads back from its users (a baseline, a waiver file):
// parsed, or one diagnostic at the character where it stops being JSON.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/base/file_text.hpp"
#include "checker/load/json_locate.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace granska::checker {

// True with the document in `parsed`; false with a diagnostic in `errors`
// that says `not_json` at the line and column where reading stopped.
bool parse_json_text(std::string_view text, const std::string& file, const char* not_json,
                     nlohmann::json& parsed, diagnostics& errors);

// Parses `text` and hands the document, with a locator for its diagnostics,
// to `read` (document, file, locator, result); text that is not JSON is one error
// in the result that says `not_json`. Baselines and waiver files both start so.
template <typename Result, typename Read>
Result read_json_text(std::string_view text, const std::string& file, const char* not_json,
                      Read read) {
    Result out;
    nlohmann::json parsed;
    if (parse_json_text(text, file, not_json, parsed, out.errors)) {
        json_locator locator(text);
        read(parsed, file, locator, out);
    }
    return out;
}

// Reads `path` whole and gives it to `parse` (text, path); a file that
// cannot be read is one error in the result, with the reason.
template <typename Result, typename Parse>
Result load_json_file(const std::string& path, Parse parse) {
    std::string error;
    if (const auto text = read_file_text(path, error))
        return parse(*text, path);
    Result out;
    out.errors.push_back({diagnostic_severity::error, path, 0, 0, "", error, ""});
    return out;
}

} // namespace granska::checker
