// The sub-commands behind the command line (cli.cpp parses, these run).
// Each returns the exit status the README gives for it.
#pragma once

#include "checker/check/rule_tests.hpp"
#include "checker/check/run.hpp"
#include "checker/cli/cli_common.hpp"
#include "checker/results/compare.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace granska::checker {

struct check_options {
    std::vector<std::string> cases;
    std::string as_of;
    std::string format = "text";
    std::string output;
    std::string fail_on = "error";
    unsigned jobs = 0;
    std::uint64_t max_file_size = 256ull * 1024 * 1024;
    std::string baseline;
    std::string waivers;
    std::string compare;
    bool audit = false;
    bool common_only = false;
    std::string write_baseline; // `granska baseline write FILE`
};

// check, and baseline write (when o.write_baseline is set).
int run_check_command(const common_options& common, const check_options& o,
                      const std::vector<std::string>& argv);
// What goes with a report besides its format.
struct report_echo {
    const comparison* compare = nullptr; // --compare: new, unchanged, resolved
    // The run's input errors also on stderr (unless the format is text,
    // which shows them itself), so a pipeline log has them whatever the
    // format. `merge` has printed its own problems already and leaves this off.
    bool input_errors = true;
};

// Writes a report in the format called `format_name` (report/formats.hpp) to
// standard output or `output`; 2 (with a message) when it cannot (an unknown
// format, a binary format to a terminal, no Chromium, an output that cannot
// be written).
int write_report(const run_report& report, const std::string& format_name,
                 const std::string& output, const report_echo& echo = {});
int run_rules_command(const common_options& common);
int run_explain_command(const common_options& common, const std::string& id,
                        const std::string& case_path, const std::string& as_of);
int run_test_command(const common_options& common, rule_test_options options);
// trace's formats (text, json, html), for the command line's check of --format.
std::vector<std::string> trace_format_names();
int run_trace_command(const common_options& common, const std::string& dir,
                      const std::string& format, const std::string& output);
int run_merge_command(const std::vector<std::string>& files, const std::string& format,
                      const std::string& output, const std::vector<std::string>& argv);
// granska fmt: 0 nothing to change (or all written), 1 with --check when a
// pack differs from its formatted text, 2 on errors (unreadable, unparsable).
int run_fmt_command(const std::vector<std::string>& paths, bool check_only);
// granska lint: 0 no remarks, 1 remarks, 2 errors (packs or tests that do not load).
int run_lint_command(const common_options& common);
// granska new municipality: 0 when the pack was written, 2 when refused
// (nothing is written then).
int run_new_municipality_command(const std::string& code, const std::string& name,
                                 const std::string& rules_dir);

} // namespace granska::checker
