// `granska check` and `granska baseline write`: the packs on the cases, then
// baselines and waivers, then the report in the format asked for.
#include "checker/cli/cli_commands.hpp"

#include "checker/base/escape.hpp"
#include "checker/check/run.hpp"
#include "checker/report/reporters.hpp"
#include "checker/results/baseline.hpp"
#include "checker/results/compare.hpp"
#include "checker/results/waivers.hpp"
#include "checker/runtime/severity_names.hpp"

#include <fmt/format.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>
#include <unistd.h>
#include <unordered_set>

namespace granska::checker {

namespace {

bool render(const run_report& report, const reporter& format, const std::string& output,
            std::string& text, const comparison* compare) {
    format_options fo;
    fo.compare = compare;
    fo.working_dir = std::filesystem::current_path().string();
    fo.color = output.empty() && format.name == "text" && ::isatty(STDOUT_FILENO) &&
               !std::getenv("NO_COLOR");
    if (format.binary && output.empty() && ::isatty(STDOUT_FILENO)) {
        std::cerr << fmt::format(
            "granska: fel: --format {} skriver en binärfil; ange --output rapport.{}\n",
            format.name, format.extension);
        return false;
    }
    auto out = format.render(report, fo);
    if (!out.error.empty()) {
        std::cerr << "granska: fel: " << out.error << "\n";
        return false;
    }
    text = std::move(out.bytes);
    return true;
}

// A case named twice (`policies/a policies/a/`, normalised alike) would be
// checked and counted twice, as merge refuses for shards.
bool cases_named_once(const std::vector<std::string>& cases) {
    std::unordered_set<std::string_view> seen;
    for (const auto& c : cases)
        if (!seen.insert(c).second) {
            std::cerr << "granska: fel: fallet " << terminal_escape(utf8_lossless(c))
                      << " anges två gånger; varje fall kontrolleras och räknas en gång\n"
                         "Se granska check --help.\n";
            return false;
        }
    return true;
}

} // namespace

int write_report(const run_report& report, const std::string& format_name,
                 const std::string& output, const report_echo& echo) {
    const reporter* found = find_reporter(format_name);
    if (!found) {
        std::cerr << "granska: fel: formatet " << format_name
                  << " finns inte i den här versionen\n";
        return 2;
    }
    const reporter& format = *found;
    if (format.stream) {
        // Written in pieces as it is produced (the big machine-readable result).
        if (echo.input_errors)
            print_diagnostics(report.errors);
        return emit_stream(output,
                           [&](const output_sink& sink) { format.stream(report, {}, sink); });
    }
    std::string text;
    if (!render(report, format, output, text, echo.compare))
        return 2;
    // The text format shows input errors itself; the others leave them to stderr,
    // so a pipeline log shows them whatever the format.
    if (echo.input_errors && format.name != "text")
        print_diagnostics(report.errors);
    return emit(text, output, format.binary);
}

int run_check_command(const common_options& common, const check_options& o,
                      const std::vector<std::string>& argv) {
    if (!cases_named_once(o.cases))
        return 2;
    const auto as_of = calendar::parse_date(o.as_of.empty() ? today() : o.as_of);
    if (!as_of) {
        std::cerr << "granska: fel: --as-of ska vara ett datum ÅÅÅÅ-MM-DD som finns, fick \""
                  << o.as_of << "\"\n";
        return 2;
    }
    std::vector<std::string> inputs = o.cases;
    inputs.insert(inputs.end(), {o.baseline, o.waivers, o.compare});
    if (!output_allowed(o.output, inputs) || !output_allowed(o.write_baseline, inputs))
        return 2;
    const bool never = o.fail_on == "never";
    const severity fail_level = severity_from_word(o.fail_on).value_or(severity::error);

    pack_set packs;
    diagnostics pack_errors;
    if (!load_rules(common, packs, pack_errors)) {
        print_diagnostics(pack_errors);
        std::cerr << "granska: fel: regelpaketen har fel; inget fall kontrollerades\n";
        return 2;
    }
    run_options options;
    options.cases = o.cases;
    options.as_of = *as_of;
    options.jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
    options.load.max_file_size = o.max_file_size;
    options.load.record_kinds = packs.record_kinds();
    options.common_only = o.common_only;
    run_report report = run_check(packs, options);
    report.tool_version = GRANSKA_VERSION;
    report.command_line = argv;
    report.errors.insert(report.errors.begin(), pack_errors.begin(), pack_errors.end());
    report.audit = o.audit;

    // Baselines and waivers: a file that does not parse is an input error (exit 2).
    if (!o.baseline.empty() && !o.audit) {
        auto known = load_baseline(o.baseline);
        report.errors.insert(report.errors.end(), known.errors.begin(), known.errors.end());
        if (known.value)
            apply_baseline(report, *known.value);
    }
    if (!o.waivers.empty()) {
        auto list = load_waivers(o.waivers);
        report.errors.insert(report.errors.end(), list.errors.begin(), list.errors.end());
        if (list.value)
            apply_waivers(report, *list.value, *as_of);
    }
    if (!o.write_baseline.empty()) {
        print_diagnostics(report.errors);
        if (const int status = emit(write_baseline(report), o.write_baseline); status != 0)
            return status;
        return has_errors(report.errors) ? 2 : 0;
    }

    std::optional<comparison> compared;
    if (!o.compare.empty()) {
        auto previous = load_comparison(o.compare, report);
        report.errors.insert(report.errors.end(), previous.errors.begin(), previous.errors.end());
        compared = std::move(previous.value);
    }
    const int status =
        write_report(report, o.format, o.output, {.compare = compared ? &*compared : nullptr});
    return status != 0 ? status : exit_status(report, never ? nullptr : &fail_level);
}

} // namespace granska::checker
