#include "grammar/source_map.hpp"

#include <algorithm>

namespace granska::parser {

source_map::source_map(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n')
            starts_.push_back(i + 1);
}

line_column source_map::position(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    // The last line start that is <= offset.
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset) - 1;
    return {static_cast<std::uint32_t>(it - starts_.begin() + 1),
            static_cast<std::uint32_t>(offset - *it + 1)};
}

std::string source_map::line_text(std::uint32_t line) const {
    if (line == 0 || line > starts_.size())
        return {};
    const std::size_t begin = starts_[line - 1];
    std::size_t end = line < starts_.size() ? starts_[line] - 1 : text_.size();
    if (end > begin && text_[end - 1] == '\r')
        --end;
    return std::string(text_.substr(begin, end - begin));
}

} // namespace granska::parser
