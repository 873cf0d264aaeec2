// Reading a whole case: files, join, and every error reported with its place.
#include "checker/base/sha256.hpp"
#include "checker/load/load.hpp"
#include "load_test_support.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <sys/stat.h>

using granska::checker::load_case;
using granska::checker::load_options;
using granska::test::temp_folder;

namespace {

namespace fs = std::filesystem;

const std::string valid_case = GRANSKA_SOURCE_DIR "/tests/checker/load/fixtures/valid";

const std::string policy_json = R"({"format": "granska/1", "kind": "policy",
 "municipality": {"name": "Provköping kommun", "code": "9999"},
 "id": "pol", "title": "Policy"}
)";
const std::string organisation_json = R"({"format": "granska/1", "kind": "organisation",
 "municipality": {"name": "Provköping kommun", "code": "9999"},
 "bodies": [{"id": "ks", "name": "Kommunstyrelsen", "kind": "kommunstyrelse"},
            {"id": "sn", "name": "Socialnämnden", "kind": "nämnd"}]}
)";

std::string plan_json(const std::string& id, const std::string& body,
                      const std::string& code = "9999") {
    return R"({"format": "granska/1", "kind": "plan",
 "municipality": {"name": "Provköping kommun", "code": ")" +
           code + R"("},
 "id": ")" +
           id + R"(", "body": ")" + body + R"(",
 "document_type": "handlingsplan", "period": {"from": "2026-01-01", "to": "2026-12-31"}}
)";
}

// A case folder with a policy, an organisation and the given extra files.
void write_case(const temp_folder& t,
                const std::vector<std::pair<std::string, std::string>>& extra = {}) {
    t.write("policy.json", policy_json);
    t.write("organisation.json", organisation_json);
    for (const auto& [name, text] : extra)
        t.write(name, text);
}

std::vector<std::string> messages(const granska::checker::load_result& r) {
    std::vector<std::string> out;
    for (const auto& e : r.errors)
        out.push_back(e.file + ":" + std::to_string(e.line) + ":" + std::to_string(e.column) +
                      ": " + e.pointer + ": " + e.message);
    return out;
}

} // namespace

TEST_CASE("a valid case is read, validated and joined", "[load]") {
    const auto r = load_case(valid_case);
    REQUIRE(r.errors.empty());
    REQUIRE(r.value != nullptr);
    const auto& data = *r.value;
    CHECK(data.path == valid_case);
    CHECK(r.files == std::vector<std::string>{valid_case + "/organisation.json",
                                              valid_case + "/plans/bostader-2026.json",
                                              valid_case + "/plans/social-2025.json",
                                              valid_case + "/plans/social-2026.json",
                                              valid_case + "/policy.json"});
    REQUIRE(data.documents.size() == 5);
    CHECK(data.documents[0]->kind == "organisation");
    CHECK(data.documents[1]->kind == "plan");
    CHECK(data.documents[4]->kind == "policy");
    CHECK(data.documents[4]->path == valid_case + "/policy.json");
    CHECK(data.documents[4]->sha256 == granska::checker::sha256_hex(data.documents[4]->bytes));
    CHECK(data.policy == data.documents[4]->root);
    CHECK(data.organisation == data.documents[0]->root);
    CHECK(data.municipality_code == "9999");
    CHECK(data.municipality_name == "Provköping kommun");
    REQUIRE(data.plans.size() == 3);
    CHECK(data.plans[0]->get_text("id") == "bostader-2026");
    CHECK(data.plans[2]->get_text("id") == "social-2026");
    REQUIRE(data.bodies.size() == 4);
    CHECK(data.bodies[2]->get_text("id") == "socialnamnden");
    CHECK(data.bodies_by_id.at("socialnamnden") == data.bodies[2]);
    const auto& social = data.plans_by_body.at(data.bodies[2]);
    REQUIRE(social.size() == 2);
    CHECK(social[0]->get_text("id") == "social-2025");
    CHECK(social[1]->get_text("id") == "social-2026");
    CHECK(data.plans_by_body.at(data.bodies[3]).size() == 1);
    CHECK(data.plans_by_body.count(data.bodies[0]) == 0);
}

TEST_CASE("document paths join the case path as typed with the relative path", "[load]") {
    temp_folder t;
    write_case(t, {{"plans/p.json", plan_json("p", "sn")}});
    const auto r = load_case(t.path() + "/");
    REQUIRE(r.value != nullptr);
    CHECK(r.files == std::vector<std::string>{t.path() + "/organisation.json",
                                              t.path() + "/plans/p.json",
                                              t.path() + "/policy.json"});
}

TEST_CASE("a single file is a case of one document", "[load]") {
    temp_folder t;
    const std::string file = t.write("policy.json", policy_json);
    const auto r = load_case(file);
    CHECK(r.files == std::vector<std::string>{file});
    CHECK(r.value == nullptr);
    CHECK(messages(r) ==
          std::vector<std::string>{
              file + ":0:0: : fallet saknar ett organisationsdokument (en fil med \"kind\": "
                     "\"organisation\")"});
}

TEST_CASE("a case needs exactly one policy and one organisation", "[load]") {
    SECTION("two policies") {
        temp_folder t;
        write_case(t, {{"z/policy.json", policy_json}});
        const auto r = load_case(t.path());
        CHECK(r.value == nullptr);
        CHECK(messages(r) ==
              std::vector<std::string>{t.path() +
                                       "/z/policy.json:1:33: /kind: fallet har redan ett "
                                       "policydokument (" +
                                       t.path() + "/policy.json); ett fall har exakt ett"});
    }
    SECTION("no policy") {
        temp_folder t;
        t.write("organisation.json", organisation_json);
        const auto r = load_case(t.path());
        CHECK(messages(r) == std::vector<std::string>{
                                 t.path() + ":0:0: : fallet saknar ett policydokument (en fil "
                                            "med \"kind\": \"policy\")"});
    }
    SECTION("no missing-document error when an unreadable file may be the one") {
        temp_folder t;
        t.write("organisation.json", organisation_json);
        t.write("policy.json", "{");
        const auto r = load_case(t.path());
        CHECK(messages(r) == std::vector<std::string>{
                                 t.path() + "/policy.json:1:2: : ogiltig JSON: oväntat slut på "
                                            "filen, förväntade en sträng (nyckel)"});
    }
}

TEST_CASE("every document names the same municipality", "[load]") {
    temp_folder t;
    write_case(t, {{"plans/p.json", plan_json("p", "sn", "1466")}});
    const auto r = load_case(t.path());
    CHECK(r.value == nullptr);
    CHECK(messages(r) == std::vector<std::string>{
                             t.path() +
                             "/plans/p.json:2:57: /municipality/code: kommunkoden "
                             "\"1466\" skiljer sig från \"9999\" i " +
                             t.path() + "/policy.json; alla filer i ett fall gäller samma kommun"});
}

TEST_CASE("body ids and plan ids are unique, and plans name existing bodies", "[load]") {
    SECTION("a repeated body id") {
        temp_folder t;
        write_case(t);
        t.write("organisation.json", R"({"format": "granska/1", "kind": "organisation",
 "municipality": {"name": "Provköping kommun", "code": "9999"},
 "bodies": [{"id": "sn", "name": "A", "kind": "nämnd"},
            {"id": "sn", "name": "B", "kind": "nämnd"}]}
)");
        const auto r = load_case(t.path());
        CHECK(messages(r) == std::vector<std::string>{
                                 t.path() + "/organisation.json:4:20: /bodies/1/id: organ-id "
                                            "\"sn\" finns redan (/bodies/0); id ska vara unika"});
    }
    SECTION("a repeated plan id") {
        temp_folder t;
        write_case(t, {{"a.json", plan_json("p", "sn")}, {"b.json", plan_json("p", "ks")}});
        const auto r = load_case(t.path());
        CHECK(messages(r) ==
              std::vector<std::string>{t.path() + "/b.json:3:8: /id: plan-id \"p\" finns redan i " +
                                       t.path() + "/a.json; id ska vara unika i fallet"});
    }
    SECTION("a plan for a body that does not exist") {
        temp_folder t;
        write_case(t, {{"plans/p.json", plan_json("p", "kulturnamnden")}});
        const auto r = load_case(t.path());
        CHECK(r.value == nullptr);
        CHECK(messages(r) ==
              std::vector<std::string>{t.path() +
                                       "/plans/p.json:3:21: /body: organet "
                                       "\"kulturnamnden\" finns inte i organisationen (" +
                                       t.path() + "/organisation.json)"});
    }
}

TEST_CASE("all files of a case are read and all their errors reported", "[load]") {
    temp_folder t;
    write_case(t, {{"a.json", "[1,"},
                   {"b.json", plan_json("b", "sn")},
                   {"c.json", "{\"format\": \"granska/1\"}"}});
    const auto r = load_case(t.path());
    CHECK(r.value == nullptr);
    CHECK(r.files.size() == 5);
    CHECK(messages(r) ==
          std::vector<std::string>{
              t.path() + "/a.json:1:4: : ogiltig JSON: oväntat slut på filen, förväntade ett värde",
              t.path() + "/c.json:1:1: : saknar obligatoriskt fält \"kind\""});
}

TEST_CASE("diagnostics carry the source line with personal identity numbers masked", "[load]") {
    temp_folder t;
    write_case(t, {{"p.json", plan_json("p", "811218-9876")}});
    const auto r = load_case(t.path());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message == "organet \"[personnummer]\" finns inte i organisationen (" +
                                     t.path() + "/organisation.json)");
    CHECK(r.errors[0].source_line == R"( "id": "p", "body": "******-****",)");
    CHECK(r.errors[0].column == 21);
}

TEST_CASE("files that cannot be read are named, and the others are still read", "[load]") {
    temp_folder t;
    write_case(t, {{"plans/p.json", plan_json("p", "sn")}});
    fs::create_symlink(t.path() + "/nowhere.json", t.path() + "/dangling.json");
    fs::create_symlink(t.path() + "/loop.json", t.path() + "/loop.json");
    const auto r = load_case(t.path());
    CHECK(r.value == nullptr);
    CHECK(messages(r) ==
          std::vector<std::string>{
              t.path() + "/dangling.json:0:0: : kan inte läsa filen: finns inte",
              t.path() + "/loop.json:0:0: : kan inte läsa filen: symboliska länkar i en slinga"});
    CHECK(r.files.size() == 3); // the readable ones
}

TEST_CASE("a FIFO named .json is an error, not a read that blocks", "[load]") {
    temp_folder t;
    write_case(t);
    REQUIRE(::mkfifo((t.path() + "/fifo.json").c_str(), 0600) == 0);
    auto r = load_case(t.path());
    CHECK(messages(r) ==
          std::vector<std::string>{t.path() +
                                   "/fifo.json:0:0: : kan inte läsa filen: är ingen vanlig fil"});
    r = load_case(t.path() + "/fifo.json");
    CHECK(messages(r) ==
          std::vector<std::string>{t.path() + "/fifo.json:0:0: : fallet kan inte läsas: är varken "
                                              "en mapp eller en vanlig fil"});
}

TEST_CASE("a symbolic link loop between folders does not hang", "[load]") {
    temp_folder t;
    write_case(t, {{"plans/p.json", plan_json("p", "sn")}});
    fs::create_directory_symlink(t.path(), t.path() + "/plans/back");
    fs::create_directory_symlink("..", t.path() + "/plans/up");
    const auto r = load_case(t.path());
    CHECK(r.errors.empty());
    REQUIRE(r.value != nullptr);
    CHECK(r.value->documents.size() == 3);
}

TEST_CASE("files over the size limit are refused without being read", "[load]") {
    temp_folder t;
    write_case(t);
    load_options options;
    options.max_file_size = 100;
    const auto r = load_case(t.path(), options);
    CHECK(r.value == nullptr);
    CHECK(
        messages(r) ==
        std::vector<std::string>{
            t.path() + "/organisation.json:0:0: : filen är större än 100 byte, som är mest granska "
                       "läser per fil",
            t.path() + "/policy.json:0:0: : filen är större än 100 byte, som är mest granska läser "
                       "per fil"});
}

TEST_CASE("a missing case or an empty folder is an error", "[load]") {
    temp_folder t;
    auto r = load_case(t.path() + "/finns-inte");
    CHECK(messages(r) == std::vector<std::string>{
                             t.path() + "/finns-inte:0:0: : fallet kan inte läsas: finns inte"});
    t.write("README.txt", "inget här");
    r = load_case(t.path());
    CHECK(messages(r) == std::vector<std::string>{
                             t.path() + ":0:0: : mappen innehåller inga .json- eller .xlsx-filer"});
}

TEST_CASE("an unknown kind is one error, without follow-on errors", "[load]") {
    temp_folder t;
    write_case(t, {{"x.json", "{\"format\": \"granska/1\", \"kind\": \"budget\"}"}});
    const auto r = load_case(t.path());
    CHECK(messages(r) ==
          std::vector<std::string>{t.path() + "/x.json:1:33: /kind: förväntade en av: policy, "
                                              "organisation, plan"});
}

TEST_CASE("input files are not changed", "[load]") {
    std::vector<std::pair<std::string, fs::file_time_type>> times;
    for (const auto& e : fs::recursive_directory_iterator(valid_case))
        times.emplace_back(e.path().string(), e.last_write_time());
    const auto r = load_case(valid_case);
    REQUIRE(r.value != nullptr);
    for (const auto& doc : r.value->documents) {
        std::ifstream in(doc->path, std::ios::binary);
        std::ostringstream now;
        now << in.rdbuf();
        CHECK(granska::checker::sha256_hex(now.str()) == doc->sha256);
    }
    for (const auto& [path, time] : times)
        CHECK(fs::last_write_time(path) == time);
}

TEST_CASE("the end-to-end fixture cases load as intended", "[load]") {
    const std::string fixtures = GRANSKA_SOURCE_DIR "/tests/e2e/fixtures";
    CHECK(load_case(fixtures + "/herrljunga").errors.empty());
    CHECK(load_case(fixtures + "/tranemo").errors.empty());
    const auto broken = load_case(fixtures + "/broken");
    CHECK(broken.value == nullptr);
    REQUIRE(!broken.errors.empty());
    CHECK(broken.errors[0].file == fixtures + "/broken/plans/trasig.json");
    CHECK(broken.errors[0].line > 0);
}
