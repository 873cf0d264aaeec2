// `granska merge`: shards of a batch (JSON results of runs over disjoint case
// sets, same as-of and packs) joined into one result, as one run would give.
// Shards that share a case (the same case path in two results, or one result
// given twice) are an input error naming both, never a case counted twice.
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
