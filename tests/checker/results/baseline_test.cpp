#include "checker/report/formats.hpp"
#include "checker/results/baseline.hpp"
#include "tests/checker/ci_sample_report.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using granska::testing::sample_report;
namespace ck = granska::checker;

TEST_CASE("A written baseline lists every fingerprint once, sorted, with rule and subject",
          "[baseline]") {
    auto report = sample_report();
    report.cases[0].findings.push_back(report.cases[0].findings[0]); // the same fingerprint twice
    const auto j = nlohmann::json::parse(ck::write_baseline(report));
    CHECK(j["format"] == "granska-baseline/1");
    CHECK(j["as_of"] == "2026-11-22");
    REQUIRE(j["findings"].size() == 4);
    CHECK(j["findings"][0] ==
          nlohmann::json::parse(R"({"fingerprint": "0123456789abcdef0123456789abcdef",
        "rule": "HER-01", "kind": "body", "subject": "socialnamnden", "municipality": "1466",
        "case": "policies/herrljunga"})"));
    CHECK(j["findings"][1]["fingerprint"] == "11111111111111111111111111111111");
    CHECK(j["findings"][3]["fingerprint"] == "33333333333333333333333333333333");
}

TEST_CASE("A written baseline reads back and marks those findings known", "[baseline]") {
    const auto written = ck::write_baseline(sample_report());
    const auto loaded = ck::parse_baseline(written, "granska-baseline.json");
    REQUIRE(loaded.errors.empty());
    REQUIRE(loaded.value);
    CHECK(loaded.value->fingerprints.size() == 4);

    auto report = sample_report();
    for (auto& f : report.cases[0].findings)
        if (f.state == ck::finding_state::known)
            f.state = ck::finding_state::active;
    report.cases[0].findings.push_back(report.cases[0].findings[2]);
    report.cases[0].findings.back().fingerprint = "44444444444444444444444444444444";
    ck::apply_baseline(report, *loaded.value);
    const auto& findings = report.cases[0].findings;
    CHECK(findings[0].state == ck::finding_state::known);
    CHECK(findings[1].state == ck::finding_state::waived); // a waiver wins over the baseline
    CHECK(findings[2].state == ck::finding_state::known);
    CHECK(findings[4].state == ck::finding_state::active); // not in the baseline: new
    CHECK(ck::uses_baseline(report));
}

TEST_CASE("A baseline can be a SARIF log", "[baseline]") {
    SECTION("granska's own SARIF gives its partial fingerprints") {
        const auto sarif = ck::format_sarif(sample_report(), ck::format_options{});
        const auto loaded = ck::parse_baseline(sarif, "förra.sarif");
        REQUIRE(loaded.value);
        CHECK(loaded.value->fingerprints ==
              std::set<std::string>{
                  "0123456789abcdef0123456789abcdef", "11111111111111111111111111111111",
                  "22222222222222222222222222222222", "33333333333333333333333333333333"});
    }
    SECTION("the specification's examples load (with no granska fingerprints)") {
        for (const char* name : {"minimal-valid.json", "minimal-recommended-with-source-info.json",
                                 "minimal-recommended-without-source-info.json"}) {
            const auto loaded =
                ck::load_baseline(std::string(GRANSKA_EXTERNAL_DIR) + "/sarif/examples/" + name);
            INFO(name);
            CHECK(loaded.errors.empty());
            REQUIRE(loaded.value);
            CHECK(loaded.value->fingerprints.empty());
        }
    }
}

TEST_CASE("A baseline can be a granska JSON result", "[baseline]") {
    const auto json = ck::format_json(sample_report(), ck::format_options{});
    const auto loaded = ck::parse_baseline(json, "förra.json");
    REQUIRE(loaded.value);
    CHECK(loaded.value->fingerprints.size() == 4);
}

TEST_CASE("A baseline that does not parse is an input error with file, line and column",
          "[baseline]") {
    const auto loaded =
        ck::parse_baseline("{\n  \"format\": \"granska-baseline/1\",\n  \"findings\": [,]\n}\n",
                           "granska-baseline.json");
    CHECK_FALSE(loaded.value);
    REQUIRE(loaded.errors.size() == 1);
    const auto& e = loaded.errors[0];
    CHECK(e.file == "granska-baseline.json");
    CHECK(e.line == 3);
    CHECK(e.column == 16);
    CHECK(e.message == "baslinjen är inte giltig JSON och kan inte läsas");
    CHECK(e.source_line == "  \"findings\": [,]");
}

TEST_CASE("A baseline of the wrong shape is an input error naming where", "[baseline]") {
    SECTION("unknown format") {
        const auto loaded =
            ck::parse_baseline("{\"format\": \"granska-baseline/9\", \"findings\": []}", "b.json");
        CHECK_FALSE(loaded.value);
        REQUIRE(loaded.errors.size() == 1);
        CHECK(loaded.errors[0].message == "okänt baslinjeformat; väntade \"granska-baseline/1\"");
        CHECK(loaded.errors[0].pointer == "/format");
        CHECK(loaded.errors[0].column == 12);
    }
    SECTION("an entry without a fingerprint") {
        const auto loaded =
            ck::parse_baseline("{\"format\": \"granska-baseline/1\",\n \"findings\": [\n  "
                               "{\"fingerprint\": \"ab\"},\n  {\"rule\": "
                               "\"HER-01\"}\n]}",
                               "b.json");
        CHECK_FALSE(loaded.value);
        REQUIRE(loaded.errors.size() == 1);
        CHECK(loaded.errors[0].pointer == "/findings/1");
        CHECK(loaded.errors[0].line == 4);
        CHECK(loaded.errors[0].column == 3);
        CHECK(loaded.errors[0].message ==
              "ska vara ett objekt med \"fingerprint\" (en icke-tom sträng)");
    }
    SECTION("something else entirely") {
        const auto loaded = ck::parse_baseline("[1, 2]", "b.json");
        CHECK_FALSE(loaded.value);
        REQUIRE(loaded.errors.size() == 1);
        CHECK(loaded.errors[0].message ==
              "okänd baslinje: väntade ett objekt med \"format\": "
              "\"granska-baseline/1\", en SARIF-fil eller ett granska-resultat i JSON");
    }
}

TEST_CASE("A missing baseline file is an input error", "[baseline]") {
    const auto loaded = ck::load_baseline("/nonexistent/granska-baseline.json");
    CHECK_FALSE(loaded.value);
    REQUIRE(loaded.errors.size() == 1);
    CHECK(loaded.errors[0].message == "kan inte läsa filen: finns inte");
}

TEST_CASE("Without known findings or --baseline, no baseline was used", "[baseline]") {
    auto report = sample_report();
    for (auto& f : report.cases[0].findings)
        if (f.state == ck::finding_state::known)
            f.state = ck::finding_state::active;
    CHECK_FALSE(ck::uses_baseline(report));
    report.command_line.push_back("--baseline");
    CHECK(ck::uses_baseline(report));
}
