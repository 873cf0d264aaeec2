// `granska merge`: shards of a batch (JSON results of runs over disjoint case
// sets, same as-of and packs) joined into one result, as one run would give.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/runtime/finding.hpp"

#include <optional>
#include <string>
#include <vector>

namespace granska::checker {

struct merge_result {
    std::optional<run_report> value;
    diagnostics errors;
};

merge_result merge_reports(const std::vector<std::string>& files);

} // namespace granska::checker
