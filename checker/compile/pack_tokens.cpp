#include "checker/compile/pack_tokens.hpp"

#include <array>

namespace granska::checker {

namespace {

bool is_word_char(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || u == '_' ||
           u >= 0x80;
}

bool is_blank_char(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// Operators of two characters, kept whole so that spacing never splits them.
constexpr std::array<std::string_view, 8> two_char_punct{
    "==", "!=", "<=", ">=", "->", "=>", "&&", "||"};

} // namespace

std::vector<pack_token> tokenize_pack(std::string_view source) {
    std::vector<pack_token> tokens;
    std::size_t i = 0;
    std::uint32_t line = 1;
    std::size_t line_start = 0;
    std::uint32_t breaks = 0;
    while (i < source.size()) {
        const char c = source[i];
        if (is_blank_char(c)) {
            if (c == '\n') {
                ++line;
                ++breaks;
                line_start = i + 1;
            }
            ++i;
            continue;
        }
        pack_token t;
        t.line = line;
        t.column = static_cast<std::uint32_t>(i - line_start + 1);
        t.breaks_before = breaks;
        breaks = 0;
        const std::size_t start = i;
        if (c == '/' && i + 1 < source.size() && source[i + 1] == '/') {
            t.kind = token_kind::comment;
            while (i < source.size() && source[i] != '\n')
                ++i;
            std::size_t end = i;
            while (end > start && is_blank_char(source[end - 1]))
                --end;
            t.text = std::string(source.substr(start, end - start));
            tokens.push_back(std::move(t));
            continue;
        }
        if (c == '"') {
            t.kind = token_kind::string;
            ++i;
            while (i < source.size() && source[i] != '"' && source[i] != '\n') {
                if (source[i] == '\\' && i + 1 < source.size() && source[i + 1] != '\n')
                    ++i;
                ++i;
            }
            if (i < source.size() && source[i] == '"')
                ++i;
        } else if (is_word_char(c)) {
            t.kind = token_kind::word;
            while (i < source.size() &&
                   (is_word_char(source[i]) ||
                    (source[i] == '-' && i + 1 < source.size() && is_word_char(source[i + 1]) &&
                     static_cast<unsigned char>(source[i + 1]) < 0x80)))
                ++i;
        } else {
            t.kind = token_kind::punct;
            i += 1;
            for (auto op : two_char_punct)
                if (source.substr(start, 2) == op)
                    i = start + 2;
        }
        t.text = std::string(source.substr(start, i - start));
        tokens.push_back(std::move(t));
    }
    return tokens;
}

} // namespace granska::checker
