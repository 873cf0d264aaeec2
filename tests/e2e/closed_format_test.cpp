// Input that would silently change a finding (issue 13): every unknown key is
// an input error at the key with the closest known one, and a value of the
// wrong shape, in a record too, is an input error at the value, never a
// finding that says a value is missing.
#include "run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using nlohmann::json;
namespace fs = std::filesystem;

namespace {
// A copy of the Herrljunga fixture with one file replaced, checked as JSON.
struct edited_case {
    std::string dir = granska::e2e::temp_dir();
    std::string path = dir + "/herrljunga";
    granska::e2e::outcome result;
    json report;

    edited_case(const std::string& file, const std::string& text) {
        fs::copy(granska::e2e::source_dir() + "/tests/e2e/fixtures/herrljunga", path,
                 fs::copy_options::recursive);
        std::ofstream(path + "/" + file, std::ios::binary | std::ios::trunc) << text;
        result =
            granska::e2e::run_granska({"check", path, "--as-of", "2026-11-22", "--format", "json"});
        report = json::parse(result.out);
    }
    ~edited_case() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    json error(const std::string& file, int line, int column, const std::string& pointer,
               const std::string& message) const {
        return {{"file", path + "/" + file},
                {"line", line},
                {"column", column},
                {"pointer", pointer},
                {"message", message}};
    }
    // Refused: exit 2, no rule ran, so no finding can come from the bad input.
    void require_refused() const {
        CHECK(result.status == 2);
        REQUIRE(report["cases"].size() == 1);
        CHECK(report["cases"][0]["loaded"] == false);
        CHECK(report["cases"][0]["findings"].empty());
    }
};

const std::string policy_head = R"({
  "format": "granska/1",
  "kind": "policy",
  "municipality": {"name": "Herrljunga kommun", "code": "1466"},
  "id": "herrljunga-integrationspolicy",
  "title": "Integrationspolicy för Herrljunga kommun",
  "registration_number": "KS-2016-284",
  "adopted_by": "kommunfullmaktige",
  "owner": "Folkhälsoutvecklare",
)";

const std::string plan_head = R"({
  "format": "granska/1",
  "kind": "plan",
  "municipality": {"name": "Herrljunga kommun", "code": "1466"},
  "id": "socialnamnden-2026",
  "body": "socialnamnden",
  "document_type": "verksamhetsplan",
  "period": {"from": "2026-01-01", "to": "2026-12-31"},
)";
} // namespace

TEST_CASE("a misspelt key is an input error at the key with the closest known key",
          "[e2e][closed]") {
    const edited_case c("policy.json", policy_head + R"(  "adoptedOn": "2017-11-14",
  "focus_area": ["Arbete", "Boende"]
}
)");
    c.require_refused();
    CHECK(c.report["errors"] ==
          json::array({c.error("policy.json", 10, 3, "/adoptedOn",
                               "okänd nyckel `adoptedOn`; menade du `adopted_on`?"),
                       c.error("policy.json", 11, 3, "/focus_area",
                               "okänd nyckel `focus_area`; menade du `focus_areas`?")}));
    CHECK(c.report["summary"]["input_errors"] == 2);
    CHECK(c.result.err.find(
              c.path + "/policy.json:11:3: fel: /focus_area: okänd nyckel `focus_area`; menade "
                       "du `focus_areas`?\n    \"focus_area\": [\"Arbete\", "
                       "\"Boende\"]\n    ^") != std::string::npos);
}

TEST_CASE("unknown keys deep in a plan and in a typed record are errors too", "[e2e][closed]") {
    const edited_case c("plans/socialnamnden-2026.json", R"({
  "format": "granska/1",
  "kind": "plan",
  "municipality": {"name": "Herrljunga kommun", "code": "1466", "lan": "Västra Götaland"},
  "id": "socialnamnden-2026",
  "body": "socialnamnden",
  "document_type": "verksamhetsplan",
  "period": {"from": "2026-01-01", "to": "2026-12-31"},
  "goals": [
    {"id": "sn-mal-1", "text": "Fler i egen försörjning", "focus_areas": ["Arbete"]}
  ],
  "records": {
    "childcare_placements": [{"id": "bo-1", "applied_on": "2026-01-10", "placedOn": "2026-02-01"}]
  }
}
)");
    c.require_refused();
    CHECK(c.report["errors"] ==
          json::array({c.error("plans/socialnamnden-2026.json", 4, 65, "/municipality/lan",
                               "okänd nyckel `lan`; här gäller bara `code` och `name`"),
                       c.error("plans/socialnamnden-2026.json", 10, 61, "/goals/0/focus_areas",
                               "okänd nyckel `focus_areas`; menade du `focus_area`?"),
                       c.error("plans/socialnamnden-2026.json", 13, 73,
                               "/records/childcare_placements/0/placedOn",
                               "okänd nyckel `placedOn`; menade du `placed_on`?")}));
}

TEST_CASE("records of any kind are accepted by name, their ids and date keys are typed",
          "[e2e][closed]") {
    SECTION("a register the format does not name is read") {
        const edited_case c("plans/socialnamnden-2026.json", plan_head + R"(  "records": {
    "home_visits": [{"id": "hb-1", "visited_on": "2026-03-01", "note": "andra besöket"}]
  }
}
)");
        CHECK(c.result.status != 2);
        CHECK(c.report["errors"].empty());
        CHECK(c.report["cases"][0]["loaded"] == true);
    }
    SECTION("a date key that is not a date, and an id that is not a text, are input errors") {
        const edited_case c("plans/socialnamnden-2026.json", plan_head + R"(  "records": {
    "home_visits": [{"id": 7, "visited_on": "i mars", "date": 20260301}]
  }
}
)");
        c.require_refused();
        CHECK(c.report["errors"] ==
              json::array(
                  {c.error("plans/socialnamnden-2026.json", 10, 28, "/records/home_visits/0/id",
                           "förväntade en text, fick ett tal"),
                   c.error("plans/socialnamnden-2026.json", 10, 45,
                           "/records/home_visits/0/visited_on",
                           "förväntade ett datum (ÅÅÅÅ-MM-DD) som finns i kalendern"),
                   c.error("plans/socialnamnden-2026.json", 10, 63, "/records/home_visits/0/date",
                           "förväntade ett datum (ÅÅÅÅ-MM-DD) eller null, fick ett tal")}));
        CHECK(c.report["summary"]["input_errors"] == 3);
    }
}

TEST_CASE("a value of the wrong shape is an input error at the value, never a missing value",
          "[e2e][closed]") {
    const edited_case c("policy.json", policy_head + R"(  "adopted_on": "hösten 2017",
  "version": "2",
  "valid_until": 2030,
  "focus_areas": "Arbete"
}
)");
    c.require_refused();
    CHECK(c.report["errors"] ==
          json::array({c.error("policy.json", 10, 17, "/adopted_on",
                               "förväntade ett datum (ÅÅÅÅ-MM-DD) som finns i kalendern"),
                       c.error("policy.json", 11, 14, "/version",
                               "förväntade ett heltal eller null, fick en text"),
                       c.error("policy.json", 12, 18, "/valid_until",
                               "förväntade ett datum (ÅÅÅÅ-MM-DD) eller null, fick ett tal"),
                       c.error("policy.json", 13, 18, "/focus_areas",
                               "förväntade en lista, fick en text")}));
    CHECK(c.result.out.find("Kan inte bedömas") == std::string::npos);
}
