// Reading a JSON result (the --format json output) back into a run_report:
// for `granska merge`, `granska verify` and comparisons with earlier runs.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/runtime/finding.hpp"

#include <optional>
#include <string>

namespace granska::checker {

struct read_report_result {
    std::optional<run_report> value;
    diagnostics errors;
};

read_report_result read_report(const std::string& path);

} // namespace granska::checker
