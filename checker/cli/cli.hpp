// The command line: sub-commands in one table (check, rules, explain, ...).
#pragma once

namespace granska::checker {

// Parses arguments, runs the sub-command, returns the exit status.
int run_cli(int argc, char** argv);

} // namespace granska::checker
