#include "checker/check/run.hpp"

#include "checker/base/escape.hpp"
#include "checker/load/input_diagnostic.hpp"
#include "checker/runtime/same_fact.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <memory_resource>
#include <thread>

namespace granska::checker {

case_report check_case(const model::case_data& data, const std::vector<const compiled_pack*>& packs,
                       calendar::date as_of) {
    case_report report;
    report.path = data.path;
    report.municipality_code = data.municipality_code;
    report.municipality_name = data.municipality_name;
    report.policy_title = std::string(data.policy->get_text("title"));
    report.policy_id = std::string(data.policy->get_text("id"));
    for (const auto* body : data.bodies)
        report.bodies.push_back({std::string(body->get_text("id")),
                                 std::string(body->get_text("name")),
                                 std::string(body->get_text("kind"))});
    // Values built while evaluating live here and die with the case.
    std::pmr::monotonic_buffer_resource arena(64 * 1024);
    eval_context ctx(data, as_of, &arena, &report.findings);
    for (const auto* pack : packs) {
        report.packs.push_back(pack->info.id);
        for (const auto& rule : pack->rules) {
            // A common criterion runs only where the municipality's own pack
            // binds it to a clause of its own documents; elsewhere it does not apply.
            ctx.cite = nullptr;
            if (rule->info.per_municipality) {
                ctx.cite = pack_set::criterion_for(rule->info.id, packs);
                if (ctx.cite == nullptr) {
                    report.not_applicable.push_back(
                        {rule->info.id, rule->info.title, not_applicable_reason});
                    continue;
                }
            }
            evaluate_rule(*rule, ctx);
        }
    }
    ctx.cite = nullptr;
    std::sort(report.not_applicable.begin(), report.not_applicable.end(),
              [](const auto& a, const auto& b) { return a.rule < b.rule; });
    merge_same_facts(report.findings, packs);
    sort_findings(report.findings);
    return report;
}

namespace {

struct case_outcome {
    case_report report;
    diagnostics errors;
    std::vector<input_file> inputs;
};

std::string listed(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i == 0 ? "" : i + 1 == items.size() ? " och " : ", ") + items[i];
    return out;
}

// At the code in the policy document: that is the value to correct when it is a typo.
diagnostic unchecked_case_error(const model::case_data& data, const std::string& path,
                                const std::vector<std::string>& known, bool common_applies) {
    std::string message = fmt::format(
        "fallet {} ({}) har kommunkoden \"{}\", som inget inläst regelpaket gäller; {}. ", path,
        data.municipality_name, data.municipality_code,
        common_applies ? "bara de gemensamma kraven skulle prövas" : "inga krav skulle prövas");
    message += known.empty()
                   ? "De inlästa regelpaketen nämner ingen kommunkod"
                   : (known.size() == 1 ? "De inlästa regelpaketen gäller kommunkoden "
                                        : "De inlästa regelpaketen gäller kommunkoderna ") +
                         listed(known);
    message += common_applies ? ". Läs in kommunens regelpaket med --rules, eller ange "
                                "--common-only för att pröva bara de gemensamma kraven"
                              : ". Läs in kommunens regelpaket med --rules";
    const model::node* code = data.policy->get("municipality")->get("code");
    return data_diagnostic(data.document_of(code), code, std::move(message));
}

case_outcome run_one(const pack_set& packs, const std::string& path, const run_options& options) {
    case_outcome out;
    auto loaded = load_case(path, options.load);
    out.errors = std::move(loaded.errors);
    if (!loaded.value) {
        out.report.path = utf8_lossless(path);
        out.report.loaded = false;
        spdlog::debug("{}: hoppar över fallet (indatafel)", path);
        return out;
    }
    const auto& data = *loaded.value;
    for (const auto& doc : data.documents) // a workbook's documents share its path
        if (out.inputs.empty() || out.inputs.back().path != doc->path)
            out.inputs.push_back({doc->path, doc->sha256});
    const auto applied = packs.for_municipality(data.municipality_code);
    const bool named = std::any_of(applied.begin(), applied.end(), [&](const compiled_pack* p) {
        return std::find(p->info.codes.begin(), p->info.codes.end(), data.municipality_code) !=
               p->info.codes.end();
    });
    if (!named && (!options.common_only || applied.empty())) {
        // Only the common criteria, or none, would run: reporting that as a
        // clean case would be a silent pass.
        out.errors.push_back(unchecked_case_error(data, path, packs.codes(), !applied.empty()));
        out.report.path = path;
        out.report.municipality_code = data.municipality_code;
        out.report.municipality_name = data.municipality_name;
        out.report.loaded = false;
        return out;
    }
    spdlog::debug("{}: {} dokument, {} regelpaket", path, data.documents.size(), applied.size());
    out.report = check_case(data, applied, options.as_of);
    out.report.common_only = !named;
    return out;
}

} // namespace

run_report run_check(const pack_set& packs, const run_options& options) {
    run_report report;
    report.as_of = calendar::format(options.as_of);
    report.packs = packs.infos();
    report.rules = packs.rules();

    std::vector<case_outcome> outcomes(options.cases.size());
    std::atomic<std::size_t> next{0};
    auto worker = [&] {
        for (std::size_t i = next++; i < outcomes.size(); i = next++)
            outcomes[i] = run_one(packs, options.cases[i], options);
    };
    const unsigned jobs = std::max(1u, std::min<unsigned>(options.jobs, options.cases.size()));
    if (jobs <= 1) {
        worker();
    } else {
        std::vector<std::jthread> pool;
        for (unsigned j = 0; j < jobs; ++j)
            pool.emplace_back(worker);
    }
    // Merged in the order the cases were given: output is the same for any --jobs.
    for (auto& o : outcomes) {
        report.cases.push_back(std::move(o.report));
        report.errors.insert(report.errors.end(), o.errors.begin(), o.errors.end());
        report.inputs.insert(report.inputs.end(), o.inputs.begin(), o.inputs.end());
    }
    return report;
}

int exit_status(const run_report& report, const severity* fail_on) {
    for (const auto& e : report.errors)
        if (e.severity == diagnostic_severity::error)
            return 2;
    if (fail_on == nullptr)
        return 0;
    for (const auto& c : report.cases)
        for (const auto& f : c.findings)
            if ((f.state == finding_state::active || report.audit) &&
                rank(f.level) >= rank(*fail_on))
                return 1;
    return 0;
}

} // namespace granska::checker
