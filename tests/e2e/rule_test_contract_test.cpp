// `granska test` (issue 13): an expected.json naming a rule no pack has is a
// bad test, never a pass; coverage is reported per pack, and --coverage-min
// applies to the packs whose tests ran.
#include "run_binary.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using granska::e2e::read_file;
using granska::e2e::run_granska;

namespace {

bool mentions(const std::string& text, const std::string& what) {
    return text.find(what) != std::string::npos;
}

// One rule test in `dir`: the case of a shipped Herrljunga test, and `expected`.
void make_test(const std::string& dir, const std::string& expected) {
    namespace fs = std::filesystem;
    fs::create_directories(dir);
    fs::copy(granska::e2e::source_dir() + "/rules/herrljunga/tests/her-01-one-goal/case",
             dir + "/case", fs::copy_options::recursive);
    std::ofstream(dir + "/expected.json") << expected;
}

} // namespace

TEST_CASE("test: an expected.json naming an unknown rule fails, naming it", "[e2e][ruletest]") {
    const auto dir = granska::e2e::temp_dir();
    make_test(dir + "/unknown-listed",
              R"({"as_of": "2026-11-22", "rules": ["HER-99"], "findings": []})");
    make_test(
        dir + "/unknown-finding",
        R"({"as_of": "2026-11-22", "rules": ["HER-01"], "findings": [{"rule": "XYZ-01", "subject": "a"}]})");
    const auto r = run_granska({"test", dir});
    INFO(r.out << r.err);
    CHECK(r.status == 2);
    CHECK(mentions(r.out, "FEL  " + dir +
                              "/unknown-listed: expected.json nämner regeln HER-99, som inget "
                              "inläst regelpaket har"));
    CHECK(mentions(r.out, "FEL  " + dir +
                              "/unknown-finding: expected.json nämner regeln XYZ-01, som inget "
                              "inläst regelpaket har"));
    CHECK_FALSE(mentions(r.out, "nämner reglerna HER-01"));
    CHECK(mentions(r.out, "nämner regeln XYZ-01"));
    CHECK(mentions(r.out, "0 passed, 2 failed"));
    std::filesystem::remove_all(dir);
}

TEST_CASE("test: coverage per pack, threshold on the packs whose tests ran", "[e2e][ruletest]") {
    SECTION("one pack's tests meet 100% for that pack") {
        const auto r =
            run_granska({"test", "rules/herrljunga/tests", "--coverage", "--coverage-min", "100"});
        INFO(r.out);
        CHECK(r.status == 0);
        CHECK(mentions(r.out, "\nregelpaket herrljunga (rules/herrljunga/herrljunga.rules)\n"));
        CHECK(mentions(r.out, "täckning herrljunga: "));
        CHECK_FALSE(mentions(r.out, "\nregelpaket tranemo"));
        CHECK(mentions(r.out, "regelpaket utan körda tester (räknas inte): astorp, common, "
                              "dals-ed, tranemo, varnamo"));
    }
    SECTION("a pack whose tests leave rules uncovered fails, by name") {
        const auto dir = granska::e2e::temp_dir();
        make_test(dir + "/one", R"({"as_of": "2026-11-22", "rules": ["HER-01"], "findings": []})");
        const auto r = run_granska({"test", dir, "--coverage-min", "100"});
        INFO(r.out);
        CHECK(r.status == 1);
        CHECK(mentions(r.out, "täckningen i regelpaketet herrljunga, 0%, är under kravet 100%"));
        CHECK_FALSE(mentions(r.out, "regelpaketet common"));
        std::filesystem::remove_all(dir);
    }
}

TEST_CASE("the README gives every sub-command's exit statuses", "[e2e][readme]") {
    const std::string readme = read_file(granska::e2e::source_dir() + "/README.md");
    const auto section = readme.substr(readme.find("## The command line"));
    for (const char* row : {"| `check` |", "| `baseline write` |", "| `rules` |", "| `explain` |",
                            "| `test` |", "| `trace` |", "| `merge` |", "| `verify` |"})
        CHECK(mentions(section.substr(0, section.find("\n## ")), row));
    CHECK(mentions(readme, "32 hexadecimal digits: the first 128 bits of the SHA-256"));
}
