// Catalogue version 2's fields through a workbook and back: a case holding
// every one of them (serves, covers, revisions, the four new body kinds,
// statutory, host, owner, the childcare dates requested_on, wanted_from and
// offered_on) becomes a workbook and converts back to the same JSON, value
// for value.
#include "workbook_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

using granska::e2e::read_file;
using granska::e2e::run_granska;
using granska::e2e::source_dir;
using granska::e2e::temp_dir;

namespace {
const std::string fixture = "tests/e2e/fixtures/workbook-v2";
} // namespace

TEST_CASE("every catalogue-v2 field survives case to workbook to case", "[workbook]") {
    const std::string dir = temp_dir();
    const std::string book = dir + "/v2.xlsx";
    const auto written = run_granska({"template", book, "--from", fixture});
    INFO(written.err);
    REQUIRE(written.status == 0);
    const auto converted = run_granska({"convert", book, "--to", "json", dir + "/case"});
    INFO(converted.err);
    REQUIRE(converted.status == 0);
    for (const char* file : {"policy.json", "organisation.json", "plans/sn-2026.json"}) {
        INFO(file);
        const auto original =
            nlohmann::json::parse(read_file(source_dir() + "/" + fixture + "/" + file));
        const auto back = nlohmann::json::parse(read_file(dir + "/case/" + file));
        CHECK(back == original);
    }
    // The fields are really there, not dropped on both sides.
    const auto org = nlohmann::json::parse(read_file(dir + "/case/organisation.json"));
    std::set<std::string> kinds;
    for (const auto& b : org["bodies"])
        kinds.insert(b["kind"].get<std::string>());
    for (const char* kind : {"gemensam nämnd", "kommunalförbund", "beredning", "enhet"})
        CHECK(kinds.count(kind) == 1);
    const auto plan = nlohmann::json::parse(read_file(dir + "/case/plans/sn-2026.json"));
    CHECK(plan["records"]["childcare_placements"][0]["wanted_from"] == "2026-03-01");
    CHECK(plan["reports"][0]["covers"]["to"] == "2026-08-31");
    CHECK(plan["revisions"][0]["minute_ref"] == "§ 33");
    std::filesystem::remove_all(dir);
}

TEST_CASE("the catalogue-v2 case checks the same from its workbook as from JSON", "[workbook]") {
    const std::string dir = temp_dir();
    const std::string book = dir + "/v2.xlsx";
    REQUIRE(run_granska({"template", book, "--from", fixture}).status == 0);
    const auto from_json =
        run_granska({"check", fixture, "--as-of", "2026-11-22", "--format", "json"});
    const auto from_book =
        run_granska({"check", book, "--as-of", "2026-11-22", "--format", "json"});
    INFO(from_json.err << from_book.err);
    CHECK(from_book.status == from_json.status);
    CHECK(nlohmann::json::parse(from_json.out)["summary"]["input_errors"] == 0);
    CHECK(granska::e2e::findings_of(from_book.out) == granska::e2e::findings_of(from_json.out));
    std::filesystem::remove_all(dir);
}
