// The granska/1 schema: embedded copy, what it requires, dates and durations.
#include "checker/load/json_reader.hpp"
#include "checker/load/load.hpp"
#include "checker/load/validate.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using granska::model::node;
using granska::model::node_type;

namespace {

std::string file_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Validates one document; each error as "pointer line:column message".
struct validated {
    granska::model::document doc;
    std::pmr::monotonic_buffer_resource arena;
    granska::checker::json_reader reader;
    node* root = nullptr;
    std::vector<std::string> errors;

    explicit validated(std::string text) {
        doc.bytes = std::move(text);
        auto r = reader.read(doc.bytes, 0, arena);
        REQUIRE(r.errors.empty());
        root = r.root;
        for (const auto& e : granska::checker::validate_document(*root))
            errors.push_back(granska::model::pointer_of(e.at) + " " +
                             std::to_string(doc.line_of(e.at->offset)) + ":" +
                             std::to_string(doc.column_of(e.at->offset)) + " " + e.message);
    }
};

const std::string policy_head = R"({"format": "granska/1", "kind": "policy",
 "municipality": {"name": "K", "code": "9999"}, "id": "p", "title": "T")";

std::string policy_with(const std::string& fields) {
    return policy_head + ",\n " + fields + "}";
}

const std::string plan_head = R"({"format": "granska/1", "kind": "plan",
 "municipality": {"name": "K", "code": "9999"}, "id": "p", "body": "sn",
 "document_type": "åtgärdsplan", "period": {"from": "2026-01-01", "to": "2026-12-31"})";

std::string plan_with(const std::string& fields) {
    return plan_head + ",\n " + fields + "}";
}

} // namespace

TEST_CASE("the embedded schema is the schema file, byte for byte", "[load][schema]") {
    const std::string file = file_text(GRANSKA_SOURCE_DIR "/schema/granska-1.schema.json");
    REQUIRE(!file.empty());
    CHECK(granska::checker::granska_schema_text() == file);
    const auto schema = nlohmann::json::parse(file);
    CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
}

TEST_CASE("minimal documents of each kind are valid", "[load][schema]") {
    CHECK(validated(policy_head + "}").errors.empty());
    CHECK(validated(plan_head + "}").errors.empty());
    CHECK(validated(R"({"format": "granska/1", "kind": "organisation",
 "municipality": {"name": "K", "code": "9999"}, "bodies": []})")
              .errors.empty());
}

TEST_CASE("format and kind are checked first", "[load][schema]") {
    CHECK(validated("[]").errors ==
          std::vector<std::string>{" 1:1 förväntade ett objekt, fick en lista"});
    CHECK(validated("{}").errors ==
          std::vector<std::string>{" 1:1 saknar obligatoriskt fält \"format\"",
                                   " 1:1 saknar obligatoriskt fält \"kind\""});
    CHECK(validated(R"({"format": "granska/2", "kind": "rapport"})").errors ==
          std::vector<std::string>{"/format 1:12 förväntade \"granska/1\"",
                                   "/kind 1:33 förväntade en av: policy, organisation, plan"});
}

TEST_CASE("required fields are named, optional ones may be absent or null", "[load][schema]") {
    CHECK(validated(R"({"format": "granska/1", "kind": "policy", "id": "p"})").errors ==
          std::vector<std::string>{" 1:1 saknar obligatoriskt fält \"municipality\"",
                                   " 1:1 saknar obligatoriskt fält \"title\""});
    CHECK(
        validated(policy_with(R"("registration_number": null, "adopted_by": "", "adopted_on": null,
 "owner": null, "valid_until": null, "revision_interval": null)"))
            .errors.empty());
    CHECK(
        validated(plan_with(R"("actions": [{"id": "a", "description": "d", "status": "planned"}])"))
            .errors.empty());
    CHECK(validated(plan_with(R"("actions": [{"id": "a", "status": "late"}])")).errors ==
          std::vector<std::string>{
              "/actions/0 4:14 saknar obligatoriskt fält \"description\"",
              "/actions/0/status 4:36 förväntade en av: planned, ongoing, done, cancelled"});
}

TEST_CASE("types and enums say what was expected", "[load][schema]") {
    CHECK(validated(
              policy_with(R"("version": "2", "focus_areas": "Arbete", "document_type": "regel")"))
              .errors ==
          std::vector<std::string>{"/version 3:13 förväntade ett heltal eller null, fick en text",
                                   "/focus_areas 3:33 förväntade en lista, fick en text",
                                   "/document_type 3:60 förväntade en av: policy, program, "
                                   "strategi, riktlinje, plan, handlingsplan, "
                                   "åtgärdsplan, rutin"});
    CHECK(validated(R"({"format": "granska/1", "kind": "organisation",
 "municipality": {"name": "K", "code": "9999"},
 "bodies": [{"id": "", "name": "N", "kind": "styrelse", "wholly_owned": "ja"}]})")
              .errors ==
          std::vector<std::string>{
              "/bodies/0/id 3:20 får inte vara tom",
              "/bodies/0/kind 3:45 förväntade en av: kommunfullmäktige, kommunstyrelse, nämnd, "
              "utskott, förvaltning, bolag, gemensam nämnd, kommunalförbund, beredning, enhet",
              "/bodies/0/wholly_owned 3:73 förväntade ett sanningsvärde (true eller false) eller "
              "null, "
              "fick en text"});
}

TEST_CASE("impossible dates are errors with pointer, line and column", "[load][schema]") {
    for (const char* bad :
         {"2023-02-30", "0000-01-01", "2024-01-01T00:00", "2024-01-01+01:00", "2024-1-1"}) {
        INFO(bad);
        CHECK(validated(policy_with(std::string(R"("adopted_on": ")") + bad + "\"")).errors ==
              std::vector<std::string>{
                  "/adopted_on 3:16 förväntade ett datum (ÅÅÅÅ-MM-DD) som finns i kalendern"});
    }
    CHECK(validated(policy_with(R"("adopted_on": 20230230)")).errors ==
          std::vector<std::string>{
              "/adopted_on 3:16 förväntade ett datum (ÅÅÅÅ-MM-DD) eller null, fick ett tal"});
}

TEST_CASE("an empty date or duration a rule reports missing is null, elsewhere an error",
          "[load][schema]") {
    // requirements.md: deadline, follow_up_interval (action) and adopted_on
    // (policy) "may be absent or empty in a valid file: that is a finding".
    validated v(policy_with(R"("adopted_on": " ", "actions": [{"id": "a", "description": "d",
 "status": "planned", "deadline": "", "follow_up_interval": ""}])"));
    REQUIRE(v.errors.empty());
    CHECK(v.root->get("adopted_on")->type == node_type::null_value);
    const node* action = &v.root->get("actions")->items[0];
    CHECK(action->get("deadline")->type == node_type::null_value);
    CHECK(action->get("follow_up_interval")->type == node_type::null_value);
    CHECK(validated(policy_with(R"("valid_until": "")")).errors ==
          std::vector<std::string>{
              "/valid_until 3:17 förväntade ett datum (ÅÅÅÅ-MM-DD) som finns i kalendern"});
}

TEST_CASE("malformed durations are errors", "[load][schema]") {
    for (const char* bad : {"P-1Y", "6 månader", "P1.5Y", "PT1H", "P"}) {
        INFO(bad);
        CHECK(
            validated(policy_with(std::string(R"("follow_up_interval": ")") + bad + "\"")).errors ==
            std::vector<std::string>{"/follow_up_interval 3:24 förväntade en tidslängd enligt ISO "
                                     "8601 (t.ex. P4Y, P6M, P1Y2M, P120D)"});
    }
}

TEST_CASE("dates and durations become typed nodes", "[load][schema]") {
    validated v(policy_with(R"("adopted_on": "2020-02-29", "follow_up_interval": "P1Y6M",
 "follow_ups": [{"date": "2022-03-01", "reported_to": "kf"}])"));
    REQUIRE(v.errors.empty());
    const node* adopted = v.root->get("adopted_on");
    REQUIRE(adopted->type == node_type::date);
    CHECK(granska::calendar::format(adopted->date) == "2020-02-29");
    const node* interval = v.root->get("follow_up_interval");
    REQUIRE(interval->type == node_type::duration);
    CHECK(interval->as_duration() == granska::calendar::duration{1, 6, 0});
    CHECK(v.root->get("follow_ups")->items[0].get("date")->type == node_type::date);
}

TEST_CASE("records are lists of objects, and childcare placements are declared", "[load][schema]") {
    validated ok(
        plan_with(R"("records": {"childcare_placements": [{"id": "c1", "applied_on": "2025-10-31",
 "placed_on": null}], "other": [{"x": 1}]})"));
    CHECK(ok.errors.empty());
    CHECK(ok.root->get("records")->get("childcare_placements")->items[0].get("applied_on")->type ==
          node_type::date);
    CHECK(
        validated(
            plan_with(
                R"("records": {"childcare_placements": [{"id": "c1", "placed_on": "2026-13-01"}],
 "other": [1]})"))
            .errors ==
        std::vector<std::string>{
            "/records/childcare_placements/0/placed_on 4:65 förväntade ett datum (ÅÅÅÅ-MM-DD) som "
            "finns i kalendern",
            "/records/other/0 5:12 förväntade ett objekt, fick ett tal"});
}

TEST_CASE("records of other kinds: an id is a text, date keys hold dates", "[load][schema]") {
    validated ok(plan_with(
        R"("records": {"home_visits": [{"id": "h1", "visited_on": "2026-03-01", "date": null,
 "note": "2026-03-02", "seen_by": 2}]})"));
    CHECK(ok.errors.empty());
    const node& visit = ok.root->get("records")->get("home_visits")->items[0];
    CHECK(visit.get("visited_on")->type == node_type::date);
    CHECK(visit.get("note")->type == node_type::string); // not a date key: left as text
    CHECK(validated(plan_with(R"("records": {"home_visits": [{"id": 7, "visited_on": "i mars",
 "date": 20260301, "decided_on": "2026-02-30"}]})"))
              .errors ==
          std::vector<std::string>{
              "/records/home_visits/0/id 4:37 förväntade en text, fick ett tal",
              "/records/home_visits/0/visited_on 4:54 förväntade ett datum (ÅÅÅÅ-MM-DD) som "
              "finns i kalendern",
              "/records/home_visits/0/date 5:10 förväntade ett datum (ÅÅÅÅ-MM-DD) eller null, "
              "fick ett tal",
              "/records/home_visits/0/decided_on 5:34 förväntade ett datum (ÅÅÅÅ-MM-DD) som "
              "finns i kalendern"});
}

TEST_CASE("unknown keys are errors with the closest known key", "[load][schema]") {
    CHECK(validated(policy_with(R"("focus_area": ["Arbete"], "adoptedOn": "2020-01-01")")).errors ==
          std::vector<std::string>{
              "/focus_area 3:16 okänd nyckel `focus_area`; menade du `focus_areas`?",
              "/adoptedOn 3:41 okänd nyckel `adoptedOn`; menade du `adopted_on`?"});
    CHECK(validated(plan_with(R"("period_x": 1)")).errors ==
          std::vector<std::string>{"/period_x 4:14 okänd nyckel `period_x`; menade du `period`?"});
    CHECK(validated(R"({"format": "granska/1", "kind": "organisation",
 "municipality": {"name": "K", "code": "9999", "lan": "O"}, "bodies": []})")
              .errors ==
          std::vector<std::string>{"/municipality/lan 2:55 okänd nyckel `lan`; här gäller bara "
                                   "`code` och `name`"});
    // Records stay open by name: any register may be submitted.
    CHECK(validated(plan_with(R"("records": {"any_register": []})")).errors.empty());
}

TEST_CASE("the optional fields of catalogue version 2 are declared", "[load][schema]") {
    validated plan(plan_with(R"("goals": [{"id": "g1", "text": "t", "serves": ["policy:p"]}],
 "actions": [{"id": "a1", "description": "d", "status": "done", "serves": ["g1"]}],
 "follow_ups": [{"date": "2026-03-01", "covers": {"from": "2025-01-01", "to": "2025-12-31"}}],
 "reports": [{"date": "2026-03-01", "to": "kommunstyrelse",
              "covers": {"from": "2025-01-01", "to": "2025-12-31"}}],
 "revisions": [{"date": "2026-01-15", "version": 2, "adopted_by": "kommunstyrelse"}],
 "records": {"childcare_placements": [{"id": "c1", "requested_on": "2026-01-10",
   "wanted_from": "2026-08-01", "offered_on": "2026-07-20"}]})"));
    CHECK(plan.errors.empty());
    CHECK(plan.root->get("follow_ups")->items[0].get("covers")->get("to")->type == node_type::date);
    CHECK(
        plan.root->get("records")->get("childcare_placements")->items[0].get("offered_on")->type ==
        node_type::date);
    const std::string head = R"({"format": "granska/1", "kind": "organisation",
 "municipality": {"name": "K", "code": "9999"}, "bodies": [)";
    CHECK(validated(head + R"({"id": "gn", "name": "G", "kind": "gemensam nämnd", "host": "1490"},
 {"id": "kf", "name": "F", "kind": "kommunalförbund"}, {"id": "b", "name": "B", "kind": "beredning"},
 {"id": "vn", "name": "V", "kind": "nämnd", "statutory": true},
 {"id": "e", "name": "E", "kind": "enhet", "parent": "vn"},
 {"id": "ab", "name": "AB", "kind": "bolag", "wholly_owned": true, "owner": "kf"}]})")
              .errors.empty());
    CHECK(validated(head + R"({"id": "e", "name": "E", "kind": "enhet"}]})").errors ==
          std::vector<std::string>{"/bodies/0 2:60 saknar obligatoriskt fält \"parent\""});
}

TEST_CASE("errors per document are capped", "[load][schema]") {
    std::string list;
    for (int i = 0; i < 150; ++i)
        list += std::string(i ? ", " : "") + "{\"date\": \"x\", \"reported_to\": \"kf\"}";
    validated v(policy_with("\"follow_ups\": [" + list + "]"));
    REQUIRE(v.errors.size() == granska::checker::max_schema_errors + 1);
    CHECK(v.errors.back().find("fler fel i filen visas inte (de första 100 visas)") !=
          std::string::npos);
}

TEST_CASE("the bundled policies' data files pass the schema", "[load][schema]") {
    namespace fs = std::filesystem;
    std::size_t checked = 0;
    for (const auto& dir : fs::directory_iterator(GRANSKA_SOURCE_DIR "/policies")) {
        if (!fs::exists(dir.path() / "policy.json") ||
            !fs::exists(dir.path() / "organisation.json"))
            continue;
        const auto r = granska::checker::load_case(dir.path().string());
        std::string shown = dir.path().string();
        for (const auto& e : r.errors)
            shown += "\n" + render(e);
        INFO(shown);
        CHECK(r.errors.empty());
        ++checked;
    }
    CHECK(checked > 0);
}
