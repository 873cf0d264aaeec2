#include "checker/runtime/value_region.hpp"

namespace granska::checker {

std::size_t json_value_end(std::string_view text, std::size_t start) {
    int depth = 0;
    bool in_string = false;
    for (std::size_t i = start; i < text.size(); ++i) {
        const char c = text[i];
        if (in_string) {
            if (c == '\\')
                ++i; // the escaped character cannot end the string
            else if (c == '"') {
                in_string = false;
                if (depth == 0)
                    return i + 1;
            }
            continue;
        }
        switch (c) {
        case '"':
            in_string = true;
            break;
        case '{':
        case '[':
            ++depth;
            break;
        case '}':
        case ']':
            if (depth == 0) // a scalar ended by its container
                return i;
            if (--depth == 0)
                return i + 1;
            break;
        case ',':
        case ' ':
        case '\t':
        case '\r':
        case '\n':
            if (depth == 0)
                return i;
            break;
        default:
            break;
        }
    }
    return text.size();
}

std::size_t value_end(std::string_view text, const model::node& n) {
    return n.end != 0 ? n.end : json_value_end(text, n.offset);
}

std::uint32_t utf16_column(std::string_view text, std::size_t offset) {
    if (offset > text.size())
        offset = text.size();
    std::size_t line_start = 0;
    if (offset > 0)
        if (const auto newline = text.rfind('\n', offset - 1); newline != std::string_view::npos)
            line_start = newline + 1;
    std::uint32_t units = 0;
    for (std::size_t i = line_start; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if ((byte & 0xC0) == 0x80)
            continue;                  // a continuation byte belongs to the character before it
        units += byte >= 0xF0 ? 2 : 1; // four-byte UTF-8 is a surrogate pair in UTF-16
    }
    return units + 1;
}

} // namespace granska::checker
