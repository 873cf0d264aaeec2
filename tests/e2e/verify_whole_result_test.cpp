// `granska verify` (issue 13): re-runs any command line granska recorded,
// compares the whole result, names each difference by JSON Pointer, fails
// when the re-run exits 2, and leaves nothing in the temporary folder.
#include "run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <functional>

using granska::e2e::read_file;
using granska::e2e::run_granska;
using nlohmann::ordered_json;

namespace {

const std::string herrljunga = "tests/e2e/fixtures/herrljunga";
const std::string tranemo = "tests/e2e/fixtures/tranemo";

void write(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// A result recorded with --rules (the form verify used to choke on) and the
// given extra options; its path.
std::string record(const std::string& dir, std::vector<std::string> extra = {},
                   std::vector<std::string> cases = {herrljunga, tranemo}) {
    const std::string out = dir + "/result.json";
    std::vector<std::string> args{"check", "--rules", "rules", "--as-of", "2026-11-22"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.insert(args.end(), cases.begin(), cases.end());
    for (const auto& a :
         {std::string("--format"), std::string("json"), std::string("--output"), out})
        args.push_back(a);
    const auto r = run_granska(args);
    REQUIRE((r.status == 1 || r.status == 2));
    REQUIRE(std::filesystem::exists(out));
    return out;
}

// The recorded result changed by `tamper`, written beside it; its path.
std::string tampered(const std::string& recorded,
                     const std::function<void(ordered_json&)>& tamper) {
    auto j = ordered_json::parse(read_file(recorded));
    tamper(j);
    const std::string path = recorded + ".tampered.json";
    write(path, j.dump(2) + "\n");
    return path;
}

bool mentions(const std::string& text, const std::string& what) {
    return text.find(what) != std::string::npos;
}

} // namespace

TEST_CASE("verify re-runs a recorded check with --rules and finds it identical", "[e2e][verify]") {
    const auto dir = granska::e2e::temp_dir();
    const auto result = record(dir);
    const auto r = run_granska({"verify", result});
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    CHECK(mentions(r.out, "identiskt: 8 fynd i 2 fall per 2026-11-22"));
    // It names what it does not compare, and why.
    CHECK(mentions(r.out, "jämfört: hela resultatet utom /command_line och /tool/version"));
    CHECK(mentions(r.out, "kör om: granska check --format json --output "));
    CHECK(mentions(r.out, " --as-of 2026-11-22 --rules rules "));
    std::filesystem::remove_all(dir);
}

TEST_CASE("verify re-runs --rules=PATH, repeated --rules and options after the cases",
          "[e2e][verify]") {
    const auto dir = granska::e2e::temp_dir();
    const std::string out = dir + "/result.json";
    const auto made =
        run_granska({"check", "--rules=rules/common/common.rules", herrljunga, "--rules",
                     "rules/herrljunga/herrljunga.rules", "--as-of=2026-11-22", "--format=json",
                     "--fail-on", "never", "--output", out});
    REQUIRE(made.status == 0);
    const auto r = run_granska({"verify", out});
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    CHECK(mentions(r.out, "identiskt: "));
    std::filesystem::remove_all(dir);
}

TEST_CASE("verify names every tampered field by its JSON Pointer and fails", "[e2e][verify]") {
    const auto dir = granska::e2e::temp_dir();
    const auto result = record(dir);
    struct tamper_case {
        const char* what;
        std::function<void(ordered_json&)> tamper;
        std::vector<std::string> pointers;
    };
    const std::vector<tamper_case> cases{
        {"a finding waived with an invented justification",
         [](ordered_json& j) {
             auto& f = j["cases"][0]["findings"][0];
             f["state"] = "waived";
             f["waiver"] = {{"justification", "Beslutat i KS"},
                            {"decided_by", "KS 2026-01-01 § 1"},
                            {"expires", "2030-01-01"}};
         },
         {"skiljer /cases/0/findings/0/state: inspelat \"waived\", omkört \"new\"",
          "saknas i omkörningen /cases/0/findings/0/waiver"}},
        {"lowered summary counts",
         [](ordered_json& j) {
             j["summary"]["error"] = 0;
             j["summary"]["warning"] = 1;
         },
         {"skiljer /summary/error: inspelat 0, omkört 3",
          "skiljer /summary/warning: inspelat 1, omkört 5"}},
        {"changed evidence",
         [](ordered_json& j) { j["cases"][0]["findings"][0]["evidence"][0]["value"] = "2"; },
         {"skiljer /cases/0/findings/0/evidence/0/value: inspelat \"2\""}},
        {"changed clause",
         [](ordered_json& j) { j["cases"][0]["findings"][0]["citation"]["text"] = "Något annat."; },
         {"skiljer /cases/0/findings/0/citation/text: inspelat \"Något annat.\""}},
        {"changed file and line",
         [](ordered_json& j) {
             j["cases"][0]["findings"][0]["subject"]["file"] = "annan.json";
             j["cases"][0]["findings"][0]["subject"]["line"] = 99;
         },
         {"skiljer /cases/0/findings/0/subject/file: inspelat \"annan.json\"",
          "skiljer /cases/0/findings/0/subject/line: inspelat 99"}},
        {"changed case path",
         [](ordered_json& j) { j["cases"][0]["path"] = "policies/annan"; },
         {"skiljer /cases/0/path: inspelat \"policies/annan\", omkört \"" + herrljunga + "\""}},
        {"an inputs entry removed",
         [](ordered_json& j) { j["inputs"].erase(j["inputs"].begin()); },
         {"skiljer /inputs/0/path"}},
        {"an inputs entry altered",
         [](ordered_json& j) { j["inputs"][0]["sha256"] = std::string(64, '0'); },
         {"skiljer /inputs/0/sha256: inspelat \"" + std::string(64, '0') + "\""}},
        {"a pack hash altered",
         [](ordered_json& j) { j["rule_packs"][0]["sha256"] = std::string(64, '1'); },
         {"skiljer /rule_packs/0/sha256"}},
        {"a finding removed",
         [](ordered_json& j) {
             j["cases"][1]["findings"].erase(j["cases"][1]["findings"].begin());
         },
         {"/cases/1/findings/"}},
    };
    for (const auto& c : cases) {
        SECTION(c.what) {
            const auto path = tampered(result, c.tamper);
            const auto r = run_granska({"verify", path});
            INFO(r.out << r.err);
            CHECK(r.status == 1);
            for (const auto& p : c.pointers)
                CHECK(mentions(r.out, p));
            CHECK(mentions(r.out, "skiljer: "));
            CHECK_FALSE(mentions(r.out, "identiskt"));
        }
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("verify fails when the re-run exits 2, and names emptied errors", "[e2e][verify]") {
    const auto dir = granska::e2e::temp_dir();
    const auto result = record(dir, {}, {herrljunga, "tests/e2e/fixtures/broken"});
    SECTION("as recorded") {
        const auto r = run_granska({"verify", result});
        INFO(r.out << r.err);
        CHECK(r.status == 2);
        CHECK(mentions(r.err, "omkörningen avslutades med status 2"));
    }
    SECTION("errors emptied") {
        const auto path =
            tampered(result, [](ordered_json& j) { j["errors"] = ordered_json::array(); });
        const auto r = run_granska({"verify", path});
        INFO(r.out << r.err);
        CHECK(r.status == 2);
        CHECK(mentions(r.out, "finns bara i omkörningen /errors/0"));
    }
    std::filesystem::remove_all(dir);
}

TEST_CASE("verify re-runs with the recorded baseline and waivers", "[e2e][verify]") {
    const auto dir = granska::e2e::temp_dir();
    const std::string baseline = dir + "/baslinje.json";
    REQUIRE(run_granska({"baseline", "write", baseline, "--rules", "rules", "--as-of", "2026-11-22",
                         herrljunga})
                .status == 0);
    const auto first = ordered_json::parse(
        run_granska({"check", "--as-of", "2026-11-22", "--format", "json", tranemo}).out);
    const auto& waived = first["cases"][0]["findings"][0];
    const std::string waivers = dir + "/undantag.json";
    write(waivers, ordered_json{{"format", "granska-waivers/1"},
                                {"waivers",
                                 {{{"fingerprint", waived["fingerprint"]},
                                   {"justification", "Beslutat undantag"},
                                   {"decided_by", "KS 2026-03-12 § 45"},
                                   {"expires", "2027-06-30"}}}}}
                       .dump(2));
    const auto result = record(dir, {"--baseline", baseline, "--waivers", waivers});
    auto recorded = nlohmann::json::parse(read_file(result));
    REQUIRE(recorded["cases"][0]["findings"][0]["state"] == "known");
    REQUIRE(recorded["cases"][1]["findings"][0]["state"] == "waived");
    const auto same = run_granska({"verify", result});
    INFO(same.out << same.err);
    CHECK(same.status == 0);
    CHECK(mentions(same.out, "--baseline " + baseline + " --waivers " + waivers));

    // The baseline changed since: the findings it made known are new now.
    REQUIRE(run_granska({"baseline", "write", baseline, "--rules", "rules", "--as-of", "2026-11-22",
                         tranemo})
                .status == 0);
    const auto changed = run_granska({"verify", result});
    INFO(changed.out << changed.err);
    CHECK(changed.status == 1);
    CHECK(mentions(changed.out,
                   "skiljer /cases/0/findings/0/state: inspelat \"known\", omkört \"new\""));
    std::filesystem::remove_all(dir);
}

TEST_CASE("verify re-runs a recorded merge", "[e2e][verify]") {
    const auto dir = granska::e2e::temp_dir();
    const auto shard = [&](const std::string& c, const std::string& name) {
        const std::string out = dir + "/" + name;
        REQUIRE(
            run_granska({"check", "--as-of", "2026-11-22", "--format", "json", "--output", out, c})
                .status == 1);
        return out;
    };
    const auto a = shard(herrljunga, "a.json"), b = shard(tranemo, "b.json");
    const std::string merged = dir + "/merged.json";
    REQUIRE(run_granska({"merge", a, b, "--output", merged}).status == 0);
    const auto r = run_granska({"verify", merged});
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    CHECK(mentions(r.out, "kör om: granska merge --format json --output "));
    std::filesystem::remove_all(dir);
}

TEST_CASE("verify writes its re-run in a private folder it removes", "[e2e][verify]") {
    const auto dir = granska::e2e::temp_dir();
    const auto result = record(dir);
    const auto tmp = granska::e2e::temp_dir();
    const auto r = run_granska({"verify", result}, {"TMPDIR=" + tmp});
    INFO(r.out << r.err);
    CHECK(r.status == 0);
    // The re-run's file was inside a mkdtemp folder under TMPDIR (named in
    // the re-run command line), and nothing is left there.
    CHECK(mentions(r.out, "--output " + tmp + "/granska-verify-"));
    CHECK(std::filesystem::is_empty(tmp));
    std::filesystem::remove_all(tmp);
    std::filesystem::remove_all(dir);
}
