// The HTML report's chart: findings per row (a body, or a municipality) and
// severity, drawn by granska as inline SVG so the report needs no script and
// no network. Severity is told by text and pattern as well as colour, and the
// same numbers follow in a data table (the chart's text alternative).
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "checker/base/escape.hpp" // html_escape, used with the chart
#include <vector>

namespace granska::checker {

// "2 fel, 1 varning, 3 information"; "inga fynd" when all are zero.
// counts: error, warning, info.
std::string count_phrase(const std::array<std::size_t, 3>& counts);

struct chart_row {
    std::string label;                   // e.g. "Socialnämnden"
    std::array<std::size_t, 3> counts{}; // error, warning, info
};

struct bar_chart {
    std::string id;         // unique in the page; prefixes the SVG's internal ids
    std::string title;      // the SVG <title> and the figure caption
    std::string row_header; // the data table's first column: "Organ", "Kommun"
    std::vector<chart_row> rows;
};

// A <figure>: caption, the SVG (role="img", <title>, <desc>) with one
// stacked horizontal bar per row, and the data table with the same numbers.
// Deterministic: the same chart gives the same bytes.
std::string render_chart(const bar_chart& chart);

} // namespace granska::checker
