// Messages a revisor would sign (catalogue-v2 §8), on the real binary: data
// values in Swedish, durations in words, missing data named in Swedish, one
// lapse reported once; and no English status value or rule-language
// expression in any finding of the bundled data or of the rule tests.
#include "e2e/run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

using granska::e2e::run_granska;
using json = nlohmann::json;

namespace {

const std::string herrljunga = "tests/e2e/fixtures/herrljunga";
const std::string tranemo = "tests/e2e/fixtures/tranemo";

std::vector<json> findings_of(const std::vector<std::string>& args) {
    const auto r = run_granska(args);
    INFO(r.err);
    REQUIRE(r.status != 2);
    const auto j = json::parse(r.out);
    std::vector<json> out;
    for (const auto& c : j["cases"])
        for (const auto& f : c["findings"])
            out.push_back(f);
    return out;
}

json finding_of(const std::vector<json>& findings, const std::string& rule) {
    for (const auto& f : findings)
        if (f["rule"] == rule)
            return f;
    return json();
}

// What must never stand in a Swedish finding message: an English data value
// of an action's status, or a piece of the rule language (a call, a member
// access, a braced template, as_of). Swedish abbreviations (t.ex., m.fl.)
// are not member accesses.
std::string language_problem(std::string message) {
    static const std::regex abbreviations(
        R"((t\.ex|m\.fl|bl\.a|d\.v\.s|s\.k|o\.s\.v|fr\.o\.m|t\.o\.m)\.)");
    message = std::regex_replace(message, abbreviations, " ");
    static const std::vector<std::pair<std::regex, const char*>> forbidden{
        {std::regex(R"(\b(planned|ongoing|done|cancelled)\b)"), "engelskt statusvärde"},
        {std::regex(R"([A-Za-z_]\()"), "funktionsanrop"},
        {std::regex(R"(\b[A-Za-z_]+\.[a-z_]+)"), "fältåtkomst"},
        {std::regex(R"(\bpolicy\.|\.adopted_on|\byears\(|\bas_of\b)"), "regelspråk"},
        {std::regex(R"([{}])"), "klammer ur en mall"},
        {std::regex(R"(\(saknas\))"), "ett saknat värde inuti en mening"},
    };
    for (const auto& [pattern, what] : forbidden)
        if (std::regex_search(message, pattern))
            return what;
    return "";
}

} // namespace

TEST_CASE("the language check catches English statuses and rule-language expressions",
          "[e2e][messages]") {
    CHECK(language_problem("Åtgärden a1 skulle vara klar 2026-10-31 men har status ongoing.") ==
          "engelskt statusvärde");
    CHECK(language_problem(
              "'years(year(policy.adopted_on) + 1, year(as_of) - 1)' kunde inte beräknas") ==
          "funktionsanrop");
    CHECK(language_problem("Planen gäller till p.period.to.") == "fältåtkomst");
    CHECK(language_problem("Policyn upphörde att gälla (saknas).") ==
          "ett saknat värde inuti en mening");
    CHECK(language_problem(
              "Policyn följdes inte upp på drygt åtta år (3 002 dagar), t.ex. 2019.") == "");
    CHECK(language_problem("Åtgärden a1 skulle vara klar 2026-10-31 men är pågående.") == "");
}

TEST_CASE("no finding message of the bundled data or the rule tests holds English or code",
          "[e2e][messages]") {
    namespace fs = std::filesystem;
    std::vector<std::vector<std::string>> runs;
    std::vector<std::string> bundled{"check"};
    for (const char* m : {"astorp", "dals-ed", "herrljunga", "tranemo", "varnamo"})
        bundled.push_back(std::string("policies/") + m);
    for (const char* as_of : {"2026-11-22", "2019-06-30", "2023-01-01"}) {
        auto args = bundled;
        args.insert(args.end(), {"--as-of", as_of, "--format", "json"});
        runs.push_back(args);
    }
    std::vector<fs::path> tests;
    for (const auto& e : fs::recursive_directory_iterator(granska::e2e::source_dir() + "/rules"))
        if (e.path().filename() == "expected.json")
            tests.push_back(e.path().parent_path());
    std::sort(tests.begin(), tests.end());
    REQUIRE(tests.size() > 100);
    for (const auto& t : tests) {
        std::ifstream in(t / "expected.json");
        const auto spec = json::parse(in);
        runs.push_back({"check", (t / "case").string(), "--as-of", spec["as_of"].get<std::string>(),
                        "--format", "json"});
    }
    std::size_t messages = 0;
    for (const auto& args : runs)
        for (const auto& f : findings_of(args)) {
            const std::string message = f["message"];
            INFO(args[1] << ": " << f["rule"].get<std::string>() << ": " << message);
            CHECK(language_problem(message) == "");
            ++messages;
        }
    CHECK(messages > 150);
}

TEST_CASE("an action's status reads in Swedish in the message and stays a data value in JSON",
          "[e2e][messages]") {
    json f;
    for (const auto& g :
         // COM-04 is bound to Dals-Ed's handlingsplan clause, not Herrljunga's
         // (catalogue-v2 §1): the rule test's Dals-Ed case has an overdue action.
         findings_of({"check", "rules/common/tests/com-04-deadline-day-before-as-of/case",
                      "--as-of", "2026-11-22", "--format", "json"}))
        if (g["rule"] == "COM-04" && g["subject"]["id"] == "a1")
            f = g;
    REQUIRE(f.is_object());
    CHECK(f["message"] == "Åtgärden a1 skulle vara klar 2026-11-21 men har status pågående.");
    bool raw = false;
    for (const auto& e : f["evidence"])
        raw = raw || e["value"] == "ongoing";
    CHECK(raw);
}

TEST_CASE("one lapse, one finding: COM-02 names TRA-02 on an expired, unrevised policy",
          "[e2e][messages]") {
    const auto findings =
        findings_of({"check", tranemo, "--as-of", "2026-11-22", "--format", "json"});
    CHECK_FALSE(finding_of(findings, "TRA-02").is_object());
    const auto f = finding_of(findings, "COM-02");
    REQUIRE(f.is_object());
    const std::string message = f["message"];
    CHECK(message.find(
              " Samma brist strider även mot TRA-02 ”Policyn revideras minst vart fjärde år” "
              "(Integrationspolicy, Tranemo kommun, Styrdokument).") != std::string::npos);
    REQUIRE(f["same_fact"].size() == 1);
    CHECK(f["same_fact"][0]["rule"] == "TRA-02");
    CHECK(f["same_fact"][0]["citation"]["text"] == "Revideras: Minst vart 4:e år");
    const auto text = run_granska({"check", tranemo, "--as-of", "2026-11-22"});
    CHECK(text.out.find("    även TRA-02: Integrationspolicy, Tranemo kommun, Styrdokument:\n"
                        "    \"Revideras: Minst vart 4:e år\"\n") != std::string::npos);
}

TEST_CASE("a day count reads in words, with the exact count grouped", "[e2e][messages]") {
    const auto findings =
        findings_of({"check", tranemo, "--as-of", "2026-11-22", "--format", "json"});
    const auto f = finding_of(findings, "TRA-01");
    REQUIRE(f.is_object());
    const std::string message = f["message"];
    CHECK(std::regex_search(
        message,
        std::regex(
            R"(på (drygt |knappt )?[a-zåäö]+( och ett halvt)? år \(\d \d{3} dagar\), mellan )")));
}

TEST_CASE("a finding that cannot be decided names the missing datum in Swedish",
          "[e2e][messages]") {
    const std::string c = "rules/dals-ed/tests/dal-05-missing-adopted-on/case";
    const auto findings = findings_of({"check", c, "--as-of", "2022-03-01", "--format", "json"});
    const auto f = finding_of(findings, "DAL-05");
    REQUIRE(f.is_object());
    CHECK(f["message"] ==
          "Kan inte bedömas: policyns antagandedatum saknas, så det går inte att avgöra vilka år "
          "regeln ska pröva.");
}
