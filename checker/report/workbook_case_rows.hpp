// A loaded case laid out as workbook rows, sheet by sheet, by
// workbook_layout's table (the inverse of workbook_read). Every member of
// every document must have a column: what has none is an error naming the
// file and JSON Pointer, so no data is lost on the way to the workbook.
#pragma once

#include "checker/base/calendar.hpp"
#include "checker/base/diagnostic.hpp"
#include "checker/model/model.hpp"

#include <optional>
#include <string>
#include <vector>

namespace granska::checker::workbook {

struct out_cell {
    std::string text;                   // what the cell shows, when not a date
    std::optional<calendar::date> date; // a real spreadsheet date
    std::optional<double> number;       // a number cell (versions)
};

// One row: the owner id (for plan-owned sheets; "" otherwise), then one cell
// per layout column in order.
struct out_row {
    std::string owner;
    std::vector<out_cell> cells;
};

// Rows per layout sheet, in layout order.
std::vector<std::vector<out_row>> case_rows(const model::case_data& data, diagnostics& errors);

} // namespace granska::checker::workbook
