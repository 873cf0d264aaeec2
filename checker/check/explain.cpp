#include "checker/check/explain.hpp"

#include <memory_resource>

namespace granska::checker {

const compiled_rule* find_compiled_rule(const pack_set& packs, std::string_view id) {
    for (const auto& p : packs.packs)
        for (const auto& compiled : p->rules)
            if (compiled->info.id == id)
                return compiled.get();
    return nullptr;
}

rule_explanation explain_rule(const pack_set& packs, const compiled_rule& rule,
                              const model::case_data& data, calendar::date as_of) {
    rule_explanation result;
    std::vector<finding> findings;
    std::pmr::monotonic_buffer_resource arena;
    eval_context ctx(data, as_of, &arena, &findings);
    ctx.explain = &result.checks;
    if (rule.info.per_municipality) {
        ctx.cite =
            pack_set::criterion_for(rule.info.id, packs.for_municipality(data.municipality_code));
        if (ctx.cite == nullptr) {
            result.applicable = false;
            return result;
        }
    }
    evaluate_rule(rule, ctx);
    result.findings = findings.size();
    return result;
}

} // namespace granska::checker
