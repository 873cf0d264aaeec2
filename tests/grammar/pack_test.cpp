// Packs: the header, rules with their citation and statements, and
// not_checkable items; and every bundled pack parses.
#include "tests/grammar/parse_helpers.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace ast = granska::ast;
using granska::test::errors;
using granska::test::parse;

namespace {

const std::string rule_a = "rule A-1 \"Titel A\" {\n  severity error\n"
                           "  cite section \"S\" clause \"C\"\n  require x else \"m\"\n}\n";

// A copy: the result is often a temporary.
ast::pack pack_of(const granska::parser::parse_result& r) {
    if (!r.value)
        throw std::runtime_error("parse failed: " + errors(r));
    return r.value->pack;
}

} // namespace

TEST_CASE("the header: id, title, document, scope and includes", "[grammar]") {
    const auto r = parse("// Herrljunga\n"
                         "pack herrljunga \"Integrationspolicy för Herrljunga kommun\"\n"
                         "document \"Integrationspolicy för Herrljunga kommun\"\n"
                         "applies to \"1466\"\n"
                         "include common\n"
                         "include dals-ed\n" +
                         rule_a);
    const auto p = pack_of(r);
    CHECK(p.id == "herrljunga");
    CHECK(p.title == "Integrationspolicy för Herrljunga kommun");
    REQUIRE(p.document);
    CHECK(*p.document == "Integrationspolicy för Herrljunga kommun");
    CHECK_FALSE(p.scope.all);
    CHECK(p.scope.codes == std::vector<std::string>{"1466"});
    REQUIRE(p.includes.size() == 2);
    CHECK(p.includes[0].pack_id == "common");
    CHECK(p.includes[1].pack_id == "dals-ed");
    CHECK(p.items.size() == 1);
}

TEST_CASE("the header's document and includes are optional", "[grammar]") {
    const auto p = pack_of(parse("pack common \"Gemensamt\"\napplies to all\n"));
    CHECK(p.id == "common");
    CHECK_FALSE(p.document);
    CHECK(p.scope.all);
    CHECK(p.scope.codes.empty());
    CHECK(p.includes.empty());
    CHECK(p.items.empty());
}

TEST_CASE("applies to several municipality codes", "[grammar]") {
    const auto p = pack_of(parse("pack x \"X\"\napplies to \"1466\", \"1452\" , \"1443\"\n"));
    CHECK_FALSE(p.scope.all);
    CHECK(p.scope.codes == std::vector<std::string>{"1466", "1452", "1443"});
}

TEST_CASE("pack ids and rule ids", "[grammar]") {
    SECTION("pack ids: lower-case letters, digits, '-' and '_'") {
        CHECK(pack_of(parse("pack dals-ed \"D\"\napplies to all\n")).id == "dals-ed");
        CHECK(pack_of(parse("pack a_b2 \"D\"\napplies to all\n")).id == "a_b2");
        CHECK(pack_of(parse("pack 2x \"D\"\napplies to all\n")).id == "2x");
    }
    SECTION("rule ids: letters and digits in dash-separated parts") {
        for (const std::string id : {"HER-01", "COM-05", "X-1", "a1-B2-c3", "R"}) {
            const auto r =
                parse(granska::test::pack_header + "rule " + id +
                      " \"t\" {\n  severity info\n  cite section \"s\" clause \"c\"\n}\n");
            CHECK(granska::test::first_rule(r).id == id);
        }
    }
}

TEST_CASE("a rule: id, title, severity, citation, note and body", "[grammar]") {
    const auto r =
        parse(granska::test::pack_header +
              "rule HER-01 \"Varje nämnd tar fram 1–2 mål\" {\n"
              "  severity warning\n"
              "  cite document \"Policy\" section \"Integrationspolitikens mål\"\n"
              "       clause \"Varje nämnd ska ta fram 1-2 mål\"\n"
              "  note \"Målen räknas över nämndens planer.\"\n"
              "  for b in bodies where b.kind == \"nämnd\" {\n"
              "    let goals = [g for p in b.plans where as_of in p.period for g in p.goals]\n"
              "    require count(goals) between 1 and 2\n"
              "      else \"{b.name} har {count(goals)} mål.\"\n"
              "  }\n"
              "}\n");
    const auto& rule = granska::test::first_rule(r);
    CHECK(rule.id == "HER-01");
    CHECK(rule.title == "Varje nämnd tar fram 1–2 mål");
    CHECK(rule.level == ast::severity::warning);
    REQUIRE(rule.cite.document);
    CHECK(*rule.cite.document == "Policy");
    CHECK(rule.cite.section == "Integrationspolitikens mål");
    CHECK(rule.cite.clause == "Varje nämnd ska ta fram 1-2 mål");
    REQUIRE(rule.note);
    CHECK(*rule.note == "Målen räknas över nämndens planer.");
    REQUIRE(rule.body.size() == 1);
    CHECK(granska::test::dump(rule.body[0]) ==
          "for b in bodies where (b.kind == \"nämnd\") { "
          "let goals = [g for p in b.plans where (as_of in p.period) for g in p.goals]; "
          "require (count(goals) between range(1, 2)) else "
          "msg({b.name}, \" har \", {count(goals)}, \" mål.\") }");
}

TEST_CASE("each severity keyword", "[grammar]") {
    const auto level = [](const std::string& word) {
        return granska::test::first_rule(parse(granska::test::pack_header +
                                               "rule R-1 \"t\" {\n  severity " + word +
                                               "\n  cite section \"s\" clause \"c\"\n}\n"))
            .level;
    };
    CHECK(level("error") == ast::severity::error);
    CHECK(level("warning") == ast::severity::warning);
    CHECK(level("info") == ast::severity::info);
}

TEST_CASE("the citation's document and the note are optional", "[grammar]") {
    const auto r = parse(granska::test::pack_header + rule_a);
    const auto& rule = granska::test::first_rule(r);
    CHECK_FALSE(rule.cite.document);
    CHECK(rule.cite.section == "S");
    CHECK(rule.cite.clause == "C");
    CHECK_FALSE(rule.note);
}

TEST_CASE("statements: let, require and nested for blocks", "[grammar]") {
    CHECK(granska::test::statements("  let n = 1\n  require n > 0 else \"m\"") ==
          "let n = 1\nrequire (n > 0) else msg(\"m\")");
    CHECK(
        granska::test::statements("  for a in actions {\n    for b in a.steps where b.ok {\n"
                                  "      require b.done else info \"m\"\n    }\n  }") ==
        "for a in actions { for b in a.steps where b.ok { require b.done else info msg(\"m\") } }");
    CHECK(granska::test::statements("  for a in actions { }") == "for a in actions { }");
    CHECK(granska::test::statements("") == "");
}

TEST_CASE("record kinds: fields with types, optional with a question mark", "[grammar]") {
    const auto r = parse(granska::test::pack_header +
                         "record civic_orientation { received_on: date, started_on: date? }\n" +
                         rule_a + "record empty_kind {}\nrecord trailing {\n  n: integer,\n}\n");
    const auto p = pack_of(r);
    REQUIRE(p.items.size() == 4);
    const auto& kind = boost::get<ast::record_kind>(p.items[0]);
    CHECK(kind.name.name == "civic_orientation");
    REQUIRE(kind.fields.size() == 2);
    CHECK(kind.fields[0].name.name == "received_on");
    CHECK(kind.fields[0].type_name.name == "date");
    CHECK_FALSE(kind.fields[0].optional);
    CHECK(kind.fields[1].optional);
    CHECK(boost::get<ast::record_kind>(p.items[2]).fields.empty());
    CHECK(boost::get<ast::record_kind>(p.items[3]).fields.size() == 1);
    CHECK(errors(granska::test::pack_header + "record r { a date }\n") ==
          "3:14: förväntade ':', fick 'date'");
    CHECK(errors(granska::test::pack_header + "record r { a: date") ==
          "3:19: '{' på rad 3, kolumn 10 stängs inte: förväntade ett fält (namn: typ) eller '}', "
          "fick filens slut");
}

TEST_CASE("not_checkable items may come before, between and after rules", "[grammar]") {
    const auto r = parse(
        granska::test::pack_header +
        "not_checkable \"Kommunen ska verka som pådrivare.\" because \"En hållning.\"\n" + rule_a +
        "not_checkable \"Två\" because \"Skäl två\"\n"
        "not_checkable \"Tre\"\n  because \"Skäl tre\"\n");
    const auto p = pack_of(r);
    REQUIRE(p.items.size() == 4);
    const auto& first = boost::get<ast::not_checkable>(p.items[0]);
    CHECK(first.sentence == "Kommunen ska verka som pådrivare.");
    CHECK(first.reason == "En hållning.");
    CHECK(boost::get<ast::rule>(p.items[1]).id == "A-1");
    CHECK(boost::get<ast::not_checkable>(p.items[2]).sentence == "Två");
    CHECK(boost::get<ast::not_checkable>(p.items[3]).reason == "Skäl tre");
}

TEST_CASE("comments, CRLF line ends and a byte order mark are blanks", "[grammar]") {
    const auto r = parse("\xEF\xBB\xBFpack t \"T\" // titel\r\n// hela raden\r\napplies to all\r\n"
                         "rule A-1 \"t\" { // öppnar\r\n  severity error\r\n"
                         "  cite section \"s\" clause \"c\"\r\n  require x // villkor\r\n"
                         "    else \"m\"\r\n}\r\n// slut");
    const auto p = pack_of(r);
    CHECK(p.id == "t");
    CHECK(granska::test::first_rule(r).body.size() == 1);
}

TEST_CASE("every bundled rule pack parses", "[grammar]") {
    namespace fs = std::filesystem;
    std::size_t rules = 0;
    std::size_t packs = 0;
    // One folder per pack: rules/<pack>/<pack>.rules.
    for (const auto& folder : fs::directory_iterator(fs::path(GRANSKA_SOURCE_DIR) / "rules")) {
        const fs::path file = folder.path() / (folder.path().filename().string() + ".rules");
        if (!folder.is_directory() || !fs::is_regular_file(file))
            continue;
        const fs::directory_entry entry(file);
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream text;
        text << in.rdbuf();
        const auto r =
            granska::parser::parse_rule_pack(entry.path().filename().string(), text.str());
        INFO(entry.path().filename().string());
        CHECK(errors(r).empty());
        if (r.value) {
            ++packs;
            for (const auto& item : r.value->pack.items)
                rules += boost::get<ast::rule>(&item) != nullptr;
        }
    }
    CHECK(packs >= 6);
    CHECK(rules >= 30);
}
