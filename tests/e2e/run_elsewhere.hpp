// Runs the built granska binary in another working directory, or with its
// standard output on a given file (e.g. /dev/full), for the path and output
// tests of issue 13.
#pragma once

#include "run_binary.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sys/wait.h>
#include <unistd.h>

namespace granska::e2e {

// As run_granska, with `cwd` as the working directory (PWD set to it, as a
// shell would, symlinks kept) and standard output opened on `stdout_path`
// when it is not empty (`out` is then empty).
inline outcome run_granska_with(const std::string& cwd, const std::string& stdout_path,
                                const std::vector<std::string>& args) {
    const std::string dir = temp_dir();
    const std::string out_file = dir + "/stdout", err_file = dir + "/stderr";
    const std::string& out_path = stdout_path.empty() ? out_file : stdout_path;
    std::fflush(nullptr); // or the child repeats what the parent had buffered
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::chdir(cwd.c_str()) != 0 || ::setenv("PWD", cwd.c_str(), 1) != 0)
            ::_exit(126);
        std::FILE* o = std::freopen(out_path.c_str(), "w", stdout);
        std::FILE* e = std::freopen(err_file.c_str(), "w", stderr);
        if (!o || !e)
            ::_exit(126);
        ::unsetenv("NO_COLOR");
        exec_granska(args);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    outcome o;
    o.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    o.out = stdout_path.empty() ? read_file(out_file) : "";
    o.err = read_file(err_file);
    std::filesystem::remove_all(dir);
    return o;
}

} // namespace granska::e2e
