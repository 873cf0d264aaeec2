#include "checker/run.hpp"

#include "checker/same_fact.hpp"

#include <spdlog/spdlog.h>

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
        report.bodies.push_back({std::string(body->get_text("id")), std::string(body->get_text("name")),
                                 std::string(body->get_text("kind"))});
    // Values built while evaluating live here and die with the case.
    std::pmr::monotonic_buffer_resource arena(64 * 1024);
    eval_context ctx(data, as_of, &arena, &report.findings);
    for (const auto* pack : packs) {
        report.packs.push_back(pack->info.id);
        for (const auto& rule : pack->rules)
            evaluate_rule(*rule, ctx);
    }
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

case_outcome run_one(const pack_set& packs, const std::string& path, const run_options& options) {
    case_outcome out;
    auto loaded = load_case(path, options.load);
    out.errors = std::move(loaded.errors);
    if (!loaded.value) {
        out.report.path = path;
        out.report.loaded = false;
        spdlog::debug("{}: hoppar över fallet (indatafel)", path);
        return out;
    }
    const auto& data = *loaded.value;
    for (const auto& doc : data.documents)
        out.inputs.push_back({doc->path, doc->sha256});
    const auto applied = packs.for_municipality(data.municipality_code);
    if (applied.empty())
        out.errors.push_back({diagnostic_severity::warning, path, 0, 0, "",
                              "inget regelpaket gäller kommunkoden " + data.municipality_code, ""});
    spdlog::debug("{}: {} dokument, {} regelpaket", path, data.documents.size(), applied.size());
    out.report = check_case(data, applied, options.as_of);
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
            if ((f.state == finding_state::active || report.audit) && rank(f.level) >= rank(*fail_on))
                return 1;
    return 0;
}

} // namespace granska::checker
