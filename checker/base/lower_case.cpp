#include "checker/base/lower_case.hpp"

namespace granska::checker {

namespace {

// The small letter of a code point in U+0080..U+017F, or the code point itself.
char32_t lower_latin(char32_t c) {
    const bool even = c % 2 == 0;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) // À..Þ, not ×
        return c + 0x20;
    if (c == 0x130) // İ: i without the dot above, as the simple mapping has it
        return U'i';
    if (c == 0x178) // Ÿ: its small letter is in Latin-1
        return 0xFF;
    // Latin Extended-A pairs a capital with the small letter after it, the
    // capital on even code points except in İ..ň and Ź..ž.
    const bool even_pairs =
        (c >= 0x100 && c <= 0x12F) || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177);
    const bool odd_pairs = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    if ((even_pairs && even) || (odd_pairs && !even))
        return c + 1;
    return c;
}

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
        return;
    }
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
}

} // namespace

std::string lower_case(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 'A' && c <= 'Z') {
            out += static_cast<char>(c + 0x20);
            continue;
        }
        // Two-byte sequences C2..C5 xx are U+0080..U+017F.
        if (c >= 0xC2 && c <= 0xC5 && i + 1 < text.size()) {
            const auto next = static_cast<unsigned char>(text[i + 1]);
            if ((next & 0xC0) == 0x80) {
                const char32_t code = (char32_t{c} & 0x1F) << 6 | (next & 0x3F);
                append_utf8(out, lower_latin(code));
                ++i;
                continue;
            }
        }
        out += static_cast<char>(c);
    }
    return out;
}

} // namespace granska::checker
