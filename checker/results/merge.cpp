#include "checker/results/merge.hpp"

#include "checker/results/read_report.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

namespace granska::checker {

namespace {

bool same_rule(const rule_info& a, const rule_info& b) {
    const auto fields = [](const rule_info& r) {
        return std::tie(r.title, r.level, r.cite.document, r.cite.section, r.cite.text, r.note,
                        r.statute, r.same_fact_as, r.pack, r.file, r.line, r.per_municipality);
    };
    return fields(a) == fields(b);
}

} // namespace

merge_result merge_reports(const std::vector<std::string>& files) {
    merge_result result;
    run_report merged;
    std::map<std::string, pack_info> packs;
    std::map<std::string, rule_info> rules;           // sorted by id, as a single run lists them
    std::map<std::string, std::string> shard_of_case; // case path -> the result it came in
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
            merged.audit = r.audit;
            first = false;
        } else if (r.as_of != merged.as_of) {
            result.errors.push_back(
                {diagnostic_severity::error, file, 0, 0, "",
                 fmt::format("resultatet gäller {} men de andra {}; bara körningar med "
                             "samma referensdatum kan slås ihop",
                             r.as_of, merged.as_of),
                 ""});
            continue;
        } else if (r.audit != merged.audit) {
            result.errors.push_back({diagnostic_severity::error, file, 0, 0, "/audit",
                                     "resultatet togs fram med en annan granskningsinställning "
                                     "(--audit) än de andra; fynden räknas då olika och kan inte "
                                     "slås ihop",
                                     ""});
            continue;
        }
        for (const auto& rule : r.rules) {
            auto [it, fresh] = rules.emplace(rule.id, rule);
            if (!fresh && !same_rule(it->second, rule))
                result.errors.push_back({diagnostic_severity::error, file, 0, 0, "/rules",
                                         fmt::format("regeln {} beskrivs inte som i de andra "
                                                     "resultaten: körningarna använde olika regler",
                                                     rule.id),
                                         ""});
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
        // A case in two shards would be counted twice: refused, never
        // silently kept once, as the two may not even agree.
        for (std::size_t i = 0; i < r.cases.size(); ++i) {
            const auto [it, fresh] = shard_of_case.emplace(r.cases[i].path, file);
            if (!fresh)
                result.errors.push_back(
                    {diagnostic_severity::error, file, 0, 0, fmt::format("/cases/{}", i),
                     fmt::format("fallet {} finns också i {}; ett fall får ingå i bara en av "
                                 "delkörningarna, annars räknas det två gånger",
                                 r.cases[i].path, it->second),
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
    for (auto& [id, rule] : rules)
        merged.rules.push_back(std::move(rule));
    if (!has_errors(result.errors))
        result.value = std::move(merged);
    return result;
}

} // namespace granska::checker
