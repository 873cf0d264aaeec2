#include "checker/base/escape.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <utility>

namespace granska::checker {

namespace {

bool is_control(unsigned char c) {
    return c < 0x20 || c == 0x7f;
}

// The bidirectional formatting characters (U+061C, U+200E, U+200F,
// U+202A-U+202E, U+2066-U+2069): invisible, they reorder how the rest of
// the line is shown ("Trojan Source"), so a name with U+202E could make a
// finding read backwards. The length of the one at `at`, or 0.
std::size_t bidi_control_length(std::string_view text, std::size_t at, char32_t& cp) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    if (at + 1 < text.size() && byte(at) == 0xd8 && byte(at + 1) == 0x9c) {
        cp = 0x061c;
        return 2;
    }
    if (at + 2 >= text.size() || byte(at) != 0xe2)
        return 0;
    cp = 0x2000 + ((byte(at + 1) & 0x3fU) << 6) + (byte(at + 2) & 0x3fU);
    const bool bidi = (byte(at + 1) & 0xc0) == 0x80 && (byte(at + 2) & 0xc0) == 0x80 &&
                      (cp == 0x200e || cp == 0x200f || (cp >= 0x202a && cp <= 0x202e) ||
                       (cp >= 0x2066 && cp <= 0x2069));
    return bidi ? 3 : 0;
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
        } else if (char32_t cp = 0; const std::size_t n = bidi_control_length(text, i, cp)) {
            out.append(fmt::format("\\u{:04x}", static_cast<std::uint32_t>(cp)));
            i += n - 1;
        } else if (c == '\\' && !keep_line_breaks) {
            out.append("\\\\");
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    return out;
}

namespace {

// The characters that start something in GitHub-flavoured Markdown inline
// text: escapes, code, emphasis, links and images, HTML and entities, table
// cells, strikethrough, mentions and e-mail autolinks, and the ':' and '.'
// of URL and www. autolinks. '-' and '+' mean something only at the start
// of a line, where data never stands (a newline is shown as \u000a); left
// as they are, a personnummer stays whole for the output's redaction.
bool starts_markdown(char c) {
    static constexpr std::string_view special = "\\`*_[]()#!<>&|~@:.";
    return special.find(c) != std::string_view::npos;
}

} // namespace

std::string markdown_escape(std::string_view text) {
    const std::string visible = terminal_escape(text);
    std::string out;
    out.reserve(visible.size() * 2);
    for (const char c : visible) {
        if (starts_markdown(c))
            out += '\\';
        out += c;
    }
    return out;
}

std::string markdown_code(std::string_view text) {
    std::string content;
    std::size_t run = 0, longest = 0;
    for (const char c : terminal_escape(text)) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
        if (c == '|')
            content += '\\';
        content += c;
    }
    if (content.empty())
        return {};
    const std::string fence(longest + 1, '`');
    // A space inside the fence when the content touches a backtick or is
    // blank; CommonMark strips one on each side.
    const bool pad = !content.empty() && (content.front() == '`' || content.back() == '`' ||
                                          content.front() == ' ' || content.back() == ' ');
    return pad ? fence + " " + content + " " + fence : fence + content + fence;
}

std::string html_escape(std::string_view text) {
    static constexpr std::pair<char, std::string_view> entities[] = {
        {'&', "&amp;"}, {'<', "&lt;"}, {'>', "&gt;"}, {'"', "&quot;"}, {'\'', "&#39;"}};
    // Control characters from data are shown, not passed on: HTML forbids
    // them and a browser or a PDF renderer would drop or act on them.
    const std::string visible = terminal_escape(text, true);
    std::string out;
    out.reserve(visible.size());
    for (const char c : visible) {
        const auto* e = std::find_if(std::begin(entities), std::end(entities),
                                     [c](const auto& entity) { return entity.first == c; });
        if (e != std::end(entities))
            out += e->second;
        else
            out += c;
    }
    return out;
}

namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

// The length of the UTF-8 sequence at `at` and its code point, or 0 when the
// bytes there are not UTF-8 (overlong, truncated, beyond U+10FFFF).
std::size_t utf8_at(std::string_view text, std::size_t at, char32_t& cp) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char b = byte(at);
    std::size_t length = b < 0x80           ? 1
                         : (b >> 5) == 0x6  ? 2
                         : (b >> 4) == 0xe  ? 3
                         : (b >> 3) == 0x1e ? 4
                                            : 0;
    if (length == 0 || at + length > text.size())
        return 0;
    cp = length == 1 ? b : b & (0x7f >> length);
    for (std::size_t i = 1; i < length; ++i) {
        if ((byte(at + i) & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (byte(at + i) & 0x3f);
    }
    static constexpr char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    return cp < least[length] || cp > 0x10ffff ? 0 : length;
}

bool xml_allows(char32_t cp) {
    return cp == 0x9 || cp == 0xa || cp == 0xd || (cp >= 0x20 && cp < 0x7f) ||
           (cp > 0x7f && cp < 0xd800) || (cp > 0xdfff && cp < 0xfffe) || cp > 0xffff;
}

// What a character becomes in XML text and in an attribute value (where a
// line break, a tab or a quote would not survive as itself).
struct xml_entity {
    char32_t character;
    std::string_view in_text;
    std::string_view in_attribute;
};

constexpr xml_entity xml_entities[]{
    {'&', "&amp;", "&amp;"}, {'<', "&lt;", "&lt;"}, {'>', "&gt;", "&gt;"},    {'"', "\"", "&quot;"},
    {'\'', "'", "&apos;"},   {'\n', "\n", "&#10;"}, {'\r', "&#13;", "&#13;"}, {'\t', "\t", "&#9;"},
};

const xml_entity* xml_entity_of(char32_t cp) {
    for (const auto& e : xml_entities)
        if (e.character == cp)
            return &e;
    return nullptr;
}

} // namespace

std::string xml_escape(std::string_view text, bool attribute) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t length = utf8_at(text, i, cp);
        if (length == 0 || !xml_allows(cp)) {
            out += replacement_character;
            i += length == 0 ? 1 : length;
            continue;
        }
        if (const auto* entity = xml_entity_of(cp))
            out += attribute ? entity->in_attribute : entity->in_text;
        else
            out.append(text.substr(i, length));
        i += length;
    }
    return out;
}

std::string utf8_lossless(std::string_view bytes) {
    char32_t cp = 0;
    bool valid = true;
    for (std::size_t i = 0; i < bytes.size() && valid;) {
        const std::size_t length = utf8_at(bytes, i, cp);
        valid = length != 0 && !(cp >= 0xd800 && cp <= 0xdfff);
        i += length;
    }
    if (valid)
        return std::string(bytes);
    std::string out;
    for (std::size_t i = 0; i < bytes.size();) {
        const std::size_t length = utf8_at(bytes, i, cp);
        if (length == 0 || (cp >= 0xd800 && cp <= 0xdfff)) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(bytes[i]));
            ++i;
        } else {
            out += bytes[i] == '\\' ? std::string("\\\\") : std::string(bytes.substr(i, length));
            i += length;
        }
    }
    return out;
}

std::string utf8_lossless_decode(std::string_view text) {
    const auto hex = [](char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    };
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '\\') {
            out += '\\';
            ++i;
        } else if (text[i] == '\\' && i + 3 < text.size() && text[i + 1] == 'x' &&
                   hex(text[i + 2]) >= 0 && hex(text[i + 3]) >= 0) {
            out += static_cast<char>(hex(text[i + 2]) * 16 + hex(text[i + 3]));
            i += 3;
        } else {
            out += text[i];
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
