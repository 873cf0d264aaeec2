// A case whose municipality code no loaded pack names (issue 13): an input
// error naming the case, its code and the codes the packs know, never a clean
// report; with --common-only it is checked against the common criteria and
// every report format says so.
#include "run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using granska::e2e::run_granska;
using nlohmann::json;

namespace {
const std::string provkoping = "tests/e2e/fixtures/provkoping";
const std::string tranemo = "tests/e2e/fixtures/tranemo";

const std::string notice = "Bara de gemensamma kraven prövades (--common-only): inget inläst "
                           "regelpaket gäller kommunkoden 9999, så kommunens egen policy "
                           "prövades inte.";

granska::e2e::outcome check(const std::vector<std::string>& extra) {
    std::vector<std::string> args{"check", provkoping, "--as-of", "2026-11-22"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_granska(args);
}
} // namespace

TEST_CASE("a case no pack names is an input error naming the case, its code and the known codes",
          "[e2e][unchecked]") {
    const auto r = check({"--format", "json"});
    CHECK(r.status == 2);
    const auto j = json::parse(r.out);
    REQUIRE(j["errors"].size() == 1);
    CHECK(j["errors"][0] ==
          json{{"file", provkoping + "/policy.json"},
               {"line", 4},
               {"column", 59},
               {"pointer", "/municipality/code"},
               {"message",
                "fallet " + provkoping +
                    " (Provköpings kommun) har kommunkoden \"9999\", som inget inläst regelpaket "
                    "gäller; bara de gemensamma kraven skulle prövas. De inlästa regelpaketen "
                    "gäller kommunkoderna 0683, 1277, 1438, 1452 och 1466. Läs in kommunens "
                    "regelpaket med --rules, eller ange --common-only för att pröva bara de "
                    "gemensamma kraven"}});
    REQUIRE(j["cases"].size() == 1);
    CHECK(j["cases"][0]["loaded"] == false);
    CHECK(j["cases"][0]["findings"].empty());
    CHECK(j["summary"]["input_errors"] == 1);
    // The text report never calls the case clean.
    const auto text = check({});
    CHECK(text.status == 2);
    CHECK(text.out.find("inga fynd") == std::string::npos);
    CHECK(text.out.find(provkoping + "/policy.json:4:59: fel: /municipality/code: fallet " +
                        provkoping + " (Provköpings kommun) har kommunkoden \"9999\"") !=
          std::string::npos);
}

TEST_CASE("a case no pack applies to at all is an input error, also with --common-only",
          "[e2e][unchecked]") {
    for (const bool common_only : {false, true}) {
        INFO("--common-only: " << common_only);
        std::vector<std::string> args{"check",      tranemo,   "--as-of",
                                      "2026-11-22", "--rules", "rules/herrljunga/herrljunga.rules",
                                      "--format",   "json"};
        if (common_only)
            args.push_back("--common-only");
        const auto r = run_granska(args);
        CHECK(r.status == 2);
        const auto j = json::parse(r.out);
        REQUIRE(j["errors"].size() == 1);
        CHECK(j["errors"][0]["message"] ==
              "fallet " + tranemo +
                  " (Tranemo kommun) har kommunkoden \"1452\", som inget inläst regelpaket "
                  "gäller; inga krav skulle prövas. De inlästa regelpaketen gäller kommunkoden "
                  "1466. Läs in kommunens regelpaket med --rules");
        CHECK(j["errors"][0].value("severity", "error") == "error");
        CHECK(j["cases"][0]["loaded"] == false);
    }
}

TEST_CASE("with --common-only the common criteria are checked and every format says so",
          "[e2e][unchecked]") {
    SECTION("text") {
        const auto r = check({"--common-only"});
        CHECK(r.status == 0);
        CHECK(r.out.find("Provköpings kommun (9999), " + provkoping +
                         " — per 2026-11-22, regelpaket: common\n  " + notice +
                         "\n  inga fynd\n") != std::string::npos);
    }
    SECTION("json") {
        const auto r = check({"--common-only", "--format", "json"});
        CHECK(r.status == 0);
        const auto j = json::parse(r.out);
        CHECK(j["errors"].empty());
        CHECK(j["cases"][0]["common_only"] == true);
        CHECK(j["cases"][0]["notice"] == notice);
        CHECK(j["cases"][0]["rule_packs"] == json{"common"});
        CHECK(j["command_line"] == json{"granska", "check", provkoping, "--as-of", "2026-11-22",
                                        "--common-only", "--format", "json"});
    }
    SECTION("sarif") {
        const auto r = check({"--common-only", "--format", "sarif"});
        CHECK(r.status == 0);
        const auto j = json::parse(r.out);
        CHECK(j["runs"][0]["invocations"][0]["toolExecutionNotifications"] ==
              json::array({{{"message", {{"text", provkoping + ": " + notice}}},
                            {"level", "warning"},
                            {"descriptor", {{"id", "granska/bara-gemensamma"}}},
                            {"properties", {{"case", provkoping}, {"commonOnly", true}}}}}));
    }
    SECTION("junit") {
        const auto r = check({"--common-only", "--format", "junit"});
        CHECK(r.status == 0);
        CHECK(r.out.find("      <property name=\"common_only\" value=\"" + notice + "\"/>\n") !=
              std::string::npos);
        CHECK(r.out.find("    <testcase name=\"kommunens egen policy\" classname=\"Provköpings "
                         "kommun/" +
                         provkoping + "\" time=\"0.000\">\n      <skipped message=\"" + notice +
                         "\"/>\n    </testcase>\n") != std::string::npos);
        // Skipped: the municipality's own policy, and the four common criteria
        // bound per municipality, which no pack binds for this code.
        CHECK(r.out.find("skipped=\"5\"") != std::string::npos);
        CHECK(r.out.find("      <skipped message=\"ej tillämplig: kommunens styrdokument saknar "
                         "kriteriet\"/>\n") != std::string::npos);
    }
    SECTION("markdown") {
        const auto r = check({"--common-only", "--format", "markdown"});
        CHECK(r.status == 0);
        // The notice as data, escaped for Markdown (checker/base/escape.hpp).
        CHECK(r.out.find("\n> **Obs:** Bara de gemensamma kraven prövades \\(--common-only\\)\\: "
                         "inget inläst regelpaket gäller kommunkoden 9999, så kommunens egen "
                         "policy prövades inte\\.\n\n") != std::string::npos);
    }
    SECTION("github") {
        const auto r = check({"--common-only", "--format", "github"});
        CHECK(r.status == 0);
        CHECK(r.out.find("::warning file=" + provkoping +
                         ",title=granska%3A bara de gemensamma kraven::" + notice + "\n") !=
              std::string::npos);
    }
    SECTION("gitlab") {
        const auto r = check({"--common-only", "--format", "gitlab"});
        CHECK(r.status == 0);
        const auto j = json::parse(r.out);
        REQUIRE(j.size() == 1);
        CHECK(j[0]["description"] == notice);
        CHECK(j[0]["check_name"] == "granska/bara-gemensamma");
        CHECK(j[0]["severity"] == "minor");
        CHECK(j[0]["location"] == json{{"path", provkoping}, {"lines", {{"begin", 1}}}});
    }
    SECTION("html") {
        const auto r = check({"--common-only", "--format", "html"});
        CHECK(r.status == 0);
        CHECK(r.out.find("<p class=\"not-loaded\"><strong>" + notice + "</strong></p>\n") !=
              std::string::npos);
    }
}

TEST_CASE("with --common-only nothing changes for a case its own pack names", "[e2e][unchecked]") {
    const auto with = run_granska(
        {"check", tranemo, "--as-of", "2026-11-22", "--format", "json", "--common-only"});
    const auto without =
        run_granska({"check", tranemo, "--as-of", "2026-11-22", "--format", "json"});
    CHECK(with.status == without.status);
    auto a = json::parse(with.out), b = json::parse(without.out);
    CHECK(!a["cases"][0].contains("common_only"));
    a.erase("command_line");
    b.erase("command_line");
    CHECK(a == b);
}
