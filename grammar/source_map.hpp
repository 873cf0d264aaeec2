// Byte offsets to 1-based line:column, and line texts, for one source text.
// Built once per pack; the parser's diagnostics and parsed_pack::where() share it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace granska::parser {

struct line_column {
    std::uint32_t line = 0;   // 1-based
    std::uint32_t column = 0; // 1-based, in bytes
};

class source_map {
public:
    explicit source_map(std::string_view text);

    // Position of byte `offset` (offset == size() is the end of the text).
    line_column position(std::size_t offset) const;
    // Line n (1-based) without its line break ("\n" or "\r\n"); empty if out of range.
    std::string line_text(std::uint32_t line) const;
    std::size_t line_count() const { return starts_.size(); }

private:
    std::string_view text_;
    std::vector<std::size_t> starts_; // offset of each line's first byte
};

} // namespace granska::parser
