// Words of the rule language: character classes, reserved words, and the
// hand-written X3 parsers for keywords, names and ids. Hand-written because
// X3's char classes are ASCII-only (and assert on bytes >= 0x80), while
// names may contain any UTF-8 letter, and keywords must match whole words.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>

namespace granska::parser {

namespace x3 = boost::spirit::x3;

// ------------------------------------------------------------ Characters

constexpr bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Letters include every byte of a multi-byte UTF-8 sequence (å, ä, ö, ...).
constexpr bool is_letter(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u >= 0x80;
}

constexpr bool is_name_char(char c) {
    return is_letter(c) || is_digit(c);
}

// The UTF-8 character starting at `at` (one byte if it is not a lead byte).
template <typename Iterator>
std::string run_of_char(Iterator at, Iterator end) {
    auto it = std::next(at);
    if (static_cast<unsigned char>(*at) >= 0xC0)
        while (it != end && (static_cast<unsigned char>(*it) & 0xC0) == 0x80)
            ++it;
    return std::string(at, it);
}

// True if [at, end) starts with `word` as a whole word.
template <typename Iterator>
bool starts_with_word(Iterator at, Iterator end, std::string_view word) {
    for (char c : word) {
        if (at == end || *at != c)
            return false;
        ++at;
    }
    return at == end || !is_name_char(*at);
}

inline bool is_keyword(std::string_view word) {
    static constexpr std::string_view keywords[] = {
        "pack",  "document", "applies", "to",      "all",    "include", "not_checkable", "because",
        "rule",  "severity", "cite",    "section", "clause", "note",    "for",           "in",
        "where", "let",      "require", "else",    "error",  "warning", "info",          "and",
        "or",    "not",      "between", "true",    "false"};
    return std::find(std::begin(keywords), std::end(keywords), word) != std::end(keywords);
}

// ------------------------------------------------------------ Parsers

// A reserved word, matched as a whole word: `in` does not match `index`.
struct keyword_parser : x3::parser<keyword_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    std::string_view word;
    constexpr explicit keyword_parser(std::string_view w) : word(w) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute&) const {
        x3::skip_over(first, last, context);
        if (!starts_with_word(first, last, word))
            return false;
        first += static_cast<std::ptrdiff_t>(word.size());
        return true;
    }
};

constexpr keyword_parser kw(std::string_view word) {
    return keyword_parser(word);
}

// A name: a letter or '_', then letters, digits and '_'. Reserved words are
// not names, except as fields after '.' (`p.period.to`), where nothing else
// could be meant.
struct name_parser : x3::parser<name_parser> {
    using attribute_type = std::string;
    static bool const has_attribute = true;

    bool allow_keywords = false;
    constexpr explicit name_parser(bool keywords_too) : allow_keywords(keywords_too) {}

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        if (first == last || !is_letter(*first))
            return false;
        auto it = std::find_if_not(first, last, is_name_char);
        std::string name(first, it);
        if (!allow_keywords && is_keyword(name))
            return false;
        x3::traits::move_to(name, attr);
        first = it;
        return true;
    }
};

// Rule ids: [A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)*, e.g. HER-01, X-1.
// Pack ids: [a-z0-9][a-z0-9_-]*, e.g. herrljunga, dals-ed.
// Either must end the word: `HER-01x_` or `Herrljunga` is no id at all.
struct id_parser : x3::parser<id_parser> {
    using attribute_type = std::string;
    static bool const has_attribute = true;

    bool rule_id = true;
    constexpr explicit id_parser(bool is_rule_id) : rule_id(is_rule_id) {}

    static constexpr bool alnum(char c) {
        return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
    static constexpr bool pack_char(char c) {
        return is_digit(c) || (c >= 'a' && c <= 'z') || c == '_' || c == '-';
    }

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attr) const {
        x3::skip_over(first, last, context);
        auto it = first;
        if (rule_id) {
            if (it == last || !((*it >= 'a' && *it <= 'z') || (*it >= 'A' && *it <= 'Z')))
                return false;
            it = std::find_if_not(it, last, alnum);
            while (it != last && *it == '-' && std::next(it) != last && alnum(*std::next(it)))
                it = std::find_if_not(std::next(it), last, alnum);
            if (it != last && (is_name_char(*it) || *it == '-'))
                return false;
        } else {
            if (it == last || *it == '_' || *it == '-' || !pack_char(*it))
                return false;
            it = std::find_if_not(it, last, pack_char);
            if (it != last && is_name_char(*it))
                return false;
        }
        std::string id(first, it);
        x3::traits::move_to(id, attr);
        first = it;
        return true;
    }
};

} // namespace granska::parser

// What an expectation failure reports for these parsers (x3::what).
namespace boost::spirit::x3 {
template <>
struct get_info<granska::parser::keyword_parser> {
    using result_type = std::string;
    std::string operator()(granska::parser::keyword_parser const& p) const {
        return "'" + std::string(p.word) + "'";
    }
};
} // namespace boost::spirit::x3
