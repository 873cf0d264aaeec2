// `cite statute "…" chapter N paragraph M [clause "…"]` on the real binary:
// a quoted clause is verified word for word against the statute text shipped
// in the pack's own statutes/ folder; a citation by reference needs no text.
// The statute here is made up for the test ("Provlag (1999:1)"): it stands
// for no real law.
#include "e2e/run_binary.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

using granska::e2e::run_granska;

namespace {

struct statute_pack {
    std::string dir = granska::e2e::temp_dir();

    explicit statute_pack(const std::string& cite) {
        std::filesystem::create_directories(dir + "/statutes");
        std::ofstream(dir + "/statutes/1999-1.txt")
            << "# Provlag (1999:1), påhittad för granskas tester\n# Källa: ingen\n# Hämtad: "
               "2026-11-29\n"
               "1 kap. 1 §\nDenna lag gäller prov.\n\n2 kap. 3 §\nKommunen ska erbjuda plats inom\n"
               "fyra månader.\n\n2 kap. 4 §\nNågot annat.\n";
        // A pack carries the policy text it is checked against (pack_texts.hpp);
        // this one cites only the statute.
        std::ofstream(dir + "/policy.txt") << "Provpolicy.\n";
        std::ofstream(dir + "/policy.json") << R"({"municipality": {"code": "9999"}})";
        std::ofstream(dir + "/prov.rules")
            << "pack prov \"Prov\"\ndocument \"Prov\"\napplies to \"9999\"\n\n"
               "rule P-01 \"Plats inom fyra månader\" {\n  severity error\n  "
            << cite << "\n  require true else \"x\"\n}\n";
    }
    ~statute_pack() { std::filesystem::remove_all(dir); }
};

granska::e2e::outcome list_rules(const statute_pack& p) {
    return run_granska({"rules", "--rules", p.dir + "/prov.rules"});
}

} // namespace

TEST_CASE("a statute quote that stands in the named paragraph loads, with the section written out",
          "[e2e][statute]") {
    const statute_pack p("cite statute \"Provlag (1999:1)\" chapter 2 paragraph 3 clause \"ska "
                         "erbjuda plats inom fyra månader\"");
    const auto r = list_rules(p);
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find("Provlag (1999:1)") != std::string::npos);
    CHECK(r.out.find("2 kap. 3 §") != std::string::npos);
}

TEST_CASE("a statute cited by reference needs no shipped text", "[e2e][statute]") {
    const statute_pack p("cite statute \"Annan lag (2001:5)\" paragraph 7");
    const auto r = list_rules(p);
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK(r.out.find("Annan lag (2001:5), 7 § (med hänvisning, utan citat)") != std::string::npos);
}

TEST_CASE("statute quotes are checked: drift, wrong paragraph, missing text, no SFS number",
          "[e2e][statute]") {
    SECTION("words that do not stand in the paragraph") {
        const statute_pack p(
            "cite statute \"Provlag (1999:1)\" chapter 2 paragraph 3 clause \"inom tre månader\"");
        const auto r = list_rules(p);
        CHECK(r.status == 2);
        CHECK(
            r.err.find(
                "citatdrift: P-01 citerar \"inom tre månader\", som inte står ordagrant i Provlag "
                "(1999:1) 2 kap. 3 §") != std::string::npos);
    }
    SECTION("words of another paragraph") {
        const statute_pack p("cite statute \"Provlag (1999:1)\" chapter 2 paragraph 4 clause "
                             "\"Denna lag gäller prov.\"");
        CHECK(list_rules(p).status == 2);
    }
    SECTION("a paragraph the statute does not have") {
        const statute_pack p(
            "cite statute \"Provlag (1999:1)\" chapter 9 paragraph 9 clause \"prov\"");
        const auto r = list_rules(p);
        CHECK(r.status == 2);
        CHECK(r.err.find("har ingen sådan paragraf") != std::string::npos);
    }
    SECTION("a quote from a statute whose text is not shipped") {
        const statute_pack p("cite statute \"Annan lag (2001:5)\" paragraph 7 clause \"något\"");
        const auto r = list_rules(p);
        CHECK(r.status == 2);
        CHECK(r.err.find("lagtexten (" + p.dir + "/statutes/2001-5.txt) finns inte") !=
              std::string::npos);
    }
    SECTION("a statute without an SFS number") {
        const statute_pack p("cite statute \"Skollagen\" chapter 8 paragraph 14");
        const auto r = list_rules(p);
        CHECK(r.status == 2);
        CHECK(r.err.find("utan SFS-nummer") != std::string::npos);
    }
}
