// Writing workbooks with libxlsxwriter: the empty template (`granska
// template`) and a case laid out in it (`granska template --from CASE`), by
// workbook_layout's table: header rows, drop-down lists, date cells, frozen
// headers and a Swedish instruction sheet. A case field the layout has no
// column for is an error, never silently left out.
#pragma once

#include "checker/base/calendar.hpp"
#include "checker/base/diagnostic.hpp"
#include "checker/model/model.hpp"

#include <string>

namespace granska::checker::workbook {

struct write_result {
    diagnostics errors; // empty on success
};

// The workbook's created and modified time (docProps/core.xml) is `stamp` at
// 00:00 UTC, never the clock: the same input gives the same bytes. The
// default, 1980-01-01, is also the time libxlsxwriter gives every zip entry
// and the earliest a zip entry can carry; an earlier stamp is an error.
inline const calendar::date default_stamp = *calendar::make_date(1980, 1, 1);

// The file is written to a temporary beside `path` and renamed over it.
write_result write_template(const std::string& path, calendar::date stamp = default_stamp);
write_result write_case(const model::case_data& data, const std::string& path,
                        calendar::date stamp = default_stamp);

} // namespace granska::checker::workbook
