#include "checker/load/json_keys.hpp"

#include "checker/base/personal_number.hpp"
#include "checker/base/redact.hpp"

#include <algorithm>
#include <string>

namespace granska::checker {

std::string shown_key(std::string_view key) {
    std::size_t cut = key.size();
    if (cut > 60) {
        cut = 60; // on a code point boundary, so the message stays UTF-8
        while (cut > 0 && (static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80)
            --cut;
    }
    std::string shown = redact_personal_numbers(key.substr(0, cut));
    if (cut < key.size())
        shown += "…";
    return shown;
}

// Nodes keep only the value's offset, so the key is found again by scanning
// back over ':' and the key string; this runs only for keys in error.
std::uint32_t key_offset(std::string_view text, const model::member& m) {
    std::size_t at = m.value.offset;
    while (at > 0 && text[at - 1] != ':')
        --at;
    std::size_t close = at > 0 ? at - 1 : 0; // the ':'; back to the closing quote
    while (close > 0 && text[close] != '"')
        --close;
    std::size_t open = close;
    while (open > 0) {
        --open;
        if (text[open] == '"') {
            std::size_t backslashes = 0;
            while (open - backslashes > 0 && text[open - backslashes - 1] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                break;
        }
    }
    return static_cast<std::uint32_t>(open);
}

namespace {

// Keys go into messages; keep them short and free of personal data.
std::string quote_key(std::string_view key) {
    return "\"" + shown_key(key) + "\"";
}

struct position {
    std::uint32_t line;
    std::uint32_t column;
};

position position_of(std::string_view text, std::uint32_t offset) {
    position p{1, 1};
    for (std::uint32_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n')
            p = {p.line + 1, 1};
        else
            ++p.column;
    }
    return p;
}

} // namespace

void find_duplicate_keys(std::string_view text, const model::node& object,
                         std::vector<std::uint32_t>& scratch, std::vector<json_error>& out) {
    const model::member* block = object.members;
    const std::uint32_t count = object.count;
    auto report = [&](std::uint32_t first, std::uint32_t second) {
        const std::uint32_t a_offset = key_offset(text, block[first]);
        const std::uint32_t b_offset = key_offset(text, block[second]);
        const position a = position_of(text, a_offset);
        const position b = position_of(text, b_offset);
        const std::string where =
            a.line == b.line
                ? "rad " + std::to_string(a.line) + " kolumn " + std::to_string(a.column) +
                      " och " + std::to_string(b.column)
                : "rad " + std::to_string(a.line) + " och rad " + std::to_string(b.line);
        out.push_back(
            {b_offset,
             "nyckeln " + quote_key(block[second].key) + " förekommer två gånger: " + where,
             &block[second].value, ""});
    };
    // Small objects (nearly all) compare pairwise; large ones sort member
    // indices by key once.
    if (count <= 16) {
        for (std::uint32_t j = 1; j < count; ++j)
            for (std::uint32_t i = 0; i < j; ++i)
                if (block[i].key == block[j].key) {
                    report(i, j);
                    break;
                }
        return;
    }
    scratch.resize(count);
    for (std::uint32_t i = 0; i < count; ++i)
        scratch[i] = i;
    std::stable_sort(scratch.begin(), scratch.end(),
                     [&](std::uint32_t x, std::uint32_t y) { return block[x].key < block[y].key; });
    for (std::uint32_t k = 1, run = 0; k < count; ++k) {
        if (block[scratch[k]].key != block[scratch[run]].key)
            run = k;
        else
            report(scratch[run], scratch[k]);
    }
}

} // namespace granska::checker
