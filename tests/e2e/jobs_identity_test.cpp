// --jobs N changes how fast, never what: the output of a parallel batch is
// byte-identical to --jobs 1 in every format (issue 8). The batch is the
// benchmark's medium set (30 municipalities over the five packs, with
// injected defects), generated small per case so the test stays fast.
#include "run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

using granska::e2e::run_granska;

namespace {

// The medium set, generated once per test run into a temp folder.
struct medium_set {
    std::string dir;
    std::vector<std::string> cases;
    int status = -1;

    medium_set() {
        dir = granska::e2e::temp_dir();
        const std::string command =
            "python3 '" + granska::e2e::source_dir() +
            "/tests/bench/generate.py' --size medium --bodies 12 --actions 3-6 --out '" + dir +
            "/medium' > '" + dir + "/generate.log' 2>&1";
        status = std::system(command.c_str());
        if (status != 0)
            return;
        for (const auto& entry : std::filesystem::directory_iterator(dir + "/medium"))
            if (entry.is_directory())
                cases.push_back(entry.path().string());
        std::sort(cases.begin(), cases.end());
    }
    ~medium_set() { std::filesystem::remove_all(dir); }
};

const medium_set& medium() {
    static const medium_set set;
    return set;
}

std::vector<std::string> check_args(const std::string& format, int jobs) {
    std::vector<std::string> args{"check"};
    args.insert(args.end(), medium().cases.begin(), medium().cases.end());
    for (const char* a : {"--as-of", "2026-11-22", "--fail-on", "never", "--format"})
        args.emplace_back(a);
    args.push_back(format);
    args.emplace_back("--jobs");
    args.push_back(std::to_string(jobs));
    return args;
}

} // namespace

TEST_CASE("the generated medium set is a valid batch with real findings", "[e2e][jobs]") {
    INFO("tests/bench/generate.py needs python3; log: " << medium().dir << "/generate.log");
    REQUIRE(medium().status == 0);
    REQUIRE(medium().cases.size() == 30);
    const auto r = run_granska(check_args("json", 1));
    INFO(r.err);
    REQUIRE(r.status == 0);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["summary"]["cases"] == 30);
    CHECK(j["summary"]["input_errors"] == 0);
    CHECK(j["summary"]["error"].get<int>() > 0);
    CHECK(j["summary"]["warning"].get<int>() > 0);
}

TEST_CASE(
    "parallel runs (--jobs 2, --jobs 5) print byte-identical output to --jobs 1 in every format",
    "[e2e][jobs]") {
    REQUIRE(medium().status == 0);
    for (const std::string format :
         {"text", "json", "sarif", "junit", "github", "gitlab", "markdown", "html"}) {
        SECTION(format) {
            const auto one = run_granska(check_args(format, 1));
            INFO(one.err);
            REQUIRE(one.status == 0);
            REQUIRE_FALSE(one.out.empty());
            for (const int jobs : {2, 5}) {
                INFO("--jobs " << jobs);
                const auto many = run_granska(check_args(format, jobs));
                CHECK(many.status == 0);
                CHECK(many.out == one.out);
                CHECK(many.err == one.err);
            }
        }
    }
}
