// The sheets of an .xlsx workbook as grids of cell values, read from the
// package's XML parts with pugixml: the workbook's sheet list, shared strings
// (plain and rich text), inline strings, numbers, booleans, error values and
// the cached values of formula cells; merged ranges are listed.
#pragma once

#include "checker/load/workbook_archive.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace granska::checker::workbook {

struct cell {
    enum class type : std::uint8_t {
        empty,
        text,
        number,
        boolean,
        error,                // "#N/A" in `text`
        formula_without_value // a formula whose result was never saved
    };
    type kind = type::empty;
    std::uint32_t column = 0; // 1-based
    std::string text;         // text, error value; a boolean as "1"/"0"
    double number = 0;
};

struct row {
    std::uint32_t number = 0; // 1-based
    std::vector<cell> cells;  // in column order, empty cells left out
};

struct merged_range {
    std::string ref;       // "A2:C2"
    std::uint32_t row = 0; // its top-left cell
    std::uint32_t column = 0;
};

struct grid {
    std::string name;
    std::vector<row> rows; // in row order, rows without any value left out
    std::vector<merged_range> merged;
};

struct workbook_grids {
    std::vector<grid> sheets; // in workbook order
    bool date1904 = false;    // dates count from 1904-01-01 (old Mac workbooks)
};

// Reads every sheet. On a damaged package, `error` holds a Swedish sentence.
workbook_grids read_grids(archive& package, std::string& error);

// Column letters -> 1-based number ("F" -> 6); 0 if not letters.
std::uint32_t column_number(std::string_view letters);

} // namespace granska::checker::workbook
