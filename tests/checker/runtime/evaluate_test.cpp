// The evaluator on rules compiled from inline source and the Herrljunga
// fixture case (no valid_until, no follow-ups, four bodies): Kleene logic
// over unknown data, empty collections, date arithmetic at its edges, and the
// finding each failed require becomes.
#include "tests/support/rule_harness.hpp"

#include <catch2/catch.hpp>

using granska::testing::findings_of;
using granska::testing::messages;
using granska::testing::rule_source;
using strings = std::vector<std::string>;

namespace {

const char* const herrljunga = "tests/e2e/fixtures/herrljunga";

strings run(const std::string& body, const std::string& as_of = "2026-11-22") {
    static const auto data = granska::testing::fixture_case(herrljunga);
    return messages(findings_of(rule_source("P-01", body), *data, as_of));
}

} // namespace

TEST_CASE("evaluate: a decided false require is one finding with its message", "[evaluate]") {
    CHECK(run("  require policy.adopted_on > 2020-01-01 else \"Antogs {policy.adopted_on}.\"") ==
          strings{"Antogs 2017-11-14."});
    CHECK(run("  require policy.adopted_on < 2020-01-01 else \"x\"").empty());
}

TEST_CASE("evaluate: Kleene logic keeps a decided answer and reports an undecided one",
          "[evaluate]") {
    // valid_until is null in the fixture: every comparison with it is unknown.
    CHECK(run("  require true or as_of <= policy.valid_until else \"x\"").empty());
    CHECK(run("  require false and as_of <= policy.valid_until else \"Avgjort.\"") ==
          strings{"Avgjort."});
    const auto undecided = run("  require as_of <= policy.valid_until else \"x\"");
    REQUIRE(undecided.size() == 1);
    CHECK(undecided.front() != "x");
    CHECK(run("  require not (as_of <= policy.valid_until) else \"x\"") == undecided);
    CHECK(run("  require false or as_of <= policy.valid_until else \"x\"") == undecided);
    CHECK(run("  require true and as_of <= policy.valid_until else \"x\"") == undecided);
    // present() is decided even when the value is absent.
    CHECK(run("  require not present(policy.valid_until) else \"x\"").empty());
}

TEST_CASE("evaluate: empty collections", "[evaluate]") {
    // follow_ups is [] in the fixture.
    CHECK(run("  require count(policy.follow_ups) == 0 else \"x\"").empty());
    CHECK(run("  require exists(f in policy.follow_ups where true) else \"Ingen.\"") ==
          strings{"Ingen."});
    CHECK(run("  require all(f in policy.follow_ups where true : false) else \"x\"").empty());
    CHECK(run("  require none(f in policy.follow_ups where true) else \"x\"").empty());
    CHECK(run("  for f in policy.follow_ups {\n    require false else \"x\"\n  }").empty());
    CHECK(run("  require count([f.date for f in policy.follow_ups]) == 0 else \"x\"").empty());
}

TEST_CASE("evaluate: dates at the boundaries", "[evaluate]") {
    // Adopted 2017-11-14: exactly four years later still holds, a day more fails.
    const std::string four_years = "  require as_of <= policy.adopted_on + 4 years else \"Sen.\"";
    CHECK(run(four_years, "2021-11-14").empty());
    CHECK(run(four_years, "2021-11-15") == strings{"Sen."});
    // A year after a leap day is the last day of February.
    CHECK(run("  require 2024-02-29 + 1 years == 2025-02-28 else \"x\"").empty());
    CHECK(run("  require 2024-02-28 + 1 days == 2024-02-29 else \"x\"").empty());
    CHECK(run("  require as_of between 2026-11-22 and 2026-11-22 else \"x\"").empty());
    CHECK(run("  require year(as_of) == 2026 else \"x\"", "2026-01-01").empty());
}

TEST_CASE("evaluate: a finding is about the innermost subject", "[evaluate]") {
    static const auto data = granska::testing::fixture_case(herrljunga);
    const auto found =
        findings_of(rule_source("P-02",
                                "  for b in bodies where b.kind == \"nämnd\" {\n"
                                "    require false else \"{b.name} saknar plan.\"\n  }",
                                "warning"),
                    *data, "2026-11-22");
    REQUIRE(found.size() == 2);
    CHECK(found[0].rule == "P-02");
    CHECK(found[0].level == granska::checker::severity::warning);
    CHECK(found[0].about.kind == "body");
    CHECK(found[0].about.id == "socialnamnden");
    CHECK(found[0].about.pointer == "/bodies/2");
    CHECK(found[0].message == "Socialnämnden saknar plan.");
    CHECK(found[1].about.id == "kultur-och-fritidsnamnden");
    CHECK(found[1].message == "Kultur- och fritidsnämnden saknar plan.");
    CHECK(found[0].fingerprint != found[1].fingerprint);
}
