// Joining a case's documents (join_case, reached through load_case): the
// joins the rules read (bodies by id, each body's plans) on the Herrljunga
// fixture, and the references between bodies that must resolve.
#include "checker/load/load.hpp"
#include "tests/checker/load/load_test_support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using granska::checker::load_case;

namespace {

std::vector<std::string> ids(const std::vector<const granska::model::node*>& nodes) {
    std::vector<std::string> out;
    for (const auto* n : nodes)
        out.emplace_back(n->get_text("id"));
    return out;
}

const std::string policy_json = R"({"format": "granska/1", "kind": "policy",
 "municipality": {"name": "Provköping kommun", "code": "9999"},
 "id": "pol", "title": "Policy"}
)";

std::string organisation_with(const std::string& bodies) {
    return R"({"format": "granska/1", "kind": "organisation",
 "municipality": {"name": "Provköping kommun", "code": "9999"},
 "bodies": [)" +
           bodies + "]}\n";
}

std::vector<std::string> messages(const granska::checker::load_result& r) {
    std::vector<std::string> out;
    for (const auto& e : r.errors)
        out.push_back(e.pointer + ": " + e.message);
    return out;
}

} // namespace

TEST_CASE("join: bodies in document order and by id and each with its plans", "[join]") {
    const auto loaded = load_case(GRANSKA_SOURCE_DIR "/tests/e2e/fixtures/herrljunga");
    REQUIRE(loaded.errors.empty());
    REQUIRE(loaded.value);
    const auto& data = *loaded.value;
    CHECK(data.municipality_code == "1466");
    CHECK(data.municipality_name == "Herrljunga kommun");
    CHECK(ids(data.bodies) == std::vector<std::string>{"kommunfullmaktige", "kommunstyrelsen",
                                                       "socialnamnden",
                                                       "kultur-och-fritidsnamnden"});
    REQUIRE(data.bodies_by_id.count("socialnamnden") == 1);
    CHECK(data.bodies_by_id.at("socialnamnden") == data.bodies[2]);
    CHECK(data.bodies_by_id.count("finns-inte") == 0);
    // Plans in path order; a body without plans has no entry.
    CHECK(ids(data.plans) ==
          std::vector<std::string>{"ks-2026", "kultur-2025", "kultur-2026", "socialnamnden-2026"});
    CHECK(ids(data.plans_by_body.at(data.bodies[3])) ==
          std::vector<std::string>{"kultur-2025", "kultur-2026"});
    CHECK(ids(data.plans_by_body.at(data.bodies[1])) == std::vector<std::string>{"ks-2026"});
    CHECK(data.plans_by_body.count(data.bodies[0]) == 0);
}

TEST_CASE("join: a unit's förvaltning and a company's owner must be bodies", "[join]") {
    granska::test::temp_folder t;
    t.write("policy.json", policy_json);
    t.write("organisation.json",
            organisation_with(R"({"id": "ks", "name": "Kommunstyrelsen", "kind": "kommunstyrelse"},
 {"id": "enhet-1", "name": "Enhet", "kind": "enhet", "parent": "forvaltning-x"},
 {"id": "bolag-1", "name": "Bolaget AB", "kind": "bolag", "owner": "agare-y"})"));
    const auto r = load_case(t.path());
    CHECK(r.value == nullptr);
    CHECK(messages(r) ==
          std::vector<std::string>{
              "/bodies/1/parent: organet \"forvaltning-x\" finns inte i organisationen",
              "/bodies/2/owner: organet \"agare-y\" finns inte i organisationen"});
}

TEST_CASE("join: every body's parent must be a body", "[join]") {
    // submission-format.md: `parent` is a body id (an utskott's nämnd), and
    // a file naming a body that does not exist is an input error.
    granska::test::temp_folder t;
    t.write("policy.json", policy_json);
    t.write("organisation.json",
            organisation_with(R"({"id": "ks", "name": "Kommunstyrelsen", "kind": "kommunstyrelse"},
 {"id": "au", "name": "Arbetsutskottet", "kind": "utskott", "parent": "finns-inte"},
 {"id": "sn", "name": "Socialnämnden", "kind": "nämnd", "parent": null})"));
    const auto r = load_case(t.path());
    CHECK(r.value == nullptr);
    CHECK(messages(r) ==
          std::vector<std::string>{
              "/bodies/1/parent: organet \"finns-inte\" finns inte i organisationen"});
}
