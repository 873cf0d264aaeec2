// One cell -> one JSON value, as its column's kind says: spreadsheet dates
// and ISO text dates, numbers stored as text, ja/nej, lists one per line,
// Swedish drop-down labels -> the format's values. A value that cannot be
// meant as the column says is an error, never a guess.
#pragma once

#include "checker/load/workbook_grid.hpp"
#include "checker/load/workbook_json.hpp"
#include "checker/load/workbook_layout.hpp"

#include <optional>
#include <string>

namespace granska::checker::workbook {

struct converted_cell {
    std::optional<json_value> value; // empty when the cell is wrong
    std::string error;               // Swedish, names the column's expectation
};

converted_cell convert_cell(const cell& c, const column& col, bool date1904, model::cell_origin at);

// The cell's content as the text a person sees (numbers in their shortest form).
std::string display_text(const cell& c);

// Serial day number of a spreadsheet date -> ISO date text, or empty when
// the number is no whole day in 1900-9999.
std::string serial_to_iso(double serial, bool date1904);

} // namespace granska::checker::workbook
