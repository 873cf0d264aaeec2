// End to end: the binary finds its data relative to itself (issue 17). A
// copy of the build tree's binary laid out as an installation
// (<prefix>/bin/granska, <prefix>/share/granska/) reads that copy's packs and
// texts from any working directory; without them it refuses to guess.
#include "run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sys/wait.h>

namespace fs = std::filesystem;
using granska::e2e::read_file;
using granska::e2e::run_granska;
using granska::e2e::source_dir;

namespace {

struct shell_outcome {
    int status = -1;
    std::string out, err;
};

// Runs `command` with sh in `cwd`, GRANSKA_RULES and GRANSKA_POLICIES unset.
shell_outcome run_in(const std::string& cwd, const std::string& command) {
    const std::string logs = granska::e2e::temp_dir();
    const std::string line = "cd '" + cwd + "' && env -u GRANSKA_RULES -u GRANSKA_POLICIES " +
                             command + " >'" + logs + "/out' 2>'" + logs + "/err'";
    const int status = std::system(line.c_str());
    shell_outcome o{WIFEXITED(status) ? WEXITSTATUS(status) : -1, read_file(logs + "/out"),
                    read_file(logs + "/err")};
    fs::remove_all(logs);
    return o;
}

// <prefix>/bin/granska (a copy, no marker file) and, with `data`,
// <prefix>/share/granska/{rules,policies,docs} copied from the source tree.
std::string fake_install(bool data) {
    const fs::path prefix = granska::e2e::temp_dir();
    fs::create_directories(prefix / "bin");
    fs::copy_file(GRANSKA_BINARY, prefix / "bin" / "granska");
    if (data)
        for (const char* part : {"rules", "policies", "docs"}) {
            fs::create_directories(prefix / "share" / "granska" / part);
            fs::copy(fs::path(source_dir()) / part, prefix / "share" / "granska" / part,
                     fs::copy_options::recursive);
        }
    return prefix.string();
}

} // namespace

TEST_CASE("granska --version names the version and the data folder of the build tree",
          "[e2e][install]") {
    const auto r = run_granska({"--version"});
    CHECK(r.status == 0);
    CHECK(r.out.rfind("granska 0.", 0) == 0);
    CHECK(r.out.find("data: " + source_dir() + " (källträdet, enligt ") != std::string::npos);
}

TEST_CASE("an installed copy reads its own data from any working directory", "[e2e][install]") {
    const std::string prefix = fake_install(true);
    const std::string elsewhere = granska::e2e::temp_dir();
    const auto version = run_in(elsewhere, prefix + "/bin/granska --version");
    CHECK(version.status == 0);
    CHECK(version.out.find("data: " + prefix + "/share/granska (installerad bredvid programmet)") !=
          std::string::npos);

    // The same findings as the build tree on the same case, from an empty folder.
    const auto installed = run_in(elsewhere, prefix + "/bin/granska check " + prefix +
                                                 "/share/granska/policies/herrljunga --as-of "
                                                 "2026-11-22 --format json -v");
    const auto built =
        run_granska({"check", "policies/herrljunga", "--as-of", "2026-11-22", "--format", "json"});
    CHECK(installed.status == 1);
    CHECK(built.status == 1);
    INFO(installed.err);
    // Every pack and every text came from the installed copy, none from the source tree.
    CHECK(installed.err.find(prefix + "/share/granska/rules") != std::string::npos);
    CHECK(installed.err.find(prefix + "/share/granska/rules/herrljunga/policy.txt") !=
          std::string::npos);
    CHECK(installed.err.find(source_dir()) == std::string::npos);
    // Findings compared without the case's folder, which differs by design.
    auto findings_of = [](const std::string& json) {
        std::multiset<std::string> out;
        const auto result = nlohmann::json::parse(json);
        for (const auto& c : result["cases"])
            for (auto f : c["findings"]) {
                f["subject"].erase("file");
                out.insert(f["rule"].get<std::string>() + " " + f["subject"].dump() + " " +
                           f["message"].get<std::string>());
            }
        return out;
    };
    CHECK(findings_of(built.out).size() >= 3);
    CHECK(findings_of(installed.out) == findings_of(built.out));
    fs::remove_all(prefix);
    fs::remove_all(elsewhere);
}

TEST_CASE("a copy without data refuses to guess, GRANSKA_RULES and --rules still work",
          "[e2e][install]") {
    const std::string prefix = fake_install(false);
    const std::string elsewhere = granska::e2e::temp_dir();
    const auto none = run_in(elsewhere, prefix + "/bin/granska rules");
    CHECK(none.status == 2);
    CHECK(none.err.find("hittar inga medföljande regelpaket (letade i " + prefix +
                        "/share/granska)") != std::string::npos);
    const auto version = run_in(elsewhere, prefix + "/bin/granska --version");
    CHECK(version.status == 0);
    CHECK(version.out.find("data: saknas") != std::string::npos);

    const auto by_env = run_in(elsewhere, "GRANSKA_RULES='" + source_dir() + "/rules' " + prefix +
                                              "/bin/granska rules");
    CHECK(by_env.status == 0);
    CHECK(by_env.out.find("HER-01") != std::string::npos);
    const auto by_option =
        run_in(elsewhere, prefix + "/bin/granska rules --rules '" + source_dir() + "/rules'");
    CHECK(by_option.status == 0);
    CHECK(by_option.out.find("HER-01") != std::string::npos);
    fs::remove_all(prefix);
    fs::remove_all(elsewhere);
}
