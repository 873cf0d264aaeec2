// The compiler on packs written inline: what a compiled rule records of its
// source (citation, level, note, same_fact_as, line), what a pack records
// (includes, criteria, not_checkable sentences), and that a pack with any
// error yields no compiled pack. Every kind of compiler error, with its whole
// message, is a golden file: compile_golden_test.cpp.
#include "tests/support/rule_harness.hpp"

#include <catch2/catch.hpp>

using granska::testing::compile_errors;
using granska::testing::compile_or_fail;
using granska::testing::rule_source;
using namespace granska::checker;

TEST_CASE("compile: a rule records its citation and level and source line", "[compile]") {
    const auto pack = compile_or_fail(rule_source("P-01", "  require true else \"x\"", "warning") +
                                      rule_source("P-02", "  require true else \"x\"\n"
                                                          "  require false else \"y\""));
    CHECK(pack->info.id == "prov");
    CHECK(pack->info.title == "Provpaket");
    CHECK(pack->info.applies_to_all);
    REQUIRE(pack->rules.size() == 2);
    const auto& first = pack->rules[0]->info;
    CHECK(first.id == "P-01");
    CHECK(first.title == "Provregel");
    CHECK(first.level == severity::warning);
    CHECK(first.cite.document == "Provpolicy"); // the pack's document by default
    CHECK(first.cite.section == "1");
    CHECK(first.cite.text == "Klausul.");
    CHECK(first.pack == "prov");
    CHECK(first.file == "prov.rules");
    CHECK(first.line == 4); // after pack_source's three header lines
    CHECK_FALSE(first.per_municipality);
    CHECK_FALSE(first.statute);
    CHECK(pack->rules[0]->require_count == 1);
    CHECK(pack->rules[1]->require_count == 2);
    CHECK(pack->rules[1]->info.line == 9);
}

TEST_CASE("compile: a statute citation is written as chapter and paragraph", "[compile]") {
    const auto pack = compile_or_fail(
        "rule L-01 \"Lag\" {\n  severity info\n"
        "  cite statute \"lag (2018:218)\" chapter 3 paragraph 10\n"
        "  note \"Tolkning.\"\n  same_fact_as L-02\n  require true else \"x\"\n}\n"
        "rule L-02 \"Lag utan kapitel\" {\n  severity info\n"
        "  cite statute \"lag (2018:218)\" paragraph 5\n  require true else \"x\"\n}\n");
    const auto& chapter = pack->rules[0]->info;
    CHECK(chapter.statute);
    CHECK(chapter.cite.document == "lag (2018:218)");
    CHECK(chapter.cite.section == "3 kap. 10 §");
    CHECK(chapter.cite.text.empty());
    CHECK(chapter.note == "Tolkning.");
    CHECK(chapter.same_fact_as == "L-02");
    CHECK(pack->rules[1]->info.cite.section == "5 §");
}

TEST_CASE("compile: a pack records includes and criteria and not_checkable sentences",
          "[compile]") {
    auto parsed = granska::parser::parse_rule_pack(
        "kommun.rules",
        "pack kommun \"Kommunen\"\ndocument \"Policyn\"\napplies to \"1466\", \"1452\"\n"
        "include common\n"
        "criterion COM-01 cite section \"Huvud\" clause \"Diarienummer: 1\"\n"
        "not_checkable \"Alla ska trivas.\" because \"Det mäts inte.\"\n");
    REQUIRE(parsed.value);
    const auto compiled = compile_pack(*parsed.value, "abc");
    REQUIRE(compiled.errors.empty());
    REQUIRE(compiled.value);
    const auto& pack = *compiled.value;
    CHECK(pack.info.sha256 == "abc");
    CHECK(pack.info.codes == std::vector<std::string>{"1466", "1452"});
    CHECK_FALSE(pack.info.applies_to_all);
    CHECK(pack.includes == std::vector<std::string>{"common"});
    REQUIRE(pack.criteria.size() == 1);
    CHECK(pack.criteria[0].rule == "COM-01");
    CHECK(pack.criteria[0].cite.document == "Policyn");
    CHECK(pack.criteria[0].cite.section == "Huvud");
    CHECK(pack.criteria[0].cite.text == "Diarienummer: 1");
    CHECK(pack.criteria[0].line == 5);
    REQUIRE(pack.not_checkables.size() == 1);
    CHECK(pack.not_checkables[0].sentence == "Alla ska trivas.");
    CHECK(pack.not_checkables[0].reason == "Det mäts inte.");
    CHECK(pack.rules.empty());
}

TEST_CASE("compile: one error in one rule yields no pack and every error is reported",
          "[compile]") {
    const std::string rules = rule_source("P-01", "  require true else \"x\"") +
                              rule_source("P-02", "  require policy.adopted_at else \"x\"") +
                              rule_source("P-03", "  require frobnicate() else \"x\"");
    auto parsed =
        granska::parser::parse_rule_pack("prov.rules", granska::testing::pack_source(rules));
    REQUIRE(parsed.value);
    const auto compiled = compile_pack(*parsed.value, "");
    CHECK_FALSE(compiled.value);
    REQUIRE(compiled.errors.size() == 2);
    CHECK(compiled.errors[0].line == 12);
    CHECK(compiled.errors[1].line == 17);
    CHECK(compile_errors(rules).find("okänd funktion 'frobnicate'") != std::string::npos);
}
