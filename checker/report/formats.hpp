// Output formats: each turns the same run_report into one text. One function
// per format, each in its own format_<name>.cpp, and one table of them all
// (reporters(), in reporters.cpp) that the command line takes its list from.
#pragma once

#include "checker/runtime/finding.hpp"

#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

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

// A format's output, or why there is none (Swedish; a PDF without Chromium).
struct rendered {
    std::string bytes;
    std::string error;
};

// One output format as the command line offers it: --format <name>.
struct reporter {
    std::string_view name;
    std::string_view extension; // a file's usual ending, for messages ("rapport.pdf")
    rendered (*render)(const run_report& report, const format_options& options);
    // Set for a format written in pieces as it is produced (the JSON result,
    // which is never whole in memory); render gives the same bytes.
    void (*stream)(const run_report& report, const format_options& options,
                   const output_sink& sink) = nullptr;
    // Bytes for a program, not text: never written to a terminal, and not
    // redacted on the way out (the PDF is printed from an HTML report that
    // is redacted before it is printed).
    bool binary = false;
};

// Every format, each once, in the order `--help` lists them.
std::span<const reporter> reporters();
// The format called `name`; nullptr if there is none.
const reporter* find_reporter(std::string_view name);
// The formats' names, for the command line's check of --format.
std::vector<std::string> reporter_names();

} // namespace granska::checker
