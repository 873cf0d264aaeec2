// Output that cannot be written (issue 13): every sub-command with its
// standard output on /dev/full (a device that takes no bytes, ENOSPC) exits
// non-zero with a Swedish message instead of reporting success.
#include "run_elsewhere.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using granska::e2e::run_granska;
using granska::e2e::run_granska_with;

namespace {
const std::string herrljunga = "tests/e2e/fixtures/herrljunga";
}

TEST_CASE("every sub-command fails when standard output cannot be written", "[e2e][output]") {
    REQUIRE(std::filesystem::exists("/dev/full"));
    const auto dir = granska::e2e::temp_dir();
    const std::string result = dir + "/result.json";
    REQUIRE(run_granska({"check", herrljunga, "--as-of", "2026-11-22", "--format", "json",
                         "--output", result})
                .status == 1);
    const std::vector<std::vector<std::string>> commands{
        {"check", herrljunga, "--as-of", "2026-11-22"},
        {"check", herrljunga, "--as-of", "2026-11-22", "--format", "json"},
        {"check", herrljunga, "--as-of", "2026-11-22", "--format", "sarif", "--fail-on", "never"},
        {"rules"},
        {"explain", "HER-01"},
        {"explain", "HER-01", "--case", herrljunga, "--as-of", "2026-11-22"},
        {"trace", "policies/herrljunga"},
        {"test", "rules/herrljunga/tests"},
        {"merge", result},
        {"verify", result},
        {"--help"},
        {"check", "--help"},
        {"--version"},
    };
    for (const auto& args : commands) {
        // Named without the temporary folder, so the name is the same on every pass.
        std::string name = "granska";
        for (const auto& a : args)
            name += " " + (a == result ? std::string("RESULT.json") : a);
        SECTION(name) {
            const auto r = run_granska_with(granska::e2e::source_dir(), "/dev/full", args);
            INFO(r.err);
            CHECK(r.status == 2);
            CHECK(r.err.find("granska: fel: kan inte skriva till standard ut: ") !=
                  std::string::npos);
            CHECK(r.err.find("utdata är ofullständig") != std::string::npos);
        }
    }
    SECTION("baseline write, whose output is its file") {
        const auto r = run_granska({"baseline", "write", dir + "/saknas/baslinje.json", herrljunga,
                                    "--as-of", "2026-11-22"});
        CHECK(r.status == 2);
        CHECK(r.err.find("granska: fel: kan inte skriva " + dir + "/saknas/baslinje.json") !=
              std::string::npos);
    }
    std::filesystem::remove_all(dir);
}
