// The workbook subcommands: `granska template` (an empty workbook, or one
// filled from a case) and `granska convert` (a workbook -> granska/1 files).
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace granska::checker {

struct workbook_commands {
    std::string template_output;
    std::string template_from;  // a case, or empty for an empty workbook
    std::string template_as_of; // the workbook's created date; empty: 1980-01-01

    std::string convert_input;
    std::string convert_to = "json";
    std::string convert_dir;
};

// Each subcommand's arguments and options, bound to `state`.
void set_up_template(CLI::App& cmd, workbook_commands& state);
void set_up_convert(CLI::App& cmd, workbook_commands& state);

// 0 when the files were written, 2 when refused or on an error.
int run_template(const workbook_commands& o);
int run_convert(const workbook_commands& o);

} // namespace granska::checker
