// A diagnostic: something wrong with an input (a rule pack or a data file),
// with where it is. Shared by grammar/ and checker/; collected, never thrown.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace granska {

enum class diagnostic_severity { error, warning };

struct diagnostic {
    diagnostic_severity severity = diagnostic_severity::error;
    std::string file;         // as given on the command line / include
    std::uint32_t line = 0;   // 1-based; 0 when unknown
    std::uint32_t column = 0; // 1-based, in bytes; 0 when unknown
    std::string pointer;      // JSON Pointer for data files, empty for packs
    std::string message;      // Swedish, says what was expected
    std::string source_line;  // the offending line, for the caret display (may be empty)
    std::string sheet{};      // for a workbook: the sheet ("Åtgärder"), else empty
    std::string cell{};       // for a workbook: the cell ("F14") or row ("14:14"), may be empty
};

using diagnostics = std::vector<diagnostic>;

// Renders like a compiler: "file:line:column: fel: message", then the source
// line and a caret under the column when the source line is known.
// A workbook position reads "file: Åtgärder!F14: fel: message".
std::string render(const diagnostic& d);

// True if any diagnostic is an error.
bool has_errors(const diagnostics& ds);

} // namespace granska
