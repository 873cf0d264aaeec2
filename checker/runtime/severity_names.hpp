// Every name a severity goes by, as one table (runtime/finding.cpp) that
// to_string(), swedish(), rank() and severity_word() in finding.hpp read
// too, so no format keeps a switch of its own.
#pragma once

#include "checker/runtime/finding.hpp"

#include <optional>
#include <string_view>

namespace granska::checker {

// One row per level: the result's word, the Swedish words people read, and
// each CI format's own term.
struct severity_names {
    severity level;
    const char* word;            // "error", "warning", "info": results, text, HTML classes
    const char* swedish;         // "fel", "varning", "information"
    const char* swedish_title;   // "Fel", "Varning", "Information": a badge
    const char* swedish_heading; // "Fel", "Varningar", "Information": a heading over many
    const char* gitlab;          // Code Climate severity: "major", "minor", "info"
    const char* terminal_color;  // ANSI SGR parameters for the text format
    int rank;                    // error 3, warning 2, info 1
};

// The row of `s`.
const severity_names& names_of(severity s);
// The severity whose `word` is `word`; nullopt for any other text.
std::optional<severity> severity_from_word(std::string_view word);

} // namespace granska::checker
