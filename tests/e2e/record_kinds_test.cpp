// A record kind declared in a pack is enforced on input: a malformed record of
// that kind is an input error at its file, line, column and JSON Pointer, and
// the case is not checked (no finding comes from it).
#include "run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string pack = "tests/language/provkoping/provkoping.rules";

// The example case with the Socialnämnd plan's civic_orientation records replaced.
struct case_with_records {
    std::string dir = granska::e2e::temp_dir();
    std::string path = dir + "/provkoping";
    std::string plan = path + "/plans/sn-2026.json";
    granska::e2e::outcome result;
    json report;

    explicit case_with_records(const std::string& records) {
        fs::copy(granska::e2e::source_dir() + "/tests/language/example-case", path,
                 fs::copy_options::recursive);
        std::ofstream(plan, std::ios::binary | std::ios::trunc)
            << "{\n  \"format\": \"granska/1\",\n  \"kind\": \"plan\",\n"
               "  \"municipality\": {\"name\": \"Provköpings kommun\", \"code\": \"9999\"},\n"
               "  \"id\": \"sn-2026\",\n  \"body\": \"socialnamnden\",\n"
               "  \"document_type\": \"verksamhetsplan\",\n"
               "  \"period\": {\"from\": \"2026-01-01\", \"to\": \"2026-12-31\"},\n"
               "  \"records\": {\"civic_orientation\": [\n"
            << records << "\n  ]}\n}\n";
        result = granska::e2e::run_granska(
            {"check", "--rules", pack, path, "--as-of", "2026-11-22", "--format", "json"});
        report = json::parse(result.out);
    }
    ~case_with_records() {
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    json error(int line, int column, const std::string& pointer, const std::string& message) const {
        return {{"file", plan},
                {"line", line},
                {"column", column},
                {"pointer", pointer},
                {"message", message}};
    }
};

} // namespace

TEST_CASE("records of a declared kind that are well formed are checked", "[e2e][records]") {
    case_with_records c(R"(    {"id": "so-1", "received_on": "2026-03-01", "started_on": null})");
    CHECK(c.result.status == 1);
    CHECK(c.report["errors"].empty());
    REQUIRE(c.report["cases"].size() == 1);
    CHECK(c.report["cases"][0]["loaded"] == true);
}

TEST_CASE("a malformed record of a declared kind is an input error", "[e2e][records]") {
    case_with_records c(R"(    {"id": "so-1", "received_on": null},
    {"id": "so-2", "started_on": "2026-03-01"},
    {"id": "so-3", "received_on": "2026-03-01", "finished_on": "2026-04-01"})");
    CHECK(c.result.status == 2);
    REQUIRE(c.report["cases"].size() == 1);
    CHECK(c.report["cases"][0]["loaded"] == false);
    CHECK(c.report["cases"][0]["findings"].empty());
    const std::string why = "posten i registret civic_orientation kräver det; skriv typen med ? i "
                            "paketet provkoping om fältet får saknas";
    CHECK(c.report["errors"] ==
          json::array({c.error(10, 35, "/records/civic_orientation/0/received_on",
                               "förväntade ett datum (ÅÅÅÅ-MM-DD) som finns i kalendern, inte "
                               "null (" +
                                   why + ")"),
                       c.error(11, 5, "/records/civic_orientation/1",
                               "saknar obligatoriskt fält \"received_on\" (" + why + ")"),
                       c.error(12, 49, "/records/civic_orientation/2/finished_on",
                               "okänd nyckel `finished_on`; här gäller bara `id`, `received_on` "
                               "och `started_on`")}));
}

TEST_CASE("a record the format itself refuses is refused before the declaration is read",
          "[e2e][records]") {
    case_with_records c(R"(    {"id": "so-1", "received_on": "2026-02-30"})");
    CHECK(c.result.status == 2);
    CHECK(c.report["errors"] ==
          json::array({c.error(10, 35, "/records/civic_orientation/0/received_on",
                               "förväntade ett datum (ÅÅÅÅ-MM-DD) som finns i kalendern")}));
}
