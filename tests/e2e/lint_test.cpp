// End to end: granska lint on the real binary. A pack with every kind of
// remark gives each at its line and column, in Swedish; the bundled packs
// give exactly the remarks docs/new-municipality.md explains.
#include "run_binary.hpp"

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>

using granska::e2e::run_granska;

TEST_CASE("lint names each reviewer's remark at file line and column", "[e2e][lint]") {
    const std::string pack = "tests/e2e/fixtures/lint/rules/sjatte/sjatte.rules";
    const auto r = run_granska({"lint", "--rules", pack});
    CHECK(r.status == 1);
    CHECK(r.err.empty());
    CHECK(r.out ==
          pack +
              ":5:1: varning: regeln SJA-01 saknar tolkning (note): skriv hur regeln läser "
              "policyn, så att den som får ett fynd ser hur det bedömts\n" +
              pack +
              ":5:1: varning: regeln SJA-01 prövas inte av något regeltest (sökte i "
              "tests/e2e/fixtures/lint/rules/sjatte/tests); skriv ett test där den håller och "
              "ett där den brister\n" +
              pack +
              ":7:3: varning: regeln SJA-01 har nivån varning (warning), men den citerade "
              "meningen säger ”ska”, som kräver nivån fel (error)\n" +
              pack +
              ":7:3: varning: citatet i regeln SJA-01 är en del av en mening; citera hela "
              "meningen: ”Enligt policyn gäller att varje nämnd ska följa upp sina mål varje "
              "år.”\n" +
              pack +
              ":11:12: varning: meddelandet i regeln SJA-01 nämner inte vad fyndet gäller: ta "
              "med slingvariabeln b (t.ex. dess namn eller id), så att läsaren ser vilket organ, "
              "vilken plan eller post som brister\n" +
              pack +
              ":17:3: varning: regeln SJA-02 har nivån fel (error), men den citerade meningen "
              "säger ”bör”, som kräver nivån varning (warning)\n"
              "Granskade regelpaket: 1, anmärkningar: 6.\n");
}

TEST_CASE("lint of a pack that does not load is an error", "[e2e][lint]") {
    const auto r = run_granska({"lint", "--rules", "tests/e2e/fixtures/lint/finns-inte.rules"});
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find("tests/e2e/fixtures/lint/finns-inte.rules") != std::string::npos);
}

TEST_CASE("lint gives the bundled packs the remarks the documentation explains", "[e2e][lint]") {
    const auto r = run_granska({"lint"});
    CHECK(r.status == 1);
    // Rule and kind of each remark: paths and lines move with the packs.
    const std::regex remark(": varning: (?:citatet i |meddelandet i )?regeln ([A-Z]+-[0-9]+) "
                            "(saknar tolkning|har nivån|är en del av en mening|nämner inte)");
    std::multiset<std::string> seen;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        std::smatch m;
        if (std::regex_search(line, m, remark))
            seen.insert(m[1].str() + " " + m[2].str());
    }
    const std::multiset<std::string> documented{
        "COM-03 är en del av en mening", "AST-05 har nivån",
        "AST-06 saknar tolkning",        "COM-05 nämner inte",
        "HER-01 är en del av en mening", "HER-02 har nivån",
        "HER-02 är en del av en mening", "TRA-03 saknar tolkning",
        "VAR-02 saknar tolkning"};
    CHECK(seen == documented);
    CHECK(r.out.find("Granskade regelpaket: 6, anmärkningar: 9.\n") != std::string::npos);
}
