// Output formats: each turns the same run_report into one text. One function
// per format, each in its own format_<name>.cpp.
#pragma once

#include "checker/runtime/finding.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace granska::checker {

struct comparison; // checker/results/compare.hpp: findings against a previous run (--compare)

struct format_options {
    bool color = false;      // ANSI colour (text only): on a terminal and NO_COLOR unset
    std::string working_dir; // absolute; paths in SARIF/GitLab/GitHub are made relative to it
    const comparison* compare = nullptr; // set with --compare: marks new/unchanged/resolved
};

std::string format_text(const run_report& report, const format_options& options);
std::string format_json(const run_report& report, const format_options& options);

// Receives a format's text in pieces, in order.
using output_sink = std::function<void(std::string_view)>;
// The JSON result in pieces of about a megabyte (never whole in memory);
// the same bytes as format_json.
void write_json(const run_report& report, const format_options& options, const output_sink& sink);
std::string format_sarif(const run_report& report, const format_options& options);
std::string format_junit(const run_report& report, const format_options& options);
std::string format_github(const run_report& report, const format_options& options);
std::string format_gitlab(const run_report& report, const format_options& options);
std::string format_markdown(const run_report& report, const format_options& options);
std::string format_html(const run_report& report, const format_options& options);

} // namespace granska::checker
