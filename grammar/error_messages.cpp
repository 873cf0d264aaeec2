// The words behind the error handler: rule names to Swedish (as rexpr's
// id_map), what was found instead, and where to resume after an error.
#include "grammar/error_handler.hpp"
#include "grammar/tokens.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace granska::parser {

namespace {

// Rule names (and x3 what() strings) -> what the user should have written.
const std::map<std::string_view, std::string_view>& expected_words() {
    static const std::map<std::string_view, std::string_view> words = {
        {"expression", "ett uttryck"},
        {"operand", "ett uttryck"},
        {"range", "ett uttryck (between A and B)"},
        {"name", "ett namn"},
        {"field", "ett fältnamn"},
        {"pack_id", "ett paket-id (små bokstäver, siffror, '-' och '_')"},
        {"rule_id", "ett regel-id (t.ex. HER-01)"},
        {"pack_title", "en sträng (paketets titel)"},
        {"rule_title", "en sträng (regelns titel)"},
        {"document_title", "en sträng (dokumentets titel)"},
        {"section", "en sträng (avsnittet)"},
        {"clause", "en sträng (citatet)"},
        {"statute_name", "en sträng (lagens namn och SFS-nummer, t.ex. \"skollagen (2010:800)\")"},
        {"statute_number", "ett kapitel- eller paragrafnummer"},
        {"note_text", "en sträng (tolkningen)"},
        {"sentence", "en sträng (meningen ur policyn)"},
        {"reason", "en sträng (skälet)"},
        {"municipality_code", "en kommunkod i citattecken"},
        {"scope", "'all' eller kommunkoder i citattecken"},
        {"message", "ett meddelande i citattecken"},
        {"severity_level", "'error', 'warning' eller 'info'"},
        {"statement_or_close", "en sats (let, require eller for) eller '}'"},
        {"pack_item", "'rule', 'not_checkable', 'criterion' eller 'record'"},
        {"record_field", "ett fält (namn: typ)"},
        {"record_close", "ett fält (namn: typ) eller '}'"},
        {"cite_reference", "'per municipality', 'document' eller 'section'"},
        {"criterion", "'criterion'"},
        {"block", "'{'"},
        {"list_item", "ett uttryck eller ']'"},
        {"list_rest", "',' eller ']'"},
        {"call_argument", "ett argument eller ')'"},
        {"call_rest", "',' eller ')'"},
    };
    return words;
}

// Errors that are not "expected X": the lexical ones name what is wrong.
std::string special_message(std::string_view which, iterator_type at, iterator_type end) {
    const auto run = [&](auto keep) {
        auto it = at;
        while (it != end && keep(*it) && it - at < 40)
            ++it;
        return std::string(at, it);
    };
    if (which == "nesting_too_deep")
        return fmt::format("för djup nästling: högst {} nivåer av parenteser, listor, anrop, "
                           "'not' och block",
                           max_nesting);
    if (which == "unterminated_string")
        return "strängen avslutas inte: förväntade '\"' före radens slut";
    if (which == "invalid_escape") {
        // The backslash and what follows it: one character, or \u and up to
        // four more letters and digits (the malformed code point).
        std::string seq = "\\";
        auto it = std::next(at);
        if (it != end && *it == 'u') {
            for (int n = 0; n < 5 && it != end && is_name_char(*it); ++n)
                seq += *it++;
        } else if (it != end && *it != '\n' && *it != '\r') {
            seq += run_of_char(it, end);
        }
        return fmt::format("ogiltig escape-sekvens '{}' i strängen (tillåtna: \\\" \\\\ \\n \\t "
                           "\\uXXXX)",
                           seq);
    }
    if (which == "invalid_date")
        return fmt::format("ogiltigt datum '{}': skriv ÅÅÅÅ-MM-DD",
                           run([](char c) { return is_name_char(c) || c == '-'; }));
    if (which == "number_too_large")
        return fmt::format("talet '{}' är för stort", run([](char c) { return is_digit(c); }));
    if (which == "unclosed_brace")
        return "'{' i meddelandet stängs inte med '}' (skriv '{{' för en klammer)";
    if (which == "lone_close_brace")
        return "ensam '}' i meddelandet (skriv '}}' för en klammer)";
    if (which == "indexing")
        return "indexering med [ ] finns inte i språket: gå igenom listan med for x in …, "
               "eller sammanfatta den med count, exists, none, all, sum, min eller max";
    return {};
}

// ", fick X": the token at `at`, so the user sees what the parser saw.
std::string found(iterator_type at, iterator_type end) {
    if (at == end)
        return "filens slut";
    if (*at == '"')
        return "en sträng";
    if (is_name_char(*at)) {
        auto it = at;
        while (it != end && is_name_char(*it) && it - at < 40)
            ++it;
        const std::string word(at, it);
        if (is_keyword(word))
            return fmt::format("det reserverade ordet '{}'", word);
        return fmt::format("'{}'", word);
    }
    return fmt::format("'{}'", run_of_char(at, end));
}

bool known_character(char c) {
    static constexpr std::string_view punctuation = "\"(){}[],.:=!<>+-/ \t\r\n";
    return is_name_char(c) || punctuation.find(c) != std::string_view::npos;
}

} // namespace

std::string expectation_message(std::string_view which, iterator_type at, iterator_type end) {
    if (auto special = special_message(which, at, end); !special.empty())
        return special;
    if (at != end && !known_character(*at)) {
        const auto byte = static_cast<unsigned char>(*at);
        if (byte < 0x20 || byte == 0x7F)
            return fmt::format("okänt tecken (byte 0x{:02X})", byte);
        if (*at == '\'')
            return "okänt tecken ''' (strängar skrivs inom \")";
        return fmt::format("okänt tecken '{}'", *at);
    }
    const auto& words = expected_words();
    const auto it = words.find(which);
    const std::string_view what = it != words.end() ? it->second : which;
    return fmt::format("förväntade {}, fick {}", what, found(at, end));
}

iterator_type recovery_point(iterator_type begin, iterator_type end, iterator_type at,
                             const iterator_type* after) {
    auto line = at;
    while (line != begin && *std::prev(line) != '\n')
        --line;
    while (line != end) {
        auto word = line;
        while (word != end && (*word == ' ' || *word == '\t'))
            ++word;
        if (word >= at && (after == nullptr || word > *after) &&
            (starts_with_word(word, end, "rule") || starts_with_word(word, end, "not_checkable") ||
             starts_with_word(word, end, "criterion") || starts_with_word(word, end, "record")))
            return word;
        line = std::find(line, end, '\n');
        if (line != end)
            ++line;
    }
    return end;
}

std::string parse_state::take_unclosed_brace() {
    if (open_braces_.empty())
        return {};
    const auto pos = map_.position(static_cast<std::size_t>(open_braces_.back() - begin_));
    open_braces_.clear();
    return fmt::format("'{{' på rad {}, kolumn {} stängs inte: ", pos.line, pos.column);
}

void parse_state::report(iterator_type at, std::string message) {
    if (at == end_) {
        // Point just past the last visible character, not at an empty last line.
        while (at != begin_ &&
               std::string_view(" \t\r\n").find(*std::prev(at)) != std::string_view::npos)
            --at;
    }
    const auto pos = map_.position(static_cast<std::size_t>(at - begin_));
    errors_.push_back({diagnostic_severity::error, file_, pos.line, pos.column, "",
                       std::move(message), map_.line_text(pos.line)});
}

} // namespace granska::parser
