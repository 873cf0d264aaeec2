// Runs the built granska binary for end-to-end tests: arguments in, exit
// status and both output streams out.
#pragma once

#include <string>
#include <vector>

namespace granska::e2e {

struct outcome {
    int status = -1;
    std::string out;
    std::string err;
};

// Runs GRANSKA_BINARY with `args` in the source tree (so relative paths in
// golden files are stable). `env` entries are "NAME=value".
outcome run_granska(const std::vector<std::string>& args, const std::vector<std::string>& env = {});

// In a forked child: becomes GRANSKA_BINARY with `args` (exit 127 if it cannot).
[[noreturn]] void exec_granska(const std::vector<std::string>& args);

std::string read_file(const std::string& path);
std::string source_dir();
std::string temp_dir(); // a fresh empty folder

} // namespace granska::e2e
