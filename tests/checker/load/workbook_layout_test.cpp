// The workbook layout table against its documentation, and the small
// conversions the reader rests on: spreadsheet serial dates, cell names,
// header suggestions.
#include "checker/load/workbook_cells.hpp"
#include "checker/load/workbook_layout.hpp"
#include "checker/load/workbook_rows.hpp"
#include "checker/model/model.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace granska::checker::workbook;

TEST_CASE("docs/workbook.md lists every sheet and column of the layout", "[workbook]") {
    std::ifstream in(std::string(GRANSKA_SOURCE_DIR) + "/docs/workbook.md");
    std::stringstream doc;
    doc << in.rdbuf();
    const std::string text = doc.str();
    for (const auto& s : sheets()) {
        INFO(s.name);
        CHECK(text.find("### " + std::string(s.name) + "\n") != std::string::npos);
        // Each sheet's table follows its heading; every column has its row there.
        const auto from = text.find("### " + std::string(s.name) + "\n");
        const auto to = text.find("### ", from + 4);
        const std::string table = text.substr(from, to == std::string::npos ? to : to - from);
        for (const auto& c : s.columns) {
            INFO(c.header);
            CHECK(table.find("| " + std::string(c.header) + " | `" + std::string(c.field) +
                             "` |") != std::string::npos);
        }
    }
}

TEST_CASE("spreadsheet serial days become ISO dates in both date systems", "[workbook]") {
    CHECK(serial_to_iso(1, false) == "1900-01-01");
    CHECK(serial_to_iso(59, false) == "1900-02-28");
    CHECK(serial_to_iso(60, false).empty()); // Lotus's 29 February 1900
    CHECK(serial_to_iso(61, false) == "1900-03-01");
    CHECK(serial_to_iso(46112, false) == "2026-03-31");
    CHECK(serial_to_iso(44650, true) == "2026-03-31");
    CHECK(serial_to_iso(46112.5, false).empty()); // a time of day is no date
    CHECK(serial_to_iso(-3, false).empty());
}

TEST_CASE("cells, rows and columns are named as spreadsheets name them", "[workbook]") {
    CHECK(granska::model::cell_name(14, 6) == "F14");
    CHECK(granska::model::cell_name(2, 27) == "AA2");
    CHECK(granska::model::cell_name(3, 0) == "3:3");
    CHECK(granska::model::cell_name(0, 0).empty());
    CHECK(column_number("AA") == 27);
    CHECK(column_number("F") == 6);
}

TEST_CASE("an unknown header gets the closest known one only when it is a slip", "[workbook]") {
    const std::vector<std::string_view> known{"Tidsgräns", "Startdatum", "Status"};
    CHECK(closest("Tidsgrans", known) == "Tidsgräns");
    CHECK(closest("status", known) == "Status");
    CHECK(closest("Budget för året", known).empty());
}
