#include "run_binary.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace granska::e2e {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

std::string source_dir() {
    return GRANSKA_SOURCE_DIR;
}

std::string temp_dir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "granska-e2e-XXXXXX").string();
    return ::mkdtemp(pattern.data());
}

void exec_granska(const std::vector<std::string>& args) {
    std::vector<char*> argv{const_cast<char*>(GRANSKA_BINARY)};
    for (const auto& a : args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(GRANSKA_BINARY, argv.data());
    ::_exit(127);
}

outcome run_granska(const std::vector<std::string>& args, const std::vector<std::string>& env) {
    const std::string dir = temp_dir();
    const std::string out_file = dir + "/stdout", err_file = dir + "/stderr";
    std::fflush(nullptr); // or the child repeats what the parent had buffered
    const pid_t pid = ::fork();
    if (pid == 0) {
        if (::chdir(GRANSKA_SOURCE_DIR) != 0)
            ::_exit(126);
        std::FILE* o = std::freopen(out_file.c_str(), "w", stdout);
        std::FILE* e = std::freopen(err_file.c_str(), "w", stderr);
        if (!o || !e)
            ::_exit(126);
        ::unsetenv("NO_COLOR");
        for (const auto& kv : env)
            ::putenv(const_cast<char*>(kv.c_str()));
        exec_granska(args);
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    outcome o;
    o.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    o.out = read_file(out_file);
    o.err = read_file(err_file);
    std::filesystem::remove_all(dir);
    return o;
}

} // namespace granska::e2e
