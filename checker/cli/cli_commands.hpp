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
// Renders a report in a format; false (with a message on stderr) when it
// cannot (an unknown format, a PDF to a terminal, no Chromium).
bool render(const run_report& report, const std::string& format, const std::string& output,
            std::string& text, const comparison* compare = nullptr);
int run_rules_command(const common_options& common);
int run_explain_command(const common_options& common, const std::string& id,
                        const std::string& case_path, const std::string& as_of);
int run_test_command(const common_options& common, rule_test_options options);
int run_trace_command(const common_options& common, const std::string& dir,
                      const std::string& format, const std::string& output);
int run_merge_command(const std::vector<std::string>& files, const std::string& format,
                      const std::string& output, const std::vector<std::string>& argv);

} // namespace granska::checker
