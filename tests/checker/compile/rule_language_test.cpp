// The rule language's additions for rule authors (issue 19): member access on
// any expression, let in every scope, comparison of durations, date(y, m, d),
// coalesce, dates from records, declared record kinds, and the errors that
// say what to write instead. Each test compiles a pack from source and runs
// it on tests/language/example-case per 2026-11-22.
#include "tests/checker/compile/language_support.hpp"
#include "tests/checker/load/load_test_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using granska::test::compile_source;
using granska::test::example_case;
using granska::test::rule_with;
using granska::test::run_source;

namespace {

// The findings of `body` on the example case; a pack error fails the test.
std::vector<std::string> findings_of(const std::string& body) {
    const auto out = run_source(rule_with(body), example_case);
    INFO(out.errors);
    REQUIRE(out.errors.empty());
    return out.findings;
}

// The first load error of `body`, "line:column: message" (the rule body
// starts on line 9). A require that does not compile also leaves the rule
// without a require, a second error that these tests do not repeat.
std::string errors_of(const std::string& body) {
    const auto all = compile_source(rule_with(body)).errors;
    return all.substr(0, all.find('\n') + 1);
}

using strings = std::vector<std::string>;

} // namespace

TEST_CASE("member access on a call and on a parenthesised expression", "[language]") {
    CHECK(findings_of("  require calendar_year(2025).from == 2025-01-01 and "
                      "calendar_year(2025).to == 2025-12-31 else \"fel\"")
              .empty());
    CHECK(findings_of("  require body(\"socialnamnden\").name != \"Socialnämnden\" else "
                      "\"{body(\"socialnamnden\").name}\"") ==
          strings{"provkoping-integrationsprogram: Socialnämnden"});
    CHECK(findings_of(
              "  for p in plans {\n    require (p.period).from == 2026-01-01 else \"fel\"\n  }")
              .empty());
    CHECK(errors_of("  require calendar_year(2025).start == as_of else \"fel\"") ==
          "9:31: period har inget fält 'start' (fälten är: from, to, days)\n");
}

TEST_CASE("let before a for with a where that uses it and inside nested loops", "[language]") {
    CHECK(findings_of("  let wanted = \"verksamhetsplan\"\n"
                      "  let least = 2\n"
                      "  for p in plans where p.document_type == wanted {\n"
                      "    let goals = count(p.goals)\n"
                      "    for g in p.goals where goals >= least {\n"
                      "      let id = g.id\n"
                      "      require id != \"g-3\" else \"{p.id} {id}\"\n"
                      "    }\n"
                      "  }") == strings{"g-3: sn-2026 g-3"});
}

TEST_CASE("durations compare in like units", "[language]") {
    CHECK(findings_of("  require 1 year == 12 months and 6 months < 1 year and P2W == 14 days "
                      "and 0 days <= 1 month and not 2 years < 18 months else \"fel\"")
              .empty());
    SECTION("data against a literal: months with months") {
        CHECK(findings_of("  for a in actions {\n"
                          "    require a.follow_up_interval < 6 months else \"{a.id}\"\n  }") ==
              strings{"a-1: a-1"});
    }
    SECTION("mixed units written in the pack are a load error that says what to write") {
        CHECK(errors_of("  require 1 month <= 30 days else \"fel\"") ==
              "9:19: 1 månad och 30 dagar kan inte jämföras: en månad har inget bestämt antal "
              "dagar. Jämför månader och år med månader och år, dagar och veckor med dagar och "
              "veckor, eller jämför datumen som nås från samma start (start + 1 månad <= start + "
              "30 dagar)\n");
        CHECK(errors_of("  require P1M15D == 45 days else \"fel\"").find("kan inte jämföras") !=
              std::string::npos);
    }
    SECTION("mixed units met in the data cannot be decided") {
        const auto found =
            findings_of("  for a in actions {\n"
                        "    require a.follow_up_interval <= 180 days else \"{a.id}\"\n"
                        "  }");
        REQUIRE(found.size() == 2);
        CHECK(found[0].rfind("a-1: Kan inte bedömas", 0) == 0);
        CHECK(found[1].rfind("a-2: Kan inte bedömas", 0) == 0);
    }
}

TEST_CASE("date of year month and day", "[language]") {
    CHECK(findings_of("  require date(2026, 3, 31) == 2026-03-31 and date(2024, 2, 29) < as_of "
                      "else \"fel\"")
              .empty());
    SECTION("an impossible literal date is a load error") {
        CHECK(errors_of("  require date(2026, 2, 30) < as_of else \"fel\"") ==
              "9:11: datumet date(2026, 2, 30) finns inte: år 2026, månad 2, dag 30\n");
        CHECK(errors_of("  require date(2026, 13, 1) < as_of else \"fel\"") ==
              "9:11: datumet date(2026, 13, 1) finns inte: år 2026, månad 13, dag 1\n");
        CHECK(errors_of("  require date(2026, 3) < as_of else \"fel\"") ==
              "9:11: date() tar (heltal, heltal, heltal): år, månad och dag\n");
    }
    SECTION("an impossible computed date cannot be decided") {
        const auto found = findings_of("  for y in years(2025, 2026) {\n"
                                       "    require date(y, 2, 29) < as_of else \"{y}\"\n  }");
        REQUIRE(found.size() == 2);
        CHECK(found[0].find("Kan inte bedömas") != std::string::npos);
    }
    SECTION("senast den 31 mars varje år") {
        CHECK(findings_of("  for y in years(2024, 2025) {\n"
                          "    require exists(f in policy.follow_ups where f.covered.from == "
                          "calendar_year(y).from and f.date <= date(y + 1, 3, 31)) else \"{y}\"\n"
                          "  }")
                  .empty());
    }
}

TEST_CASE("coalesce gives the first known value", "[language]") {
    CHECK(findings_of("  require coalesce(policy.valid_until, 2030-01-01) == 2030-01-01 and "
                      "coalesce(policy.adopted_on, 2030-01-01) == 2023-06-12 else \"fel\"")
              .empty());
    const auto found = findings_of("  require coalesce(policy.valid_until, policy.valid_from) < "
                                   "as_of else \"fel\"");
    REQUIRE(found.size() == 1);
    CHECK(found[0].find("Kan inte bedömas") != std::string::npos);
    CHECK(errors_of("  require coalesce(as_of, 3) == as_of else \"fel\"") ==
          "9:27: typfel: coalesce() kräver argument av samma typ, fick datum och heltal\n");
    CHECK(errors_of("  require coalesce(as_of) == as_of else \"fel\"") ==
          "9:11: coalesce() tar minst två argument av samma typ\n");
}

TEST_CASE("dates from records subtract as other dates do", "[language]") {
    // Declared: typed dates. The same rule on an undeclared kind reads the
    // data's types when it runs.
    const std::string body =
        "  for r in [r for p in plans for r in p.records.civic_orientation] {\n"
        "    let waited = coalesce(r.started_on, as_of) - r.received_on\n"
        "    require waited < 60 else \"{r.id} {waited}\"\n  }";
    CHECK(findings_of(body) == strings{"so-1: so-1 60", "so-2: so-2 60"});
    const std::string undeclared =
        granska::test::language_header +
        "rule DOC-1 \"Exempel\" {\n  severity error\n  cite section \"Planering\" clause \"x\"\n" +
        body + "\n}\n";
    const auto out = run_source(undeclared, example_case);
    CHECK(out.errors.empty());
    CHECK(out.findings == strings{"so-1: so-1 60", "so-2: so-2 60"});
}

TEST_CASE("comparing a date with a number suggests year", "[language]") {
    CHECK(errors_of("  require policy.adopted_on < 2026 else \"fel\"") ==
          "9:29: typfel: < kan inte jämföra datum och heltal; jämför årtal med year(): "
          "year(policy.adopted_on) < 2026\n");
    CHECK(errors_of("  require 2026 >= as_of else \"fel\"") ==
          "9:16: typfel: >= kan inte jämföra heltal och datum; jämför årtal med year(): "
          "2026 >= year(as_of)\n");
}

TEST_CASE("record kinds are checked when the pack loads", "[language]") {
    const auto errors = [](const std::string& items) {
        return compile_source(granska::test::language_header + items).errors;
    };
    CHECK(errors("record visits { on: date, on: text }\n") ==
          "4:27: fältet on finns redan i postslaget visits\n");
    CHECK(errors("record visits { on: day }\n") ==
          "4:21: okänd typ 'day' för fältet on (kända typer: date, integer, text, boolean, "
          "duration)\n");
    CHECK(errors("record visits { on: date }\nrecord visits { at: date }\n") ==
          "5:8: postslaget visits är redan deklarerat i paketet\n");
    CHECK(errors("record visits {}\n") == "4:8: postslaget visits har inga fält\n");
    CHECK(errors_of("  for r in [r for p in plans for r in p.records.civic_orientation] {\n"
                    "    require present(r.finished_on) else \"fel\"\n  }") ==
          "10:23: posten i registret civic_orientation har inget fält 'finished_on' (fälten är: "
          "id, received_on, started_on)\n");
}

TEST_CASE("values of a declared record kind are checked when the case loads", "[language]") {
    granska::test::temp_folder folder;
    const auto copy = [&](const std::string& name) {
        std::ifstream in(example_case + "/" + name);
        std::stringstream text;
        text << in.rdbuf();
        folder.write(name, text.str());
    };
    copy("policy.json");
    copy("organisation.json");
    folder.write("plans/sn-2026.json",
                 "{\"format\": \"granska/1\", \"kind\": \"plan\",\n"
                 " \"municipality\": {\"name\": \"Provköpings kommun\", \"code\": \"9999\"},\n"
                 " \"id\": \"sn-2026\", \"body\": \"socialnamnden\", \"document_type\": "
                 "\"verksamhetsplan\",\n"
                 " \"period\": {\"from\": \"2026-01-01\", \"to\": \"2026-12-31\"},\n"
                 " \"records\": {\"visits\": [\n"
                 "  {\"id\": \"v-1\", \"count\": \"tre\", \"interval\": \"P1X\", \"kept\": 1},\n"
                 "  {\"id\": \"v-2\", \"count\": 3, \"interval\": \"P6M\", \"kept\": true}\n]}}\n");
    const std::string pack =
        granska::test::language_header +
        "record visits { count: integer, interval: duration?, kept: boolean? }\n"
        "rule DOC-1 \"Exempel\" {\n  severity error\n  cite section \"s\" clause \"c\"\n"
        "  for r in [r for p in plans for r in p.records.visits] {\n"
        "    require r.count >= 3 and r.interval <= 6 months else \"{r.id}\"\n  }\n}\n";
    const auto out = run_source(pack, folder.path());
    CHECK(out.findings.empty());
    const std::string file = folder.path() + "/plans/sn-2026.json";
    CHECK(out.errors.find(file + ":6:26: fel: /records/visits/0/count: förväntade ett heltal") !=
          std::string::npos);
    CHECK(out.errors.find(file +
                          ":6:45: fel: /records/visits/0/interval: förväntade en tidslängd enligt "
                          "ISO 8601 (t.ex. P4Y, P6M, P120D)") != std::string::npos);
    CHECK(out.errors.find(file + ":6:60: fel: /records/visits/0/kept: förväntade ett "
                                 "sanningsvärde (true eller false)") != std::string::npos);
}
