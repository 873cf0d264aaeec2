// Paths on the command line (issue 13): a trailing slash, "./", ".." and an
// absolute path through a symlinked working directory name the same folder,
// for every sub-command that takes paths, and give the same output.
#include "run_elsewhere.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using granska::e2e::run_granska;
using granska::e2e::run_granska_with;
using nlohmann::json;

namespace {

const std::string herrljunga = "tests/e2e/fixtures/herrljunga";

// The JSON result without its command line (which records the spelling).
json result_of(const std::string& out) {
    auto j = json::parse(out);
    j.erase("command_line");
    return j;
}

} // namespace

TEST_CASE("trace: every spelling of the policy folder", "[e2e][paths]") {
    const auto reference = run_granska({"trace", "policies/herrljunga"});
    REQUIRE(reference.status == 0);
    const std::string absolute = granska::e2e::source_dir() + "/policies/herrljunga/";
    for (const std::string& spelling :
         {std::string("policies/herrljunga/"), std::string("./policies/herrljunga"),
          std::string("./policies//herrljunga/"), std::string("policies/tranemo/../herrljunga"),
          absolute}) {
        SECTION(spelling) {
            const auto r = run_granska({"trace", spelling});
            INFO(r.err);
            CHECK(r.status == 0);
            CHECK(r.out == reference.out);
        }
    }
}

TEST_CASE("check, test, explain and merge: every spelling of a path", "[e2e][paths]") {
    const std::vector<std::string> tail{"--as-of", "2026-11-22", "--format", "json"};
    auto check = [&](std::vector<std::string> args) {
        args.insert(args.begin(), "check");
        args.insert(args.end(), tail.begin(), tail.end());
        return run_granska(args);
    };
    const auto reference = check({herrljunga});
    REQUIRE(reference.status == 1);
    for (const std::vector<std::string>& spelling : std::vector<std::vector<std::string>>{
             {herrljunga + "/"},
             {"./" + herrljunga},
             {"tests/e2e/fixtures/tranemo/../herrljunga/"},
             {granska::e2e::source_dir() + "/" + herrljunga},
             {"--rules", "./rules/", herrljunga},
             {"--rules", "rules/../rules", herrljunga},
         }) {
        SECTION("check " + spelling.front() + (spelling.size() > 1 ? " " + spelling[1] : "")) {
            const auto r = check(spelling);
            INFO(r.err);
            CHECK(r.status == 1);
            CHECK(result_of(r.out) == result_of(reference.out));
        }
    }
    SECTION("test") {
        const auto plain = run_granska({"test", "rules/herrljunga/tests", "--coverage"});
        const auto slashed = run_granska({"test", "./rules/herrljunga/tests/", "--coverage"});
        CHECK(plain.status == 0);
        CHECK(slashed.status == 0);
        CHECK(slashed.out == plain.out);
    }
    SECTION("explain --case") {
        const auto plain =
            run_granska({"explain", "HER-01", "--case", herrljunga, "--as-of", "2026-11-22"});
        const auto slashed = run_granska(
            {"explain", "HER-01", "--case", "./" + herrljunga + "/", "--as-of", "2026-11-22"});
        CHECK(plain.status == 0);
        CHECK(slashed.status == 0);
        CHECK(slashed.out == plain.out);
    }
    SECTION("check --baseline and merge") {
        const auto dir = granska::e2e::temp_dir();
        REQUIRE(run_granska({"baseline", "write", dir + "/b.json", herrljunga + "/", "--as-of",
                             "2026-11-22"})
                    .status == 0);
        const auto known = check({"--baseline", dir + "//b.json", herrljunga});
        CHECK(known.status == 0);
        REQUIRE(run_granska({"check", herrljunga, "--as-of", "2026-11-22", "--format", "json",
                             "--output", dir + "/r.json"})
                    .status == 1);
        const auto merged = run_granska({"merge", dir + "/./r.json"});
        CHECK(merged.status == 0);
        CHECK(json::parse(merged.out)["cases"] == json::parse(reference.out)["cases"]);
        std::filesystem::remove_all(dir);
    }
}

TEST_CASE("a symlinked working directory gives the same results", "[e2e][paths]") {
    const auto dir = granska::e2e::temp_dir();
    const std::string link = dir + "/checkout";
    std::filesystem::create_directory_symlink(granska::e2e::source_dir(), link);
    const std::vector<std::string> tail{"--as-of", "2026-11-22", "--format", "json"};
    const auto reference =
        run_granska({"check", herrljunga, "--as-of", "2026-11-22", "--format", "json"});
    // Section names stay the same on every pass (the folder's name does not).
    const std::vector<std::pair<std::string, std::string>> spellings{
        {"relative", herrljunga}, {"absolute through the link", link + "/" + herrljunga + "/"}};
    for (const auto& [name, spelling] : spellings) {
        SECTION("check, " + name) {
            const auto r = run_granska_with(
                link, "", {"check", spelling, "--as-of", "2026-11-22", "--format", "json"});
            INFO(r.err);
            CHECK(r.status == 1);
            CHECK(result_of(r.out) == result_of(reference.out));
        }
    }
    SECTION("trace through the link") {
        const auto r = run_granska_with(link, "", {"trace", link + "/policies/herrljunga/"});
        CHECK(r.status == 0);
        CHECK(r.out == run_granska({"trace", "policies/herrljunga"}).out);
    }
    std::filesystem::remove_all(dir);
}
