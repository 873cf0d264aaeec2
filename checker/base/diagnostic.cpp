#include "checker/base/diagnostic.hpp"

#include <fmt/format.h>

namespace granska {

std::string render(const diagnostic& d) {
    const char* word = d.severity == diagnostic_severity::error ? "fel" : "varning";
    std::string out = d.file;
    if (!d.sheet.empty()) {
        // The pointer is into the converted JSON: the cell is what a reader finds.
        out += ": " + d.sheet + (d.cell.empty() ? "" : "!" + d.cell);
        return out + fmt::format(": {}: {}", word, d.message);
    }
    if (d.line > 0) {
        out += fmt::format(":{}", d.line);
        if (d.column > 0)
            out += fmt::format(":{}", d.column);
    }
    out += fmt::format(": {}: ", word);
    if (!d.pointer.empty())
        out += fmt::format("{}: ", d.pointer);
    out += d.message;
    if (!d.source_line.empty() && d.column > 0) {
        out += "\n  " + d.source_line + "\n  ";
        // The caret sits under the column's byte; count UTF-8 code points so
        // it lines up on a terminal.
        std::size_t cols = 0;
        for (std::size_t i = 0; i + 1 < d.column && i < d.source_line.size(); ++i)
            if ((static_cast<unsigned char>(d.source_line[i]) & 0xC0) != 0x80)
                out += d.source_line[i] == '\t' ? '\t' : ' ', ++cols;
        out += '^';
    }
    return out;
}

bool has_errors(const diagnostics& ds) {
    for (const auto& d : ds)
        if (d.severity == diagnostic_severity::error)
            return true;
    return false;
}

} // namespace granska
