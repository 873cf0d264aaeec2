// The rule language as a token stream with its comments and line breaks,
// for tools that rewrite layout (granska fmt). Deliberately ignorant of the
// grammar: every word, string, comment and punctuation mark comes out as the
// author wrote it, so syntax added to the grammar later is carried through
// unchanged. Whether the text is a valid pack is the parser's business.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace granska::checker {

enum class token_kind { word, string, punct, comment };

struct pack_token {
    token_kind kind = token_kind::word;
    std::string text;                // verbatim (a comment without trailing blanks)
    std::uint32_t line = 0;          // 1-based
    std::uint32_t column = 0;        // 1-based, bytes
    std::uint32_t breaks_before = 0; // line breaks between the previous token and this one
};

// Splits `source` into tokens. Words run over letters (any UTF-8 byte),
// digits and inner hyphens (`HER-01`, `dals-ed`, `2021-12-31`), so nothing
// written together is ever pulled apart. A string left open at the end of
// its line ends there (the parser reports it).
std::vector<pack_token> tokenize_pack(std::string_view source);

} // namespace granska::checker
