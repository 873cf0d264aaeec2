#include "checker/report/formats.hpp"
#include "tests/checker/ci_sample_report.hpp"
#include "tests/support/golden.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

using granska::testing::sample_report;
using nlohmann::json;
namespace ck = granska::checker;

namespace {

std::string gitlab_of(const ck::run_report& report) {
    ck::format_options options;
    options.working_dir = granska::testing::sample_working_dir;
    return ck::format_gitlab(report, options);
}

} // namespace

TEST_CASE("GitLab Code Quality matches the golden file", "[format][gitlab]") {
    const auto actual = gitlab_of(sample_report());
    granska::testing::check_golden("formats/sample.gitlab.json", actual);
}

TEST_CASE("GitLab issues carry the finding's fingerprint, rule and mapped severity",
          "[format][gitlab]") {
    const auto issues = json::parse(gitlab_of(sample_report()));
    REQUIRE(issues.size() == 6); // four findings, one input error, one waiver problem
    CHECK(issues[2] == json::parse(R"({
        "type": "issue", "categories": ["Bug Risk"],
        "description": "HER-01 Varje nämnd tar fram 1–2 mål: Socialnämnden har 3 mål; policyn kräver 1–2.",
        "check_name": "HER-01", "fingerprint": "0123456789abcdef0123456789abcdef", "severity": "major",
        "location": {"path": "policies/herrljunga/organisation.json", "lines": {"begin": 14}}})"));
    SECTION("info stays info, a line of 0 becomes 1") {
        CHECK(issues[0]["severity"] == "info");
        CHECK(issues[0]["location"]["lines"]["begin"] == 1);
    }
    SECTION("a waived error is info; a known warning keeps minor") {
        CHECK(issues[1]["severity"] == "info");
        CHECK(issues[3]["severity"] == "minor");
        CHECK(issues[3]["location"]["path"] == "policies/herrljunga/plans/social nämnd.json");
    }
    SECTION("input errors are critical with a stable fingerprint") {
        CHECK(issues[4]["check_name"] == "granska/indatafel");
        CHECK(issues[4]["severity"] == "critical");
        CHECK(issues[4]["fingerprint"].get<std::string>().size() == 32);
        CHECK(issues[4]["fingerprint"] ==
              json::parse(gitlab_of(sample_report()))[4]["fingerprint"]);
    }
}

TEST_CASE("GitLab fingerprints are unique in a report", "[format][gitlab]") {
    const auto issues = json::parse(gitlab_of(sample_report()));
    std::set<std::string> seen;
    for (const auto& i : issues)
        CHECK(seen.insert(i["fingerprint"].get<std::string>()).second);
}

TEST_CASE("GitLab: an empty run is an empty array", "[format][gitlab]") {
    CHECK(ck::format_gitlab(ck::run_report{}, ck::format_options{}) == "[]\n");
}

// Code Quality has no "not applicable": such a criterion is left out, on
// purpose (ci/templates/README.md); JUnit and Markdown show it in GitLab.
TEST_CASE("GitLab Code Quality leaves out criteria that do not apply", "[format][gitlab]") {
    auto report = sample_report();
    const auto without = gitlab_of(report);
    report.cases[0].not_applicable.push_back(
        {"COM-04", "Tidsatta åtgärder görs i tid", ck::not_applicable_reason});
    const auto with = gitlab_of(report);
    CHECK(with == without);
    CHECK(with.find("ej tillämplig") == std::string::npos);
}
