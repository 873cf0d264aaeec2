// Why after evaluation, not in the rules: the two rules may sit in different
// packs (common and a municipality's own), and each must still be testable
// alone; only when both fire on one subject is the fact reported once.
#include "checker/runtime/same_fact.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace granska::checker {

namespace {

std::string described(const related_criterion& r) {
    std::string where = r.cite.document + ", " + r.cite.section;
    return fmt::format(" Samma brist strider även mot {} ”{}” ({}).", r.rule, r.title, where);
}

} // namespace

void merge_same_facts(std::vector<finding>& findings,
                      const std::vector<const compiled_pack*>& packs) {
    std::map<std::string, std::string> primary_of;
    for (const auto* pack : packs)
        for (const auto& rule : pack->rules)
            if (!rule->info.same_fact_as.empty())
                primary_of[rule->info.id] = rule->info.same_fact_as;
    if (primary_of.empty())
        return;
    std::vector<bool> folded(findings.size(), false);
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const auto it = primary_of.find(findings[i].rule);
        if (it == primary_of.end())
            continue;
        const finding& second = findings[i];
        const auto primary = std::find_if(findings.begin(), findings.end(), [&](const finding& f) {
            return f.rule == it->second && f.about.kind == second.about.kind &&
                   f.about.id == second.about.id;
        });
        if (primary == findings.end())
            continue; // the other rule holds here: this finding stands alone
        related_criterion r{second.rule, second.title, second.cite};
        primary->message += described(r);
        if (rank(second.level) > rank(primary->level))
            primary->level = second.level;
        primary->same_fact.push_back(std::move(r));
        folded[i] = true;
    }
    std::size_t kept = 0;
    for (std::size_t i = 0; i < findings.size(); ++i)
        if (!folded[i]) {
            if (kept != i)
                findings[kept] = std::move(findings[i]);
            ++kept;
        }
    findings.resize(kept);
}

} // namespace granska::checker
