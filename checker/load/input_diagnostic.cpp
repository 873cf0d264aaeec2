#include "checker/load/input_diagnostic.hpp"

#include "checker/base/escape.hpp"

#include "checker/base/personal_number.hpp"
#include "checker/base/redact.hpp"
#include "checker/load/json_reader.hpp"

#include <cerrno>

namespace granska::checker {

namespace {

// Longer lines (minified files) would flood the terminal; the position is enough.
constexpr std::size_t max_source_line = 300;

std::string source_line(const std::string& bytes, std::uint32_t offset) {
    if (offset > bytes.size())
        return {};
    std::size_t begin = 0;
    if (offset > 0)
        if (const auto newline = bytes.rfind('\n', offset - 1); newline != std::string::npos)
            begin = newline + 1;
    std::size_t end = bytes.find('\n', offset);
    if (end == std::string::npos)
        end = bytes.size();
    if (end > begin && bytes[end - 1] == '\r')
        --end;
    std::string line = bytes.substr(begin, end - begin);
    // Output formats (JSON, SARIF) need valid UTF-8; a broken line is left out.
    if (line.size() > max_source_line || !is_valid_utf8(line))
        return {};
    for (const auto& [from, to] : find_personal_numbers(line))
        for (std::size_t i = from; i < to; ++i)
            if (is_ascii_digit(line[i]))
                line[i] = '*';
    return line;
}

} // namespace

diagnostic data_diagnostic(const model::document& doc, std::uint32_t offset, std::string pointer,
                           std::string message) {
    diagnostic d;
    d.file = doc.path;
    d.line = doc.line_of(offset);
    d.column = doc.column_of(offset);
    d.pointer = redact_personal_numbers(pointer);
    d.message = redact_personal_numbers(message);
    if (const model::cell_origin* cell = doc.cell_at(offset)) {
        // Converted from a workbook: the JSON text is ours, the cell is theirs.
        d.sheet = doc.sheets[cell->sheet];
        d.cell = model::cell_name(cell->row, cell->column);
        return d;
    }
    d.source_line = source_line(doc.bytes, offset);
    return d;
}

diagnostic data_diagnostic(const model::document& doc, const model::node* at, std::string message) {
    return data_diagnostic(doc, at->offset, model::pointer_of(at), std::move(message));
}

diagnostic file_diagnostic(std::string file, std::string message) {
    diagnostic d;
    d.file = utf8_lossless(file);
    d.message = redact_personal_numbers(message);
    return d;
}

} // namespace granska::checker
