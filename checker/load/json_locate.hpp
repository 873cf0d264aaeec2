// Positions inside small JSON files that granska reads besides case data
// (baselines, waivers), so their diagnostics name file:line:column like the
// loader's do. nlohmann/json keeps no positions; simdjson's On Demand API
// finds a JSON Pointer's value and tells where it starts.
#pragma once

#include "checker/base/diagnostic.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace granska::checker {

struct text_position {
    std::uint32_t line = 0;   // 1-based; 0 when unknown
    std::uint32_t column = 0; // 1-based, in bytes
    std::string source_line;  // the whole line, without its newline
};

// Line and column of a byte offset in `text` (clamped to the text).
text_position position_at(std::string_view text, std::size_t offset);

// Finds where JSON Pointers' values start in one document. The text must be
// valid JSON (parse it with nlohmann first); unknown pointers give line 0.
class json_locator {
public:
    explicit json_locator(std::string_view text);
    ~json_locator();
    json_locator(const json_locator&) = delete;
    json_locator& operator=(const json_locator&) = delete;

    text_position locate(std::string_view pointer);

private:
    struct impl;
    std::string_view text_;
    std::unique_ptr<impl> impl_;
};

// A diagnostic for a problem in a JSON file at `pointer` (error severity).
diagnostic json_diagnostic(const std::string& file, json_locator& locator,
                           const std::string& pointer, std::string message);

// The diagnostic for text that is not JSON at all; `byte` is nlohmann's
// parse_error::byte (1-based index of the character where reading stopped).
diagnostic json_syntax_diagnostic(const std::string& file, std::string_view text, std::size_t byte,
                                  std::string message);

} // namespace granska::checker
