// The one table of output formats (reporters.cpp): --format's list, how each
// format is rendered, and how its bytes are written all come from it, so a
// format is added in one place.
#pragma once

#include "checker/report/formats.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace granska::checker {

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
