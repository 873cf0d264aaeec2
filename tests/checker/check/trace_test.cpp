// The traceability matrix on a small policy text and pack written here: each
// obligation sentence placed with the rules citing it, the reason a pack
// gives for it not being checkable, or uncovered.
#include "checker/check/trace.hpp"
#include "tests/checker/load/load_test_support.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using namespace granska::checker;

namespace {

const char* const pack_text = R"(pack prov "Provpaket"
document "Provpolicy"
applies to "9999"

rule P-01 "Uppföljning" {
  severity error
  cite section "1" clause "Nämnden ska följa upp planen varje år."
  require true else "x"
}

rule P-02 "Rapport" {
  severity warning
  cite section "2" clause "Styrelsen måste rapportera"
  require true else "x"
}

not_checkable "Alla ska bemötas med respekt." because "Bemötande syns inte i inlämnade uppgifter."
)";

policy_text provpolicy() {
    policy_text p;
    p.file = "prov/policy.txt";
    p.municipality_code = "9999";
    p.text = "1 Uppföljning\nNämnden ska följa upp planen varje år. Kommunen ligger vid en sjö. "
             "Styrelsen måste rapportera till fullmäktige. Alla ska bemötas med respekt. "
             "Förvaltningen ska redovisa sina kostnader.\n";
    p.normalized = normalize_text(p.text);
    return p;
}

trace_matrix traced() {
    granska::test::temp_folder t;
    const auto loaded = load_packs({t.write("prov.rules", pack_text)});
    REQUIRE(loaded.errors.empty());
    return trace_policy(provpolicy(), loaded.value);
}

} // namespace

TEST_CASE("trace: each obligation sentence is placed or left uncovered", "[trace]") {
    const auto m = traced();
    CHECK(m.policy_file == "prov/policy.txt");
    CHECK(m.municipality_code == "9999");
    REQUIRE(m.rows.size() == 4); // "Kommunen ligger vid en sjö." states no obligation
    CHECK(m.rows[0].sentence == "Nämnden ska följa upp planen varje år.");
    CHECK(m.rows[0].form == "ska");
    CHECK(m.rows[0].rules == std::vector<std::string>{"P-01"});
    // A clause quoting part of a sentence covers it.
    CHECK(m.rows[1].sentence == "Styrelsen måste rapportera till fullmäktige.");
    CHECK(m.rows[1].form == "måste");
    CHECK(m.rows[1].rules == std::vector<std::string>{"P-02"});
    CHECK(m.rows[2].rules.empty());
    CHECK(m.rows[2].not_checkable == "Bemötande syns inte i inlämnade uppgifter.");
    CHECK(m.rows[2].covered());
    CHECK(m.rows[3].sentence == "Förvaltningen ska redovisa sina kostnader.");
    CHECK_FALSE(m.rows[3].covered());
    CHECK(m.uncovered() == 1);
    CHECK(m.not_applicable.empty());
}

TEST_CASE("trace: the JSON matrix holds the same rows", "[trace]") {
    const auto j = nlohmann::json::parse(format_trace_json(traced()));
    const std::string text = j.dump();
    CHECK(text.find("Förvaltningen ska redovisa sina kostnader.") != std::string::npos);
    CHECK(text.find("P-02") != std::string::npos);
}

TEST_CASE("trace: a policy no pack applies to has every obligation uncovered", "[trace]") {
    granska::test::temp_folder t;
    const auto loaded = load_packs({t.write("prov.rules", pack_text)});
    REQUIRE(loaded.errors.empty());
    auto other = provpolicy();
    other.municipality_code = "1111";
    const auto m = trace_policy(other, loaded.value);
    CHECK(m.rows.size() == 4);
    CHECK(m.uncovered() == 4);
}
