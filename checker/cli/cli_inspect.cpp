// The sub-commands that show rules and their tests: rules, explain, test,
// trace; and merge, which joins shard results.
#include "checker/cli/cli_commands.hpp"
#include "checker/cli/data_dir.hpp"

#include "checker/base/escape.hpp"
#include "checker/check/criteria_view.hpp"
#include "checker/check/explain.hpp"
#include "checker/check/run.hpp"
#include "checker/check/trace.hpp"
#include "checker/compile/pack_texts.hpp"
#include "checker/compile/policy_text.hpp"
#include "checker/load/load.hpp"
#include "checker/results/merge.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

namespace granska::checker {

int run_rules_command(const common_options& common) {
    pack_set packs;
    const bool ok = load_rules_printed(common, packs);
    for (const auto& r : packs.rules()) {
        if (!r.per_municipality) {
            std::cout << fmt::format("{:<8} {:<11} {}\n         {}, {}{}\n", r.id,
                                     swedish(r.level), r.title, r.cite.document, r.cite.section,
                                     r.cite.text.empty() ? " (med hänvisning, utan citat)"
                                                         : ": \"" + r.cite.text + "\"");
            continue;
        }
        std::cout << fmt::format("{:<8} {:<11} {}\n         källa per kommun:\n", r.id,
                                 swedish(r.level), r.title);
        for (const auto& line : criterion_lines(packs, r))
            std::cout << "           " << line << "\n";
    }
    return ok ? 0 : 2;
}

namespace {

// For one case: every subject the rule looked at, and why each passed or failed.
int explain_on_case(const pack_set& packs, const compiled_rule& rule, const std::string& case_path,
                    const std::string& as_of_text) {
    const auto as_of = calendar::parse_date(as_of_text.empty() ? today() : as_of_text);
    if (!as_of) {
        std::cerr << "granska: fel: --as-of ska vara ett datum ÅÅÅÅ-MM-DD\n";
        return 2;
    }
    load_options load;
    load.record_kinds = packs.record_kinds();
    auto loaded = load_case(case_path, load);
    print_diagnostics(loaded.errors);
    if (!loaded.value)
        return 2;
    const rule_explanation explained = explain_rule(packs, rule, *loaded.value, *as_of);
    // Data shown escaped (checker/base/escape.hpp): a value cannot forge a line or
    // steer the terminal; emit() redacts identity numbers.
    const auto shown = [](std::string_view data) { return terminal_escape(data); };
    if (!explained.applicable)
        return emit(fmt::format("\n{} på {} per {}: {}\n", shown(rule.info.id), shown(case_path),
                                calendar::format(*as_of), not_applicable_reason),
                    "");
    std::string text =
        fmt::format("\n{} på {} per {}: {} prövningar, {} fynd\n", rule.info.id, shown(case_path),
                    calendar::format(*as_of), explained.checks.size(), explained.findings);
    for (const auto& c : explained.checks) {
        text += fmt::format("\n{} {} ({}:{} {}): {}\n", shown(c.about.kind), shown(c.about.id),
                            shown(c.about.file), c.about.line, shown(c.about.pointer),
                            shown(c.outcome));
        for (const auto& e : c.evidence)
            text += fmt::format("    {} = {}\n", shown(e.name), shown(e.value));
        if (!c.message.empty())
            text += fmt::format("    => {}\n", shown(c.message));
    }
    return emit(text, "");
}

} // namespace

int run_explain_command(const common_options& common, const std::string& id,
                        const std::string& case_path, const std::string& as_of) {
    pack_set packs;
    const bool ok = load_rules_printed(common, packs);
    for (const auto& r : packs.rules()) {
        if (r.id != id)
            continue;
        std::cout << fmt::format("{} — {}\n", r.id, r.title);
        std::cout << fmt::format("allvarlighetsgrad: {} ({})\n", to_string(r.level),
                                 swedish(r.level));
        std::cout << fmt::format("regelpaket: {} ({}:{})\n", r.pack, r.file, r.line);
        if (r.per_municipality) {
            std::cout << "källa per kommun:\n";
            for (const auto& line : criterion_lines(packs, r))
                std::cout << "  " << line << "\n";
        } else {
            std::cout << fmt::format("källa: {}, {}\n  \"{}\"\n", r.cite.document, r.cite.section,
                                     r.cite.text);
        }
        if (!r.note.empty())
            std::cout << fmt::format("tolkning: {}\n", r.note);
        if (!case_path.empty())
            if (const compiled_rule* compiled = find_compiled_rule(packs, id))
                return explain_on_case(packs, *compiled, case_path, as_of);
        return ok ? 0 : 2;
    }
    std::cerr << "granska: fel: ingen regel med id " << id << "\n";
    return 2;
}

int run_test_command(const common_options& common, rule_test_options options) {
    pack_set packs;
    if (!load_rules_printed(common, packs))
        return 2;
    if (options.paths.empty()) {
        std::string why;
        const std::string bundled = bundled_rules_dir(why);
        if (bundled.empty()) {
            std::cerr << "granska: fel: " << why << "\n";
            return 2;
        }
        options.paths.push_back(bundled); // each pack's tests/ lies in its folder
    }
    return run_rule_tests(packs, options, std::cout);
}

namespace {

// The trace matrix's formats, in the order --help lists them.
struct trace_format {
    std::string_view name;
    std::string (*write)(const trace_matrix& matrix);
};
constexpr trace_format trace_formats[] = {
    {"text", format_trace_text},
    {"json", format_trace_json},
    {"html", format_trace_html},
};

} // namespace

std::vector<std::string> trace_format_names() {
    std::vector<std::string> names;
    for (const auto& f : trace_formats)
        names.emplace_back(f.name);
    return names;
}

int run_trace_command(const common_options& common, const std::string& dir,
                      const std::string& format, const std::string& output) {
    if (!output_allowed(output, {dir}))
        return 2;
    pack_set packs;
    if (!load_rules_printed(common, packs))
        return 2;
    std::string why;
    const auto policy = policy_text_for_trace(dir, packs, policies_override(common), why);
    if (!policy) {
        std::cerr << "granska: fel: " << why << "\n";
        return 2;
    }
    const auto matrix = trace_policy(*policy, packs);
    const auto* writer = std::find_if(std::begin(trace_formats), std::end(trace_formats),
                                      [&](const trace_format& f) { return f.name == format; });
    if (writer == std::end(trace_formats)) {
        std::cerr << "granska: fel: formatet " << format << " finns inte i den här versionen\n";
        return 2;
    }
    if (const int status = emit(writer->write(matrix), output); status != 0)
        return status;
    return matrix.uncovered() == 0 ? 0 : 1;
}

int run_merge_command(const std::vector<std::string>& files, const std::string& format,
                      const std::string& output, const std::vector<std::string>& argv) {
    if (!output_allowed(output, files))
        return 2;
    auto merged = merge_reports(files);
    print_diagnostics(merged.errors);
    if (!merged.value)
        return 2;
    merged.value->command_line = argv;
    return write_report(*merged.value, format, output, {.input_errors = false});
}

} // namespace granska::checker
