#include "grammar/utf8.hpp"

#include <boost/locale/utf.hpp>

namespace granska::parser {

std::vector<std::size_t> invalid_utf8_offsets(std::string_view text) {
    using traits = boost::locale::utf::utf_traits<char>;
    std::vector<std::size_t> bad;
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    const char* p = begin;
    while (p != end) {
        const char* start = p;
        const auto c = traits::decode(p, end);
        if (c == boost::locale::utf::illegal || c == boost::locale::utf::incomplete) {
            bad.push_back(static_cast<std::size_t>(start - begin));
            p = start + 1; // resynchronise on the next byte
        }
    }
    return bad;
}

} // namespace granska::parser
