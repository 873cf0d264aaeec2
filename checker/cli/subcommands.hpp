// The subcommand table: every subcommand once, with its options (set-up) and
// what it runs. cli.cpp parses the command line against it and runs the one
// that was given.
#pragma once

#include "checker/cli/cli_commands.hpp"
#include "checker/cli/cli_workbook.hpp"

#include <CLI/CLI.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace granska::checker {

struct explain_options {
    std::string rule;
    std::string case_path; // --case: every check of the rule on this case
    std::string as_of;
};

struct merge_options {
    std::vector<std::string> files;
    std::string format = "json";
    std::string output;
};

struct trace_options {
    std::string dir;
    std::string format = "text";
    std::string output;
};

struct fmt_options {
    std::vector<std::string> files;
    bool check_only = false;
};

struct new_municipality_options {
    std::string code;
    std::string name;
    std::string rules = "rules";
};

// What the options of every subcommand are parsed into; each subcommand
// reads its own part (and `common` when it takes the shared options).
struct cli_state {
    common_options common;
    check_options check;
    check_options baseline; // baseline write
    explain_options explain;
    rule_test_options tests;
    merge_options merge;
    trace_options trace;
    std::string verify_file;
    fmt_options fmt;
    new_municipality_options new_municipality;
    workbook_commands workbooks;
    std::vector<std::string> argv; // the command line as results record it
};

struct subcommand {
    // "check"; a nested one is named with its group, "baseline write".
    std::string_view name;
    std::string_view description;
    // Adds the subcommand's options and arguments, bound to `state`.
    void (*set_up)(CLI::App& cmd, cli_state& state);
    // Runs it after a successful parse; the exit status.
    int (*run)(const cli_state& state);
};

// Every subcommand, in the order --help lists them.
std::span<const subcommand> subcommands();

// Adds every subcommand of the table to `app`; the CLI11 subcommand of each
// table entry, in table order.
std::vector<CLI::App*> add_subcommands(CLI::App& app, cli_state& state);

} // namespace granska::checker
