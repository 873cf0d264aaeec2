// What the grammar skips between tokens: whitespace and // line comments.
// A plain parser struct rather than an x3 rule, so that its type can be
// named in config.hpp and it needs no instantiation of its own.
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace granska::parser {

namespace x3 = boost::spirit::x3;

struct skipper_parser : x3::parser<skipper_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    // Consumes one blank or one whole comment; x3::skip_over calls it until it fails.
    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        if (first == last)
            return false;
        const char c = *first;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++first;
            return true;
        }
        if (c == '/' && std::next(first) != last && *std::next(first) == '/') {
            while (first != last && *first != '\n')
                ++first;
            return true;
        }
        return false;
    }
};

inline constexpr skipper_parser skipper{};

} // namespace granska::parser
