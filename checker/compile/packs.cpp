// The set of loaded packs: finding one, the packs a municipality runs, and
// what they declare. Loading them is pipeline.cpp's.
#include "checker/compile/packs.hpp"

#include <algorithm>
#include <set>

namespace granska::checker {

const compiled_pack* pack_set::find(const std::string& id) const {
    for (const auto& p : packs)
        if (p->info.id == id)
            return p.get();
    return nullptr;
}

std::vector<const compiled_pack*> pack_set::for_municipality(const std::string& code) const {
    std::vector<const compiled_pack*> out;
    std::set<std::string> seen;
    std::vector<std::string> stack;
    for (const auto& id : top_level) {
        const auto* p = find(id);
        if (p && (p->info.applies_to_all || std::find(p->info.codes.begin(), p->info.codes.end(),
                                                      code) != p->info.codes.end()))
            stack.push_back(id);
    }
    while (!stack.empty()) {
        const std::string id = stack.back();
        stack.pop_back();
        if (!seen.insert(id).second)
            continue;
        const auto* p = find(id);
        if (!p)
            continue;
        out.push_back(p);
        for (const auto& inc : p->includes)
            stack.push_back(inc);
    }
    std::sort(out.begin(), out.end(), [](const compiled_pack* a, const compiled_pack* b) {
        return a->info.id < b->info.id;
    });
    return out;
}

const citation* pack_set::criterion_for(const std::string& rule_id,
                                        const std::vector<const compiled_pack*>& applied) {
    for (const auto* p : applied)
        for (const auto& c : p->criteria)
            if (c.rule == rule_id)
                return &c.cite;
    return nullptr;
}

std::vector<const compiled_pack*> pack_set::municipal_packs_of(const std::string& rule_id) const {
    std::vector<const compiled_pack*> out;
    for (const auto& p : packs) {
        if (p->info.applies_to_all || p->info.codes.empty())
            continue;
        for (const auto* reached : for_municipality(p->info.codes.front()))
            if (std::any_of(reached->rules.begin(), reached->rules.end(),
                            [&](const auto& r) { return r->info.id == rule_id; })) {
                out.push_back(p.get());
                break;
            }
    }
    return out;
}

std::vector<std::string> pack_set::codes() const {
    std::set<std::string> out;
    for (const auto& id : top_level)
        if (const auto* p = find(id))
            out.insert(p->info.codes.begin(), p->info.codes.end());
    return {out.begin(), out.end()};
}

std::vector<rule_info> pack_set::rules() const {
    std::vector<rule_info> out;
    for (const auto& p : packs)
        for (const auto& r : p->rules)
            out.push_back(r->info);
    std::sort(out.begin(), out.end(),
              [](const rule_info& a, const rule_info& b) { return a.id < b.id; });
    return out;
}

std::vector<pack_info> pack_set::infos() const {
    std::vector<pack_info> out;
    for (const auto& p : packs)
        out.push_back(p->info);
    return out;
}

std::vector<const record_declaration*> pack_set::record_kinds() const {
    std::vector<const record_declaration*> out;
    for (const auto& p : packs)
        for (const auto& r : p->records)
            out.push_back(r.get());
    return out;
}

} // namespace granska::checker
