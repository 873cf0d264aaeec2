// End to end: verify re-runs a recorded check; merge joins shards into the single run's result.
#include "run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using granska::e2e::read_file;
using granska::e2e::run_granska;
namespace fs = std::filesystem;

TEST_CASE("verify says identical, then names the input that changed", "[e2e][audit]") {
    const std::string dir = granska::e2e::temp_dir();
    const std::string case_dir = dir + "/herrljunga";
    fs::copy(granska::e2e::source_dir() + "/tests/e2e/fixtures/herrljunga", case_dir, fs::copy_options::recursive);
    const std::string result = dir + "/result.json";
    REQUIRE(run_granska({"check", case_dir, "--as-of", "2026-11-22", "--format", "json", "--output", result}).status == 1);
    const auto recorded = nlohmann::json::parse(read_file(result));
    CHECK(recorded["inputs"].size() == 6);
    CHECK(recorded["inputs"][0]["sha256"].get<std::string>().size() == 64);
    CHECK(recorded["rule_packs"][0]["sha256"].get<std::string>().size() == 64);

    auto same = run_granska({"verify", result});
    CHECK(same.status == 0);
    CHECK(same.out.find("identiskt: 3 fynd i 1 fall per 2026-11-22") != std::string::npos);

    // Socialnämnden drops its third goal: HER-01 and HER-02 no longer fire.
    const std::string plan = case_dir + "/plans/socialnamnden-2026.json";
    std::string text = read_file(plan);
    const auto at = text.find(",\n    {\"id\": \"sn-mal-3\"");
    REQUIRE(at != std::string::npos);
    text.erase(at, text.find('}', at) + 1 - at);
    std::ofstream(plan, std::ios::binary | std::ios::trunc) << text;

    auto changed = run_granska({"verify", result});
    CHECK(changed.status == 1);
    CHECK(changed.out.find("ändrad indata: " + plan) != std::string::npos);
    // Fewer findings: the last recorded one has no counterpart.
    CHECK(changed.out.find("saknas i omkörningen /cases/0/findings/") != std::string::npos);
    CHECK(changed.out.find("HER-01") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("merge of shards equals one run over all cases", "[e2e][scale]") {
    const std::string dir = granska::e2e::temp_dir();
    const std::string h = "tests/e2e/fixtures/herrljunga", t = "tests/e2e/fixtures/tranemo";
    const std::vector<std::string> common{"--as-of", "2026-11-22", "--format", "json", "--fail-on", "never"};
    auto run_to = [&](std::vector<std::string> args, const std::string& out) {
        args.insert(args.end(), common.begin(), common.end());
        args.push_back("--output");
        args.push_back(out);
        REQUIRE(run_granska(args).status == 0);
    };
    run_to({"check", h}, dir + "/a.json");
    run_to({"check", t}, dir + "/b.json");
    run_to({"check", h, t}, dir + "/all.json");
    const auto merged = run_granska({"merge", dir + "/a.json", dir + "/b.json"});
    REQUIRE(merged.status == 0);
    auto m = nlohmann::ordered_json::parse(merged.out);
    auto single = nlohmann::ordered_json::parse(read_file(dir + "/all.json"));
    m.erase("command_line");
    single.erase("command_line");
    CHECK(m == single);
    CHECK(m["summary"]["cases"] == 2);

    std::ofstream(dir + "/other.json") << read_file(dir + "/b.json").replace(
        read_file(dir + "/b.json").find("2026-11-22"), 10, "2025-01-01");
    CHECK(run_granska({"merge", dir + "/a.json", dir + "/other.json"}).status == 2);
    fs::remove_all(dir);
}
