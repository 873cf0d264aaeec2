#include "checker/escape.hpp"

#include <fmt/format.h>

namespace granska::checker {

namespace {

bool is_control(unsigned char c) {
    return c < 0x20 || c == 0x7f;
}

} // namespace

std::string terminal_escape(std::string_view text, bool keep_line_breaks) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (keep_line_breaks && (c == '\n' || c == '\t')) {
            out.push_back(static_cast<char>(c));
        } else if (is_control(c)) {
            out.append(fmt::format("\\u{:04x}", c));
        } else if (c == 0xc2 && i + 1 < text.size() &&
                   static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                   static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
            // A C1 control in UTF-8 (CSI is U+009B).
            out.append(fmt::format("\\u{:04x}", static_cast<unsigned char>(text[++i])));
        } else if (c == '\\' && !keep_line_breaks) {
            out.append("\\\\");
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    return out;
}

diagnostic terminal_escape(diagnostic d) {
    for (std::string* data : {&d.file, &d.pointer, &d.message, &d.source_line})
        *data = terminal_escape(*data);
    return d;
}

} // namespace granska::checker
