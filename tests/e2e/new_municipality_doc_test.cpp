// docs/new-municipality.md: every command in its ```sh blocks runs, in
// order, in a copy of the data folders, with the status the page gives it
// ("# status N" after the command, else 0).
#include "run_binary.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <regex>
#include <sstream>
#include <sys/wait.h>

namespace fs = std::filesystem;
using granska::e2e::read_file;
using granska::e2e::source_dir;
using granska::e2e::temp_dir;

namespace {

struct documented_command {
    std::string line;
    int status = 0;
};

std::vector<documented_command> commands_of(const std::string& markdown) {
    std::vector<documented_command> out;
    std::istringstream lines(markdown);
    bool in_sh = false;
    const std::regex status_note(R"(\s+#\s*status\s+(\d+)\s*$)");
    for (std::string line; std::getline(lines, line);) {
        if (line.rfind("```", 0) == 0) {
            in_sh = !in_sh && line == "```sh";
            continue;
        }
        if (!in_sh || line.empty())
            continue;
        documented_command c;
        std::smatch m;
        if (std::regex_search(line, m, status_note)) {
            c.status = std::stoi(m[1].str());
            line = m.prefix().str();
        }
        c.line = line;
        out.push_back(c);
    }
    return out;
}

} // namespace

TEST_CASE("every command of docs/new-municipality.md runs as the page says", "[e2e][new][docs]") {
    const auto commands =
        commands_of(read_file((fs::path(source_dir()) / "docs" / "new-municipality.md").string()));
    REQUIRE(commands.size() >= 6);
    const fs::path dir = temp_dir();
    for (const char* part : {"rules", "policies", "docs"})
        fs::copy(fs::path(source_dir()) / part, dir / part, fs::copy_options::recursive);
    fs::create_directories(dir / "bin");
    fs::create_symlink(GRANSKA_BINARY, dir / "bin" / "granska");
    for (const auto& c : commands) {
        INFO(c.line);
        REQUIRE(c.line.rfind("granska ", 0) == 0);
        const std::string shell = "cd '" + dir.string() + "' && PATH='" + (dir / "bin").string() +
                                  ":'\"$PATH\" GRANSKA_RULES='" + (dir / "rules").string() + "' " +
                                  c.line + " >'" + dir.string() + "/out' 2>'" + dir.string() +
                                  "/err'";
        const int raw = std::system(shell.c_str());
        const int status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
        INFO(read_file((dir / "out").string()) << read_file((dir / "err").string()));
        CHECK(status == c.status);
    }
    fs::remove_all(dir);
}
