// End to end: the built binary on fixture cases and the bundled policies.
#include "run_binary.hpp"
#include "tests/support/golden.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>

using granska::e2e::read_file;
using granska::e2e::run_granska;

namespace {
const std::string herrljunga = "tests/e2e/fixtures/herrljunga";
const std::string tranemo = "tests/e2e/fixtures/tranemo";
const std::string broken = "tests/e2e/fixtures/broken";

void check_golden(const std::string& name, const std::string& actual) {
    granska::testing::check_golden("e2e/" + name, actual);
}
} // namespace

TEST_CASE("check finds the designed violations and prints JSON per the contract", "[e2e]") {
    const auto r =
        run_granska({"check", herrljunga, tranemo, "--as-of", "2026-11-22", "--format", "json"});
    CHECK(r.status == 1);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["as_of"] == "2026-11-22");
    CHECK(j["tool"]["name"] == "granska");
    REQUIRE(j["cases"].size() == 2);
    std::multiset<std::string> got;
    for (const auto& c : j["cases"])
        for (const auto& f : c["findings"])
            got.insert(
                f["rule"].get<std::string>() + " " + f["subject"]["kind"].get<std::string>() + " " +
                f["subject"]["id"].get<std::string>() + " " + f["severity"].get<std::string>());
    const std::multiset<std::string> expected{
        "HER-01 body socialnamnden error",
        "HER-02 goal sn-mal-3 warning",
        "HER-03 plan kultur-2025 warning",
        "COM-02 policy tranemo-integrationspolicy error",
        "TRA-01 policy tranemo-integrationspolicy error",
        "TRA-04 policy tranemo-integrationspolicy warning",
        "TRA-05 case Boende warning",
        "TRA-05 case Fritid och socialt deltagande warning",
    };
    CHECK(got == expected);
    CHECK(j["summary"]["cases"] == 2);
    CHECK(j["summary"]["error"] == 3); // COM-02 names TRA-02: one lapse, one finding
    CHECK(j["summary"]["warning"] == 5);
    // COM-03 and COM-04 are not carried by Herrljunga's or Tranemo's documents:
    // no finding (the fixtures' overdue and unknown-responsible actions stay
    // unreported), and each case says so.
    for (const auto& c : j["cases"]) {
        std::set<std::string> not_applicable;
        for (const auto& n : c["not_applicable"]) {
            CHECK(n["reason"] == "ej tillämplig: kommunens styrdokument saknar kriteriet");
            not_applicable.insert(n["rule"].get<std::string>());
        }
        CHECK(not_applicable == std::set<std::string>{"COM-03", "COM-04"});
    }
    CHECK(j["summary"]["input_errors"] == 0);
    // Pack hashes change with every edit of a pack; the golden file pins the rest.
    auto pinned = nlohmann::ordered_json::parse(r.out);
    for (auto& p : pinned["rule_packs"])
        p["sha256"] = "(regelpaketets sha256)";
    // Likewise a rule's line in its pack; the rest of each rule is pinned.
    for (auto& rule : pinned["rules"])
        rule["line"] = "(regelns rad i paketet)";
    check_golden("fixtures.json", pinned.dump(2) + "\n");
}

TEST_CASE("findings name file, line, pointer and a stable fingerprint", "[e2e]") {
    const auto a = run_granska({"check", herrljunga, "--as-of", "2026-11-22", "--format", "json"});
    const auto b = run_granska(
        {"check", herrljunga, "--as-of", "2026-11-22", "--format", "json", "--jobs", "2"});
    CHECK(a.out == b.out);
    const auto j = nlohmann::json::parse(a.out);
    for (const auto& f : j["cases"][0]["findings"]) {
        if (f["rule"] != "HER-01")
            continue;
        CHECK(f["subject"]["file"] == herrljunga + "/organisation.json");
        CHECK(f["subject"]["pointer"] == "/bodies/2");
        CHECK(f["subject"]["line"] == 8);
        CHECK(f["message"] ==
              "Socialnämnden har 3 mål som utgår från integrationspolicyn i planer som "
              "gäller 2026-11-22; policyn kräver 1–2.");
        CHECK(f["citation"]["section"] == "Integrationspolitikens mål");
        CHECK(f["fingerprint"].get<std::string>().size() == 32);
    }
}

TEST_CASE("text output reads like compiler diagnostics", "[e2e]") {
    const auto r = run_granska({"check", herrljunga, "--as-of", "2026-11-22"});
    CHECK(r.status == 1);
    CHECK(r.out.find(herrljunga + "/organisation.json:8: fel[HER-01]: Socialnämnden har 3 mål") !=
          std::string::npos);
    CHECK(r.out.find("    Integrationspolicy för Herrljunga kommun, Integrationspolitikens mål:\n  "
                     "  \"Varje nämnd ska") != std::string::npos);
    CHECK(r.out.find("\x1b[") == std::string::npos); // not a terminal: no colour
    CHECK(r.out.find("1 fall: 1 fel, 2 varningar, 0 information, 0 indatafel (per 2026-11-22)") !=
          std::string::npos);
    CHECK(r.out.find(
              "  COM-03 Ansvaret för varje åtgärd ligger på ett organ som finns: ej tillämplig: "
              "kommunens styrdokument saknar kriteriet\n") != std::string::npos);
}

TEST_CASE("exit status follows --fail-on", "[e2e]") {
    CHECK(
        run_granska({"check", herrljunga, "--as-of", "2026-11-22", "--fail-on", "never"}).status ==
        0);
    CHECK(run_granska({"check", herrljunga, "--as-of", "2026-11-22", "--fail-on", "warning"})
              .status == 1);
    CHECK(
        run_granska({"check", herrljunga, "--as-of", "2017-12-01", "--fail-on", "never"}).status ==
        0);
    // Before any plan exists the nämnder (the kommunstyrelse included) have 0 goals: HER-01 errors.
    CHECK(run_granska({"check", herrljunga, "--as-of", "2017-12-01"}).status == 1);
}

TEST_CASE("usage errors exit 2 with a message", "[e2e]") {
    auto r = run_granska({"check", herrljunga, "--as-of", "2023-02-30"});
    CHECK(r.status == 2);
    CHECK(r.err.find("--as-of") != std::string::npos);
    CHECK(run_granska({"check", herrljunga, "--format", "yaml"}).status == 2);
    CHECK(run_granska({"check"}).status == 2);
    CHECK(run_granska({"nonsense"}).status == 2);
}

TEST_CASE("an invalid case is reported and the others are still checked", "[e2e]") {
    const auto r =
        run_granska({"check", broken, herrljunga, "--as-of", "2026-11-22", "--format", "json"});
    CHECK(r.status == 2);
    const auto j = nlohmann::json::parse(r.out);
    REQUIRE(j["cases"].size() == 2);
    CHECK(j["cases"][0]["loaded"] == false);
    CHECK(j["cases"][0]["findings"].empty());
    CHECK(j["cases"][1]["findings"].size() == 3);
    REQUIRE(!j["errors"].empty());
    bool named = false;
    for (const auto& e : j["errors"])
        named |= e["file"] == broken + "/plans/trasig.json" && e["line"].get<int>() > 0;
    CHECK(named);
    CHECK(j["summary"]["input_errors"].get<int>() >= 1);
    CHECK(r.err.find(broken + "/plans/trasig.json") != std::string::npos);
}

TEST_CASE("output files (--output) are written atomically and a missing folder is refused",
          "[e2e]") {
    const std::string dir = granska::e2e::temp_dir();
    const std::string out = dir + "/result.json";
    std::ofstream(out) << "previous";
    auto r = run_granska(
        {"check", herrljunga, "--as-of", "2026-11-22", "--format", "json", "--output", out});
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    const auto written = read_file(out);
    CHECK(nlohmann::json::parse(written)["as_of"] == "2026-11-22");
    r = run_granska(
        {"check", herrljunga, "--as-of", "2026-11-22", "--output", dir + "/missing/result.txt"});
    CHECK(r.status == 2);
    CHECK(r.err.find("finns inte") != std::string::npos);
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir))
        ++files;
    CHECK(files == 1); // no temporary left behind
    std::filesystem::remove_all(dir);
}

TEST_CASE("a rule pack with errors stops the run with every error located", "[e2e]") {
    const std::string dir = granska::e2e::temp_dir();
    std::ofstream(dir + "/bad.rules") << "pack bad \"Trasigt\"\napplies to all\n\n"
                                         "rule X-01 \"Fel typ\" {\n  severity error\n"
                                         "  cite document \"D\" section \"S\" clause \"C\"\n"
                                         "  require count(bodies) == as_of else \"x\"\n}\n"
                                         "rule X-02 \"Okänt fält\" {\n  severity error\n"
                                         "  cite document \"D\" section \"S\" clause \"C\"\n"
                                         "  require policy.colour == \"blå\" else \"x\"\n}\n";
    const auto r =
        run_granska({"check", herrljunga, "--rules", dir + "/bad.rules", "--as-of", "2026-11-22"});
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find(dir + "/bad.rules:7:") != std::string::npos);
    CHECK(r.err.find("typfel") != std::string::npos);
    CHECK(r.err.find(dir + "/bad.rules:12:") != std::string::npos);
    CHECK(r.err.find("inget fält 'colour'") != std::string::npos);
    std::filesystem::remove_all(dir);
}

TEST_CASE("rules lists every catalogue rule", "[e2e]") {
    const auto r = run_granska({"rules"});
    CHECK(r.status == 0);
    for (const char* id :
         {"COM-01", "COM-05", "TRA-01", "TRA-05", "VAR-01", "VAR-06", "VAR-07", "VAR-08", "DAL-01",
          "DAL-05", "DAL-06", "AST-01", "AST-06", "AST-07", "AST-08", "HER-01", "HER-03"})
        CHECK(("\n" + r.out).find(std::string("\n") + id + " ") != std::string::npos);
    // One line per rule starts with its id: the 35 rules of the catalogue, version 2, and
    // DAL-07..09.
    const std::string lines = "\n" + r.out;
    std::size_t n = 0;
    for (std::size_t at = 0; (at = lines.find('\n', at)) != std::string::npos; ++at)
        n += at + 4 < lines.size() && lines[at + 4] == '-' &&
                     std::isupper(static_cast<unsigned char>(lines[at + 1]))
                 ? 1
                 : 0;
    CHECK(n == 38);
    // A common criterion names each municipality's own clause, or says it does not apply.
    CHECK(r.out.find("COM-03   fel         Ansvaret för varje åtgärd ligger på ett organ som finns\n"
                     "         källa per kommun:\n") != std::string::npos);
    CHECK(r.out.find("           herrljunga (1466): ej tillämplig: kommunens styrdokument saknar "
                     "kriteriet\n") != std::string::npos);
    CHECK(r.out.find("           varnamo (0683): Policy för integrationspolitik, Värnamo kommun, "
                     "Åtgärdsplan: \"Anger konkreta åtgärder, tidsramar och ansvar.\"\n") !=
          std::string::npos);
}

TEST_CASE("explain prints the rule, its citation and interpretation", "[e2e]") {
    auto r = run_granska({"explain", "HER-01"});
    CHECK(r.status == 0);
    CHECK(r.out.find("HER-01 — Varje nämnd tar fram 1–2 mål") != std::string::npos);
    CHECK(r.out.find("tolkning: ") != std::string::npos);
    r = run_granska({"explain", "HER-01", "--case", herrljunga, "--as-of", "2026-11-22"});
    CHECK(r.status == 0);
    CHECK(r.out.find("body socialnamnden") != std::string::npos);
    CHECK(r.out.find("brister") != std::string::npos);
    CHECK(r.out.find("body kultur-och-fritidsnamnden") != std::string::npos);
    CHECK(r.out.find("håller") != std::string::npos);
    CHECK(run_granska({"explain", "NOPE-01"}).status == 2);
}

TEST_CASE("explain shows a common criterion per municipality and where it does not apply",
          "[e2e]") {
    auto r = run_granska({"explain", "COM-04"});
    CHECK(r.status == 0);
    CHECK(r.out.find("källa per kommun:\n") != std::string::npos);
    CHECK(r.out.find(
              "  dals-ed (1438): Policy för integrationsarbetet I Dals-Eds Kommun, Utvärdering och "
              "revidering: \"Som bilaga till detta program finns en handlingsplan med tidssatta "
              "åtgärder.\"\n") != std::string::npos);
    CHECK(
        r.out.find("  tranemo (1452): ej tillämplig: kommunens styrdokument saknar kriteriet\n") !=
        std::string::npos);
    r = run_granska({"explain", "COM-04", "--case", herrljunga, "--as-of", "2026-11-22"});
    CHECK(r.status == 0);
    CHECK(r.out.find("COM-04 på " + herrljunga +
                     " per 2026-11-22: ej tillämplig: kommunens styrdokument saknar kriteriet\n") !=
          std::string::npos);
}

TEST_CASE("no finding of the bundled data cites another municipality's document", "[e2e]") {
    std::vector<std::string> args{"check"};
    for (const char* m : {"astorp", "dals-ed", "herrljunga", "tranemo", "varnamo"})
        args.push_back(std::string("policies/") + m);
    args.insert(args.end(), {"--as-of", "2026-11-22", "--format", "json"});
    const auto r = run_granska(args);
    const auto j = nlohmann::json::parse(r.out);
    // A municipality's documents carry its name ("Åstorps", "Dals-Eds", ...).
    std::vector<std::string> names;
    for (const auto& c : j["cases"]) {
        const std::string name = c["municipality"]["name"].get<std::string>();
        names.push_back(name.substr(0, name.find(' ')));
    }
    std::size_t findings = 0;
    for (std::size_t i = 0; i < j["cases"].size(); ++i)
        for (const auto& f : j["cases"][i]["findings"]) {
            ++findings;
            const std::string document = f["citation"]["document"].get<std::string>();
            INFO(f["rule"].get<std::string>() << ": " << document);
            // The municipality's own policy, or the submission format (COM-05) with its statutes.
            CHECK((document.find(names[i]) != std::string::npos ||
                   document.rfind("Inlämningsformatet granska/1", 0) == 0));
            for (std::size_t k = 0; k < names.size(); ++k)
                if (k != i)
                    CHECK(document.find(names[k]) == std::string::npos);
        }
    CHECK(findings > 0);
}

TEST_CASE("trace names the common criteria the municipality's documents do not carry", "[e2e]") {
    const auto r = run_granska({"trace", "policies/herrljunga"});
    CHECK(
        r.out.find("COM-03 Ansvaret för varje åtgärd ligger på ett organ som finns: ej tillämplig: "
                   "kommunens styrdokument saknar kriteriet\n") != std::string::npos);
    const auto j =
        nlohmann::json::parse(run_granska({"trace", "policies/varnamo", "--format", "json"}).out);
    REQUIRE(j["not_applicable"].size() == 1);
    CHECK(j["not_applicable"][0]["rule"] == "COM-02");
    CHECK(j["not_applicable"][0]["reason"] ==
          "ej tillämplig: kommunens styrdokument saknar kriteriet");
}

// The "ej tillämplig" line of explain --case names the case as the other
// lines do: escaped for the terminal and with identity numbers redacted.
TEST_CASE("explain --case escapes and redacts the case in its ej tillämplig line", "[e2e]") {
    const std::string root = granska::e2e::temp_dir();
    const std::string dir = root + "/tranemo\x1b[31m 19121212-1212\nfel[COM-04]";
    std::filesystem::copy(granska::e2e::source_dir() + "/policies/tranemo", dir,
                          std::filesystem::copy_options::recursive);
    const auto r = run_granska({"explain", "COM-04", "--case", dir, "--as-of", "2026-11-22"});
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find("\nCOM-04 på " + root +
                     "/tranemo\\u001b[31m [personnummer]\\u000afel[COM-04] per 2026-11-22: ej "
                     "tillämplig: kommunens styrdokument saknar kriteriet\n") != std::string::npos);
    CHECK(r.out.find('\x1b') == std::string::npos);
    CHECK(r.out.find("19121212-1212") == std::string::npos);
    std::filesystem::remove_all(root);
}
