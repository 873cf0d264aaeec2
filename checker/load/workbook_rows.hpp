// One sheet's grid -> its data rows as JSON objects: the header row matched
// against the layout's columns (unknown, missing and repeated headers are
// errors), merged cells and empty rows in the middle refused, each cell
// converted by its column's kind.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/load/workbook_grid.hpp"
#include "checker/load/workbook_json.hpp"
#include "checker/load/workbook_layout.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace granska::checker::workbook {

struct parsed_row {
    std::uint32_t number = 0;
    std::string owner;                 // the Plan column's id, for plan-owned sheets
    std::uint32_t owner_column = 0;    // its column, 0 when empty
    std::vector<const column*> filled; // columns with a value in this row
    json_value object;
};

struct sheet_context {
    std::string file;        // the workbook as shown to users
    std::uint32_t index = 0; // the sheet's index in layout order (cell_origin::sheet)
    bool date1904 = false;
};

// A diagnostic at a cell (column 0: the whole row; row 0: the whole sheet).
diagnostic cell_diagnostic(const std::string& file, std::string_view sheet, std::uint32_t row,
                           std::uint32_t column, std::string message);

// The rows of `g` under its header row, converted as `spec` says.
std::vector<parsed_row> parse_rows(const grid& g, const sheet& spec, const sheet_context& ctx,
                                   diagnostics& errors);

// The candidate closest to `word` if close enough to be a slip, else "".
std::string closest(std::string_view word, const std::vector<std::string_view>& candidates);

} // namespace granska::checker::workbook
