// The instruction sheet of a written workbook, in Swedish, made from
// workbook_layout's table: what each sheet holds and how to fill each column.
#pragma once

#include <xlsxwriter.h>

namespace granska::checker::workbook {

// Adds the sheet "Instruktioner" (first in the workbook; the reader skips it).
void write_instructions(lxw_workbook* wb, lxw_format* heading, lxw_format* wrap);

} // namespace granska::checker::workbook
