#include "checker/report/formats.hpp"
#include "tests/checker/ci_sample_report.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using granska::testing::sample_report;
using nlohmann::json;
namespace ck = granska::checker;

namespace {

json sarif_of(const ck::run_report& report) {
    ck::format_options options;
    options.working_dir = granska::testing::sample_working_dir;
    return json::parse(ck::format_sarif(report, options));
}

const json& result_for(const json& log, const std::string& fingerprint) {
    for (const auto& r : log["runs"][0]["results"])
        if (r["partialFingerprints"]["granska/v1"] == fingerprint)
            return r;
    FAIL("no result with fingerprint " << fingerprint);
    throw std::logic_error("unreachable");
}

} // namespace

TEST_CASE("SARIF names its schema, version and tool with every loaded rule", "[format][sarif]") {
    const auto log = sarif_of(sample_report());
    CHECK(log["$schema"] == "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
                            "sarif-schema-2.1.0.json");
    CHECK(log["version"] == "2.1.0");
    REQUIRE(log["runs"].size() == 1);
    const auto& driver = log["runs"][0]["tool"]["driver"];
    CHECK(driver["name"] == "granska");
    CHECK(driver["version"] == "0.1.0");
    REQUIRE(driver["rules"].size() == 4);
    CHECK(driver["rules"][0]["id"] == "COM-01");
    CHECK(driver["rules"][2]["id"] == "HER-01");
    CHECK(driver["rules"][2]["name"] == "Varje nämnd tar fram 1–2 mål");
    CHECK(driver["rules"][2]["shortDescription"]["text"] == "Varje nämnd tar fram 1–2 mål");
    CHECK(driver["rules"][2]["fullDescription"]["text"] ==
          "Källa: Integrationspolicy för Herrljunga kommun, Integrationspolitikens mål:\n\"Varje "
          "nämnd ska för "
          "sin verksamhet ta fram 1-2 mål utifrån inriktningsmålet\"\n\nTolkning: Mål räknas över "
          "nämndens "
          "planer som gäller per referensdatum");
    CHECK(driver["rules"][2]["defaultConfiguration"]["level"] == "error");
    CHECK(driver["rules"][3]["defaultConfiguration"]["level"] == "warning");
    CHECK(driver["rules"][2]["properties"]["citation"]["section"] == "Integrationspolitikens mål");
}

TEST_CASE("SARIF results point at the right rule by ruleIndex", "[format][sarif]") {
    const auto log = sarif_of(sample_report());
    const auto& run = log["runs"][0];
    REQUIRE(run["results"].size() == 4);
    for (const auto& r : run["results"]) {
        const auto index = r["ruleIndex"].get<std::size_t>();
        REQUIRE(index < run["tool"]["driver"]["rules"].size());
        CHECK(run["tool"]["driver"]["rules"][index]["id"] == r["ruleId"]);
    }
    CHECK(result_for(log, "22222222222222222222222222222222")["ruleIndex"] == 3);
}

TEST_CASE("SARIF levels map info to note", "[format][sarif]") {
    const auto log = sarif_of(sample_report());
    CHECK(result_for(log, "0123456789abcdef0123456789abcdef")["level"] == "error");
    CHECK(result_for(log, "22222222222222222222222222222222")["level"] == "warning");
    CHECK(result_for(log, "33333333333333333333333333333333")["level"] == "note");
}

TEST_CASE("SARIF locations are relative to the working directory, with line and JSON Pointer",
          "[format][sarif]") {
    const auto log = sarif_of(sample_report());
    const auto& social = result_for(log, "0123456789abcdef0123456789abcdef");
    const auto& physical = social["locations"][0]["physicalLocation"];
    CHECK(physical["artifactLocation"]["uri"] == "policies/herrljunga/organisation.json");
    CHECK(physical["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
    CHECK(physical["region"] == json{{"startLine", 14}});
    CHECK(social["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == "/bodies/1");
    CHECK(social["locations"][0]["logicalLocations"][0]["name"] == "socialnamnden");
    CHECK(social["message"]["text"] == "Socialnämnden har 3 mål; policyn kräver 1–2.");
    CHECK(social["properties"]["subject"]["kind"] == "body");
    CHECK(social["properties"]["municipality"]["code"] == "1466");
    CHECK(social["properties"]["evidence"][0] == json{{"name", "mål"}, {"value", "3"}});

    SECTION("an absolute path inside it becomes a percent-encoded relative URI") {
        const auto& goal = result_for(log, "22222222222222222222222222222222");
        CHECK(goal["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
              "policies/herrljunga/plans/social%20n%C3%A4mnd.json");
    }
    SECTION("line 0 means no region") {
        const auto& policy = result_for(log, "33333333333333333333333333333333");
        CHECK_FALSE(policy["locations"][0]["physicalLocation"].contains("region"));
        CHECK_FALSE(policy["locations"][0]["logicalLocations"][0].contains("fullyQualifiedName"));
    }
    SECTION("artifact indexes point at the same URI") {
        const auto& run = log["runs"][0];
        for (const auto& r : run["results"]) {
            const auto& a = r["locations"][0]["physicalLocation"]["artifactLocation"];
            CHECK(run["artifacts"][a["index"].get<std::size_t>()]["location"]["uri"] == a["uri"]);
        }
        CHECK(run["artifacts"][0]["hashes"]["sha-256"] == std::string(64, 'c'));
        CHECK(run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == "file:///repo/");
    }
}

TEST_CASE("SARIF marks waived findings as accepted suppressions", "[format][sarif]") {
    const auto log = sarif_of(sample_report());
    const auto& waived = result_for(log, "11111111111111111111111111111111");
    REQUIRE(waived["suppressions"].size() == 1);
    CHECK(waived["suppressions"][0]["kind"] == "external");
    CHECK(waived["suppressions"][0]["status"] == "accepted");
    CHECK(waived["suppressions"][0]["justification"] ==
          "Kommunstyrelsen samordnar; målen finns i nämndernas planer (beslut KS 2026-03-12 § 45; "
          "gäller t.o.m. "
          "2027-06-30)");
    CHECK_FALSE(result_for(log, "0123456789abcdef0123456789abcdef").contains("suppressions"));
}

TEST_CASE("SARIF baselineState only when a baseline was used", "[format][sarif]") {
    SECTION("with a known finding: unchanged and new") {
        const auto log = sarif_of(sample_report());
        CHECK(result_for(log, "22222222222222222222222222222222")["baselineState"] == "unchanged");
        CHECK(result_for(log, "0123456789abcdef0123456789abcdef")["baselineState"] == "new");
    }
    SECTION("without a baseline: omitted") {
        auto report = sample_report();
        for (auto& f : report.cases[0].findings)
            if (f.state == ck::finding_state::known)
                f.state = ck::finding_state::active;
        const auto log = sarif_of(report);
        for (const auto& r : log["runs"][0]["results"])
            CHECK_FALSE(r.contains("baselineState"));
    }
    SECTION("--baseline on the command line with nothing known: every result is new") {
        auto report = sample_report();
        for (auto& f : report.cases[0].findings)
            if (f.state == ck::finding_state::known)
                f.state = ck::finding_state::active;
        report.command_line.push_back("--baseline=granska-baseline.json");
        const auto log = sarif_of(report);
        for (const auto& r : log["runs"][0]["results"])
            CHECK(r["baselineState"] == "new");
    }
}

TEST_CASE("SARIF reports input errors and waiver problems as notifications", "[format][sarif]") {
    const auto log = sarif_of(sample_report());
    const auto& invocation = log["runs"][0]["invocations"][0];
    CHECK(invocation["executionSuccessful"] == false);
    REQUIRE(invocation["toolExecutionNotifications"].size() == 1);
    const auto& note = invocation["toolExecutionNotifications"][0];
    CHECK(note["level"] == "error");
    CHECK(note["message"]["text"] ==
          "\"adopted_on\" ska vara ett datum ÅÅÅÅ-MM-DD, fick \"2026-02-30\"");
    CHECK(note["locations"][0]["physicalLocation"]["region"] ==
          json{{"startLine", 3}, {"startColumn", 17}});
    REQUIRE(invocation["toolConfigurationNotifications"].size() == 1);
    CHECK(invocation["toolConfigurationNotifications"][0]["descriptor"]["id"] ==
          "granska/undantag-expired");
    CHECK(invocation["arguments"][1] == "check");

    auto clean = sample_report();
    clean.errors.clear();
    CHECK(sarif_of(clean)["runs"][0]["invocations"][0]["executionSuccessful"] == true);
}

TEST_CASE("SARIF output validates against both SARIF 2.1.0 schemas", "[format][sarif][validate]") {
    if (!granska::testing::have_program("node")) {
        WARN("node saknas: SARIF-valideringen hoppas över");
        SUCCEED();
        return;
    }
    ck::format_options options;
    options.working_dir = granska::testing::sample_working_dir;
    const auto dir = granska::testing::scratch_dir("sarif");
    ck::run_report empty;
    empty.tool_version = "0.1.0";
    empty.as_of = "2026-11-22";
    auto no_baseline = sample_report();
    for (auto& f : no_baseline.cases[0].findings)
        f.state = ck::finding_state::active;
    no_baseline.errors.clear();
    no_baseline.waiver_problems.clear();
    const std::vector<std::pair<std::string, std::string>> files{
        {"sample.sarif", ck::format_sarif(sample_report(), options)},
        {"empty.sarif", ck::format_sarif(empty, ck::format_options{})},
        {"no-baseline.sarif", ck::format_sarif(no_baseline, options)},
    };
    std::string command = std::string(GRANSKA_SOURCE_DIR) + "/ci/validate-sarif.sh";
    for (const auto& [name, text] : files) {
        granska::testing::write_text((dir / name).string(), text);
        command += " '" + (dir / name).string() + "'";
    }
    std::string output;
    const int status = granska::testing::run_command(command, output);
    INFO(output);
    CHECK(status == 0);
}
