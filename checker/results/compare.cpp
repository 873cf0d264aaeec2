#include "checker/results/compare.hpp"

#include "checker/results/read_report.hpp"

#include <fmt/format.h>

#include <map>

namespace granska::checker {

namespace {

// The previous case that stands for current case `c`: the same path first (a
// re-run of the same command), else the same municipality code (the folder
// moved). Each previous case is used once.
const case_report* counterpart(const run_report& previous, const case_report& c,
                               std::vector<bool>& used) {
    for (const bool by_path : {true, false})
        for (std::size_t i = 0; i < previous.cases.size(); ++i) {
            const auto& p = previous.cases[i];
            if (used[i])
                continue;
            const bool same = by_path ? p.path == c.path
                                      : !c.municipality_code.empty() &&
                                            p.municipality_code == c.municipality_code;
            if (same) {
                used[i] = true;
                return &p;
            }
        }
    return nullptr;
}

// Pairs current findings with previous ones of one case. Returns the marks
// and which previous findings found a partner.
std::vector<change> pair_findings(const case_report& before, const case_report& now,
                                  std::vector<bool>& matched) {
    std::vector<change> marks(now.findings.size(), change::added);
    matched.assign(before.findings.size(), false);
    std::multimap<std::string, std::size_t> open; // fingerprint -> previous index
    for (std::size_t i = 0; i < before.findings.size(); ++i)
        if (!before.findings[i].fingerprint.empty())
            open.emplace(before.findings[i].fingerprint, i);
    // Two passes so that, when a rule reports the same subject twice, the
    // finding whose text did not change keeps its partner.
    for (const bool same_message : {true, false})
        for (std::size_t j = 0; j < now.findings.size(); ++j) {
            if (marks[j] == change::unchanged)
                continue;
            const auto& f = now.findings[j];
            auto [from, to] = open.equal_range(f.fingerprint);
            for (auto it = from; it != to; ++it) {
                if (same_message && before.findings[it->second].message != f.message)
                    continue;
                marks[j] = change::unchanged;
                matched[it->second] = true;
                open.erase(it);
                break;
            }
        }
    return marks;
}

} // namespace

change comparison::mark(std::size_t case_index, std::size_t finding_index) const {
    if (case_index < marks.size() && finding_index < marks[case_index].size())
        return marks[case_index][finding_index];
    return change::added;
}

bool comparison::compared(std::size_t case_index) const {
    for (const auto i : not_compared)
        if (i == case_index)
            return false;
    return true;
}

comparison compare_reports(const run_report& previous, const run_report& current) {
    comparison out;
    out.previous_as_of = previous.as_of;
    std::vector<bool> used(previous.cases.size(), false);
    for (std::size_t i = 0; i < current.cases.size(); ++i) {
        const auto& now = current.cases[i];
        const case_report* before = counterpart(previous, now, used);
        if (!before || !now.loaded) {
            // Not checked last time: everything is new to the board. Not
            // loaded now: no rule ran, so nothing can be called resolved.
            out.marks.emplace_back(now.findings.size(), change::added);
            out.not_compared.push_back(i);
            out.added += now.findings.size();
            continue;
        }
        std::vector<bool> matched;
        out.marks.push_back(pair_findings(*before, now, matched));
        for (const auto m : out.marks.back())
            ++(m == change::unchanged ? out.unchanged : out.added);
        for (std::size_t k = 0; k < before->findings.size(); ++k)
            if (!matched[k] && !before->findings[k].fingerprint.empty())
                out.resolved.push_back({i, before->findings[k]});
    }
    return out;
}

comparison_result load_comparison(const std::string& previous_json_path,
                                  const run_report& current) {
    comparison_result result;
    auto previous = read_report(previous_json_path);
    result.errors = std::move(previous.errors);
    if (!previous.value)
        return result;
    std::size_t without = 0;
    for (const auto& c : previous.value->cases)
        for (const auto& f : c.findings)
            without += f.fingerprint.empty();
    if (without > 0)
        result.errors.push_back({diagnostic_severity::warning, previous_json_path, 0, 0, "",
                                 fmt::format("{} fynd i den tidigare körningen saknar fingerprint "
                                             "och kan inte jämföras; de visas inte "
                                             "som åtgärdade",
                                             without),
                                 ""});
    result.value = compare_reports(*previous.value, current);
    result.value->previous_file = previous_json_path;
    return result;
}

const char* swedish(change c) {
    constexpr const char* words[] = {"Ny", "Oförändrad"}; // in the enumerators' order
    return words[static_cast<std::size_t>(c)];
}

} // namespace granska::checker
