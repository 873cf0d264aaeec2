// The command line (issue 13): every repeatable option takes one value per
// occurrence, in every position, in both `--opt VALUE` and `--opt=VALUE`
// forms; it never swallows the operands after it.
#include "run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using granska::e2e::read_file;
using granska::e2e::run_granska;
using nlohmann::json;

namespace {

const std::string herrljunga = "tests/e2e/fixtures/herrljunga";
const std::string tranemo = "tests/e2e/fixtures/tranemo";

std::vector<std::string> joined(std::vector<std::string> a, const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// The variants of one command line with --rules moved around the operands.
struct placement {
    const char* where;
    std::vector<std::string> args;
};

} // namespace

TEST_CASE("check: --rules before, between and after the cases, both forms", "[e2e][cli]") {
    const std::vector<std::string> tail{"--as-of", "2026-11-22", "--format", "json"};
    const auto reference =
        json::parse(run_granska(joined({"check", herrljunga, tranemo}, tail)).out);
    const std::vector<placement> placements{
        {"before", {"check", "--rules", "rules", herrljunga, tranemo}},
        {"before, =", {"check", "--rules=rules", herrljunga, tranemo}},
        {"between", {"check", herrljunga, "--rules", "rules", tranemo}},
        {"between, =", {"check", herrljunga, "--rules=rules", tranemo}},
        {"after", {"check", herrljunga, tranemo, "--rules", "rules"}},
        {"repeated in every position",
         {"check", "--rules", "rules/common/common.rules", herrljunga,
          "--rules=rules/herrljunga/herrljunga.rules", tranemo, "--rules",
          "rules/tranemo/tranemo.rules"}},
    };
    for (const auto& p : placements) {
        SECTION(p.where) {
            const auto r = run_granska(joined(p.args, tail));
            INFO(r.err);
            REQUIRE(r.status == 1);
            const auto j = json::parse(r.out);
            CHECK(j["cases"] == reference["cases"]);
            CHECK(j["summary"] == reference["summary"]);
        }
    }
}

TEST_CASE("baseline write: --rules in every position", "[e2e][cli]") {
    const auto dir = granska::e2e::temp_dir();
    const std::string file = dir + "/baslinje.json";
    REQUIRE(run_granska({"baseline", "write", file, herrljunga, tranemo, "--as-of", "2026-11-22"})
                .status == 0);
    const std::string reference = read_file(file);
    const std::vector<placement> placements{
        {"before the file", {"baseline", "write", "--rules", "rules", file, herrljunga, tranemo}},
        {"before the cases, =", {"baseline", "write", file, "--rules=rules", herrljunga, tranemo}},
        {"between", {"baseline", "write", file, herrljunga, "--rules", "rules", tranemo}},
        {"after", {"baseline", "write", file, herrljunga, tranemo, "--rules", "rules"}},
    };
    for (const auto& p : placements) {
        SECTION(p.where) {
            std::filesystem::remove(file);
            const auto r = run_granska(joined(p.args, {"--as-of", "2026-11-22"}));
            INFO(r.err);
            CHECK(r.status == 0);
            CHECK(read_file(file) == reference);
        }
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("rules, explain, trace and test: --rules in every position", "[e2e][cli]") {
    SECTION("rules, repeated") {
        const auto r = run_granska({"rules", "--rules", "rules/herrljunga/herrljunga.rules",
                                    "--rules=rules/tranemo/tranemo.rules"});
        CHECK(r.status == 0);
        CHECK(r.out.find("HER-01") != std::string::npos);
        CHECK(r.out.find("TRA-01") != std::string::npos);
        CHECK(r.out.find("AST-01") == std::string::npos);
    }
    const std::vector<placement> explain{
        {"explain, before", {"explain", "--rules", "rules", "HER-01"}},
        {"explain, =", {"explain", "--rules=rules", "HER-01"}},
        {"explain, after", {"explain", "HER-01", "--rules", "rules"}},
        {"explain with a case, between",
         {"explain", "--case", herrljunga, "--rules", "rules", "HER-01", "--as-of", "2026-11-22"}},
    };
    for (const auto& p : explain) {
        SECTION(p.where) {
            const auto r = run_granska(p.args);
            INFO(r.err);
            CHECK(r.status == 0);
            CHECK(r.out.rfind("HER-01 — ", 0) == 0);
        }
    }
    const std::string trace_reference = run_granska({"trace", "policies/herrljunga"}).out;
    const std::vector<placement> trace{
        {"trace, before", {"trace", "--rules", "rules", "policies/herrljunga"}},
        {"trace, =", {"trace", "--rules=rules", "policies/herrljunga"}},
        {"trace, after", {"trace", "policies/herrljunga", "--rules", "rules"}},
    };
    for (const auto& p : trace) {
        SECTION(p.where) {
            const auto r = run_granska(p.args);
            INFO(r.err);
            CHECK(r.status == 0);
            CHECK(r.out == trace_reference);
        }
    }
    // 16 Herrljunga tests and 31 common tests.
    const std::vector<placement> test{
        {"test, before",
         {"test", "--rules", "rules", "rules/herrljunga/tests", "rules/common/tests"}},
        {"test, =", {"test", "--rules=rules", "rules/herrljunga/tests", "rules/common/tests"}},
        {"test, between",
         {"test", "rules/herrljunga/tests", "--rules", "rules", "rules/common/tests"}},
        {"test, after",
         {"test", "rules/herrljunga/tests", "rules/common/tests", "--rules", "rules"}},
    };
    for (const auto& p : test) {
        SECTION(p.where) {
            const auto r = run_granska(p.args);
            INFO(r.out << r.err);
            CHECK(r.status == 0);
            CHECK(r.out.find("57 passed, 0 failed") != std::string::npos);
        }
    }
}

TEST_CASE("merge: results before and after its options", "[e2e][cli]") {
    const auto dir = granska::e2e::temp_dir();
    const std::string a = dir + "/a.json", b = dir + "/b.json";
    REQUIRE(run_granska(
                {"check", herrljunga, "--as-of", "2026-11-22", "--format", "json", "--output", a})
                .status == 1);
    REQUIRE(
        run_granska({"check", tranemo, "--as-of", "2026-11-22", "--format", "json", "--output", b})
            .status == 1);
    const auto first = run_granska({"merge", a, b, "--format", "json"});
    const auto second = run_granska({"merge", "--format=json", a, b});
    const auto third = run_granska({"merge", a, "--format", "json", b});
    REQUIRE(first.status == 0);
    CHECK(json::parse(first.out)["cases"].size() == 2);
    CHECK(json::parse(second.out)["cases"] == json::parse(first.out)["cases"]);
    CHECK(json::parse(third.out)["cases"] == json::parse(first.out)["cases"]);
    std::filesystem::remove_all(dir);
}
