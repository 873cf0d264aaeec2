// Diagnostics for case data files, all in one shape: file, line, column,
// JSON Pointer, a Swedish message and the offending line for the caret.
// Personal identity numbers never get through: messages are redacted and
// the source line is masked digit by digit (so the caret still lines up).
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/base/system_error.hpp"
#include "checker/model/model.hpp"

#include <cstdint>
#include <string>
#include <system_error>

namespace granska::checker {

// At a byte offset of a document.
diagnostic data_diagnostic(const model::document& doc, std::uint32_t offset, std::string pointer,
                           std::string message);
// At a node (its offset and JSON Pointer).
diagnostic data_diagnostic(const model::document& doc, const model::node* at, std::string message);
// About a whole file or folder (no position).
diagnostic file_diagnostic(std::string file, std::string message);

} // namespace granska::checker
