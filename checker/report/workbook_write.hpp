// Writing workbooks with libxlsxwriter: the empty template (`granska
// template`) and a case laid out in it (`granska template --from CASE`), by
// workbook_layout's table: header rows, drop-down lists, date cells, frozen
// headers and a Swedish instruction sheet. A case field the layout has no
// column for is an error, never silently left out.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/model/model.hpp"

#include <string>

namespace granska::checker::workbook {

struct write_result {
    diagnostics errors; // empty on success
};

// The file is written to a temporary beside `path` and renamed over it.
write_result write_template(const std::string& path);
write_result write_case(const model::case_data& data, const std::string& path);

} // namespace granska::checker::workbook
