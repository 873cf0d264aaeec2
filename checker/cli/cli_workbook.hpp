// The workbook subcommands: `granska template` (an empty workbook, or one
// filled from a case) and `granska convert` (a workbook -> granska/1 files).
#pragma once

#include <CLI/CLI.hpp>

#include <string>

namespace granska::checker {

struct workbook_commands {
    CLI::App* template_cmd = nullptr;
    std::string template_output;
    std::string template_from;  // a case, or empty for an empty workbook
    std::string template_as_of; // the workbook's created date; empty: 1980-01-01

    CLI::App* convert_cmd = nullptr;
    std::string convert_input;
    std::string convert_to = "json";
    std::string convert_dir;
};

// Adds both subcommands to `app`, their options bound to `state`.
void add_workbook_commands(CLI::App& app, workbook_commands& state);

// Runs the one that was parsed; -1 when neither was.
int run_workbook_command(const workbook_commands& state);

} // namespace granska::checker
