// Which columns of a sheet must be filled in every row: the fields the
// granska/1 schema requires of the object the row becomes. Read from the
// embedded schema, not written down a second time, so the workbook and the
// JSON format cannot disagree about what is required.
#pragma once

#include "checker/load/workbook_layout.hpp"

#include <vector>

namespace granska::checker::workbook {

// The columns of `spec` whose field the schema requires in every row (for a
// sheet shared by the policy and plans: required in both). A field one
// level down ("period/from") is required when both levels are.
std::vector<const column*> required_columns(const sheet& spec);

} // namespace granska::checker::workbook
