// `granska check` and `granska baseline write`: the packs on the cases, then
// baselines and waivers, then the report in the format asked for.
#include "checker/cli/cli_commands.hpp"

#include "checker/base/redact.hpp"
#include "checker/check/run.hpp"
#include "checker/report/pdf.hpp"
#include "checker/results/baseline.hpp"
#include "checker/results/compare.hpp"
#include "checker/results/waivers.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <thread>
#include <unistd.h>

namespace granska::checker {

// Renders a report in a format; false (with a message) if the format is unknown.
bool render(const run_report& report, const std::string& format, const std::string& output,
            std::string& text, const comparison* compare) {
    format_options fo;
    fo.compare = compare;
    fo.working_dir = std::filesystem::current_path().string();
    fo.color =
        output.empty() && format == "text" && ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
    if (format == "text")
        text = format_text(report, fo);
    else if (format == "json")
        text = format_json(report, fo);
    else if (format == "sarif")
        text = format_sarif(report, fo);
    else if (format == "junit")
        text = format_junit(report, fo);
    else if (format == "github")
        text = format_github(report, fo);
    else if (format == "gitlab")
        text = format_gitlab(report, fo);
    else if (format == "markdown")
        text = format_markdown(report, fo);
    else if (format == "html")
        text = format_html(report, fo);
    else if (format == "pdf") {
        if (output.empty() && ::isatty(STDOUT_FILENO)) {
            std::cerr
                << "granska: fel: --format pdf skriver en binärfil; ange --output rapport.pdf\n";
            return false;
        }
        // The HTML report printed by headless Chromium: the meeting papers.
        auto pdf = html_to_pdf(redact_personal_numbers(format_html(report, fo)));
        if (!pdf.error.empty()) {
            std::cerr << "granska: fel: " << pdf.error << "\n";
            return false;
        }
        text = std::move(pdf.pdf);
    } else {
        std::cerr << "granska: fel: formatet " << format << " finns inte i den här versionen\n";
        return false;
    }
    return true;
}

int run_check_command(const common_options& common, const check_options& o,
                      const std::vector<std::string>& argv) {
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
    severity fail_level = severity::error;
    const bool never = o.fail_on == "never";
    if (!never)
        fail_level = o.fail_on == "warning" ? severity::warning
                     : o.fail_on == "info"  ? severity::info
                                            : severity::error;

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
    // Input errors also go to stderr, whatever the format, so a pipeline log shows them.
    int status = 0;
    if (o.format == "json") {
        // The big machine-readable result goes out in pieces as it is written.
        print_diagnostics(report.errors);
        status =
            emit_stream(o.output, [&](const output_sink& sink) { write_json(report, {}, sink); });
    } else {
        std::string text;
        if (!render(report, o.format, o.output, text, compared ? &*compared : nullptr))
            return 2;
        if (o.format != "text")
            print_diagnostics(report.errors);
        status = emit(text, o.output, o.format == "pdf");
    }
    return status != 0 ? status : exit_status(report, never ? nullptr : &fail_level);
}

} // namespace granska::checker
