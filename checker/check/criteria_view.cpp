#include "checker/check/criteria_view.hpp"

#include <fmt/format.h>

namespace granska::checker {

std::vector<std::string> criterion_lines(const pack_set& packs, const rule_info& rule) {
    std::vector<std::string> out;
    if (!rule.per_municipality)
        return out;
    for (const auto* pack : packs.municipal_packs_of(rule.id)) {
        std::string codes;
        for (const auto& code : pack->info.codes)
            codes += (codes.empty() ? "" : ", ") + code;
        const auto* cite = pack_set::criterion_for(rule.id, {pack});
        out.push_back(
            cite ? fmt::format("{} ({}): {}, {}: \"{}\"", pack->info.id, codes, cite->document,
                               cite->section, cite->text)
                 : fmt::format("{} ({}): {}", pack->info.id, codes, not_applicable_reason));
    }
    return out;
}

} // namespace granska::checker
