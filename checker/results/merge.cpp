#include "checker/results/merge.hpp"

#include "checker/results/read_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace granska::checker {

merge_result merge_reports(const std::vector<std::string>& files) {
    merge_result result;
    run_report merged;
    std::map<std::string, pack_info> packs;
    bool first = true;
    for (const auto& file : files) {
        auto read = read_report(file);
        result.errors.insert(result.errors.end(), read.errors.begin(), read.errors.end());
        if (!read.value)
            continue;
        auto& r = *read.value;
        if (first) {
            merged.tool_version = r.tool_version;
            merged.as_of = r.as_of;
            merged.rules = r.rules;
            first = false;
        } else if (r.as_of != merged.as_of) {
            result.errors.push_back(
                {diagnostic_severity::error, file, 0, 0, "",
                 fmt::format("resultatet gäller {} men de andra {}; bara körningar med "
                             "samma referensdatum kan slås ihop",
                             r.as_of, merged.as_of),
                 ""});
            continue;
        }
        for (const auto& p : r.packs) {
            auto [it, fresh] = packs.emplace(p.id, p);
            if (!fresh && it->second.sha256 != p.sha256)
                result.errors.push_back(
                    {diagnostic_severity::error, file, 0, 0, "",
                     fmt::format("regelpaketet {} har en annan sha256 än i de andra "
                                 "resultaten: körningarna använde olika regler",
                                 p.id),
                     ""});
        }
        for (auto& c : r.cases)
            merged.cases.push_back(std::move(c));
        merged.errors.insert(merged.errors.end(), r.errors.begin(), r.errors.end());
        merged.inputs.insert(merged.inputs.end(), r.inputs.begin(), r.inputs.end());
        merged.waiver_problems.insert(merged.waiver_problems.end(), r.waiver_problems.begin(),
                                      r.waiver_problems.end());
    }
    for (auto& [id, p] : packs)
        merged.packs.push_back(p);
    if (!has_errors(result.errors))
        result.value = std::move(merged);
    return result;
}

} // namespace granska::checker
