// granska fmt's layout (checker/compile/pack_format.hpp): whole texts in, whole
// texts out; idempotence; the bundled packs are in the layout already.
#include "checker/compile/pack_format.hpp"
#include "checker/compile/pack_tokens.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;
using granska::checker::format_pack;
using granska::checker::same_tokens;
using granska::checker::tokenize_pack;

namespace {

std::string read_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream b;
    b << in.rdbuf();
    return b.str();
}

// Every .rules file of the repository's rules/ folder, whatever its layout.
std::vector<fs::path> bundled_packs() {
    std::vector<fs::path> packs;
    for (const auto& e : fs::recursive_directory_iterator(fs::path(GRANSKA_SOURCE_DIR) / "rules"))
        if (e.path().extension() == ".rules")
            packs.push_back(e.path());
    std::sort(packs.begin(), packs.end());
    return packs;
}

const char* const untidy = R"(// Sjätte kommunen.
pack   x "Titel"   document "Dok" applies to "0114"
include common
rule X-01 "Titel"
{ severity error cite section "Mål"
    clause "Varje nämnd ska ha mål." note "Räknar mål."   // förklaring
  let goals=[g for p in b.plans where as_of in p.period for g in p.goals]
  for b in bodies where count( b.plans )>=-1 and all(a in acts:present(a.id)) { require exists(p in b.plans
 where p.y and
 p.z) else warning "{b.name} saknar mål."


   }
  // en egen rad
  require as_of - 6 months <= policy.adopted_on
}
not_checkable "a" because "b"
criterion COM-01 cite document "D" section "S"
clause "C"
)";

const char* const tidy = R"(// Sjätte kommunen.
pack x "Titel"
document "Dok"
applies to "0114"
include common

rule X-01 "Titel" {
  severity error
  cite section "Mål"
       clause "Varje nämnd ska ha mål."
  note "Räknar mål." // förklaring
  let goals = [g for p in b.plans where as_of in p.period for g in p.goals]
  for b in bodies where count(b.plans) >= -1 and all(a in acts : present(a.id)) {
    require exists(p in b.plans
                   where p.y and
                         p.z)
      else warning "{b.name} saknar mål."
  }
  // en egen rad
  require as_of - 6 months <= policy.adopted_on
}

not_checkable "a" because "b"
criterion COM-01 cite document "D" section "S"
  clause "C"
)";

} // namespace

TEST_CASE("fmt lays out an untidy pack in the one layout", "[fmt]") {
    CHECK(format_pack(untidy) == tidy);
}

TEST_CASE("fmt is idempotent", "[fmt]") {
    CHECK(format_pack(tidy) == tidy);
    for (const auto& p : bundled_packs()) {
        INFO(p.string());
        const auto once = format_pack(read_text(p));
        CHECK(format_pack(once) == once);
    }
}

TEST_CASE("fmt changes blanks only and never a token", "[fmt]") {
    CHECK(same_tokens(untidy, format_pack(untidy)));
    CHECK_FALSE(same_tokens(tidy, std::string(tidy) + "rule"));
    CHECK_FALSE(same_tokens("require a - b", "require a-b"));
}

TEST_CASE("fmt keeps words written together and strings as they are", "[fmt]") {
    // HER-01, dals-ed and dates are one token each: never spaced apart.
    const auto tokens = tokenize_pack("rule HER-01 include dals-ed 2021-12-31 \"a  \\\" b\" // x ");
    REQUIRE(tokens.size() == 7);
    CHECK(tokens[1].text == "HER-01");
    CHECK(tokens[3].text == "dals-ed");
    CHECK(tokens[4].text == "2021-12-31");
    CHECK(tokens[5].text == "\"a  \\\" b\"");
    CHECK(tokens[6].text == "// x");
    CHECK(format_pack("pack a \"b\" applies to all\r\n// x  \r\n") ==
          "pack a \"b\"\napplies to all\n// x\n");
}

TEST_CASE("fmt formats syntax it has no rule for such as a record declaration", "[fmt]") {
    CHECK(format_pack("record civic_orientation {received_on : date,started_on: date?}") ==
          "record civic_orientation {\n  received_on: date, started_on: date?\n}\n");
    CHECK(format_pack("}\n// Fälten.\nrecord civic_orientation {\n received_on: date,\n"
                      "      started_on: date?,\n}\n") ==
          "}\n\n// Fälten.\nrecord civic_orientation {\n  received_on: date,\n"
          "  started_on: date?,\n}\n");
}

TEST_CASE("the bundled packs are in the layout of granska fmt", "[fmt]") {
    const auto packs = bundled_packs();
    CHECK(packs.size() >= 6);
    for (const auto& p : packs) {
        INFO(p.string() << ": run granska fmt on it");
        const auto text = read_text(p);
        CHECK(format_pack(text) == text);
        // Indentation stripped and blank lines doubled: fmt restores the pack.
        const auto flat = std::regex_replace(std::regex_replace(text, std::regex("\n[ \t]+"), "\n"),
                                             std::regex("\n\n"), "\n\n\n");
        CHECK(format_pack(flat) == text);
    }
}
