// Syntax errors: the exact Swedish message at line:column for every shape,
// all errors of a file reported, and no result when there is any.
#include "tests/grammar/parse_helpers.hpp"

#include <catch2/catch.hpp>

using granska::test::condition;
using granska::test::errors;
using granska::test::in_rule;
using granska::test::pack_header;

namespace {

std::string rule_errors(const std::string& body) {
    return errors(in_rule(body));
}

const std::string cite = "  cite section \"s\" clause \"c\"\n";

} // namespace

TEST_CASE("header errors", "[grammar]") {
    CHECK(errors("") == "1:1: förväntade 'pack', fick filens slut");
    CHECK(errors("packet t \"T\"\napplies to all\n") == "1:1: förväntade 'pack', fick 'packet'");
    CHECK(errors("pack Herr \"T\"\napplies to all\n") ==
          "1:6: förväntade ett paket-id (små bokstäver, siffror, '-' och '_'), fick 'Herr'");
    CHECK(errors("pack t\napplies to all\n") ==
          "2:1: förväntade en sträng (paketets titel), fick det reserverade ordet 'applies'");
    CHECK(errors("pack t \"T\"\ninclude common\n") ==
          "2:1: förväntade 'applies', fick det reserverade ordet 'include'");
    CHECK(errors("pack t \"T\"\napplies all\n") ==
          "2:9: förväntade 'to', fick det reserverade ordet 'all'");
    CHECK(errors("pack t \"T\"\napplies to 1466\n") ==
          "2:12: förväntade 'all' eller kommunkoder i citattecken, fick '1466'");
    CHECK(errors("pack t \"T\"\napplies to \"1466\",\n") ==
          "2:19: förväntade en kommunkod i citattecken, fick filens slut");
    CHECK(errors("pack t \"T\"\ndocument\napplies to all\n") ==
          "3:1: förväntade en sträng (dokumentets titel), fick det reserverade ordet 'applies'");
    CHECK(errors(pack_header + "include Common\n") ==
          "3:9: förväntade ett paket-id (små bokstäver, siffror, '-' och '_'), fick 'Common'");
}

TEST_CASE("errors in a rule's head", "[grammar]") {
    CHECK(errors(pack_header + "rule her_01 \"t\" {\n") ==
          "3:6: förväntade ett regel-id (t.ex. HER-01), fick 'her_01'");
    CHECK(errors(pack_header + "rule HER-01 {\n") ==
          "3:13: förväntade en sträng (regelns titel), fick '{'");
    CHECK(errors(pack_header + "rule HER-01 \"t\"\n  severity error\n") ==
          "4:3: förväntade '{', fick det reserverade ordet 'severity'");
    CHECK(errors(pack_header + "rule R-1 \"t\" {\n" + cite) ==
          "4:3: förväntade 'severity', fick det reserverade ordet 'cite'");
    CHECK(errors(pack_header + "rule R-1 \"t\" {\n  severity fatal\n" + cite + "}\n") ==
          "4:12: förväntade 'error', 'warning' eller 'info', fick 'fatal'");
    CHECK(errors(pack_header + "rule R-1 \"t\" {\n  severity error\n  require x else \"m\"\n}\n") ==
          "5:3: förväntade 'cite', fick det reserverade ordet 'require'");
    CHECK(errors(pack_header + "rule R-1 \"t\" {\n  severity error\n  cite clause \"c\"\n}\n") ==
          "5:8: förväntade 'section', fick det reserverade ordet 'clause'");
    CHECK(errors(pack_header +
                 "rule R-1 \"t\" {\n  severity error\n  cite section \"s\" clause 42\n}\n") ==
          "5:27: förväntade en sträng (citatet), fick '42'");
    CHECK(errors(pack_header + "rule R-1 \"t\" {\n  severity error\n  cite section \"s\"\n}\n") ==
          "6:1: förväntade 'clause', fick '}'");
    CHECK(errors(pack_header + "rule R-1 \"t\" {\n  severity error\n" + cite + "  note\n}\n") ==
          "7:1: förväntade en sträng (tolkningen), fick '}'");
}

TEST_CASE("errors in statements", "[grammar]") {
    CHECK(rule_errors("  requir x else \"m\"") ==
          "6:3: förväntade en sats (let, require eller for) eller '}', fick 'requir'");
    CHECK(rule_errors("  require x \"m\"") == "6:13: förväntade 'else', fick en sträng");
    CHECK(rule_errors("  require x else") ==
          "7:1: förväntade ett meddelande i citattecken, fick '}'");
    CHECK(rule_errors("  require x else fatal \"m\"") ==
          "6:18: förväntade ett meddelande i citattecken, fick 'fatal'");
    CHECK(rule_errors("  require else \"m\"") ==
          "6:11: förväntade ett uttryck, fick det reserverade ordet 'else'");
    CHECK(rule_errors("  let x 1") == "6:9: förväntade '=', fick '1'");
    CHECK(rule_errors("  let in = 1") ==
          "6:7: förväntade ett namn, fick det reserverade ordet 'in'");
    CHECK(rule_errors("  for x of y { }") == "6:9: förväntade 'in', fick 'of'");
    CHECK(rule_errors("  for x in y\n    require x else \"m\"") ==
          "7:5: förväntade '{', fick det reserverade ordet 'require'");
    CHECK(rule_errors("  for x in y where { }") == "6:20: förväntade ett uttryck, fick '{'");
    // A rule left open: the error at the next rule names the brace.
    CHECK(errors(pack_header + "rule R-1 \"t\" {\n  severity error\n" + cite +
                 "  require x else \"m\"\n\nrule R-2 \"u\" {\n  severity error\n" + cite +
                 "  require x else \"m\"\n}\n") ==
          "8:1: '{' på rad 3, kolumn 14 stängs inte: förväntade en sats (let, require eller for) "
          "eller '}', fick det reserverade ordet 'rule'");
    // The rule's '}' closes the loop, so the rule is left open.
    CHECK(rule_errors("  for x in y {\n    require x else \"m\"") ==
          "8:2: '{' på rad 3, kolumn 14 stängs inte: förväntade en sats (let, require eller "
          "for) eller '}', fick filens slut");
}

TEST_CASE("errors in expressions", "[grammar]") {
    CHECK(condition("a and") ==
          "ERROR 6:17: förväntade ett uttryck, fick det reserverade ordet 'else'");
    CHECK(condition("(a or b") == "ERROR 6:19: förväntade ')', fick det reserverade ordet 'else'");
    CHECK(condition("x between 1") ==
          "ERROR 6:23: förväntade 'and', fick det reserverade ordet 'else'");
    CHECK(condition("x between and 2") ==
          "ERROR 6:21: förväntade ett uttryck (between A and B), fick det reserverade ordet 'and'");
    CHECK(condition("not") ==
          "ERROR 6:15: förväntade ett uttryck, fick det reserverade ordet 'else'");
    CHECK(condition("x.") ==
          "ERROR 6:14: förväntade ett fältnamn, fick det reserverade ordet 'else'");
    CHECK(condition("x.1") == "ERROR 6:13: förväntade ett fältnamn, fick '1'");
    CHECK(condition("f(a,)") == "ERROR 6:15: förväntade ett uttryck, fick ')'");
    CHECK(condition("f(a b)") == "ERROR 6:15: förväntade ',' eller ')', fick 'b'");
    CHECK(condition("f(,)") == "ERROR 6:13: förväntade ett argument eller ')', fick ','");
    CHECK(condition("f(x in)") == "ERROR 6:17: förväntade ett uttryck, fick ')'");
    CHECK(condition("f(x in y : )") == "ERROR 6:22: förväntade ett uttryck, fick ')'");
    CHECK(condition("f(x in y z)") == "ERROR 6:20: förväntade ')', fick 'z'");
    CHECK(condition("[a, b c]") == "ERROR 6:17: förväntade ',' eller ']', fick 'c'");
    CHECK(condition("[,]") == "ERROR 6:12: förväntade ett uttryck eller ']', fick ','");
    CHECK(condition("[a for]") == "ERROR 6:17: förväntade ett namn, fick ']'");
    CHECK(condition("[a for x in y") ==
          "ERROR 6:25: förväntade ']', fick det reserverade ordet 'else'");
    const std::string no_indexing =
        "indexering med [ ] finns inte i språket: gå igenom listan med for x in …, eller "
        "sammanfatta den med count, exists, none, all, sum, min eller max";
    CHECK(condition("b.plans[0] == x") == "ERROR 6:18: " + no_indexing);
    CHECK(condition("sort(ds) [1] == x") == "ERROR 6:20: " + no_indexing);
    CHECK(condition("calendar_year(y).from[0] == x") == "ERROR 6:32: " + no_indexing);
}

TEST_CASE("lexical errors", "[grammar]") {
    SECTION("an unterminated string, at its opening quote") {
        CHECK(rule_errors("  require x else \"m") ==
              "6:18: strängen avslutas inte: förväntade '\"' före radens slut");
        CHECK(errors("pack t \"T\napplies to all\n") ==
              "1:8: strängen avslutas inte: förväntade '\"' före radens slut");
        CHECK(rule_errors("  require x else \"m\\") ==
              "6:18: strängen avslutas inte: förväntade '\"' före radens slut");
    }
    SECTION("invalid escapes, at the backslash") {
        CHECK(condition("\"a\\qb\"") == "ERROR 6:13: ogiltig escape-sekvens '\\q' i strängen "
                                        "(tillåtna: \\\" \\\\ \\n \\t \\uXXXX)");
        CHECK(condition("\"\\u12\"") == "ERROR 6:12: ogiltig escape-sekvens '\\u12' i strängen "
                                        "(tillåtna: \\\" \\\\ \\n \\t \\uXXXX)");
        CHECK(condition("\"\\ud800\"") == "ERROR 6:12: ogiltig escape-sekvens '\\ud800' i strängen "
                                          "(tillåtna: \\\" \\\\ \\n \\t \\uXXXX)");
        CHECK(
            rule_errors("  require x else \"\\x41\"") ==
            "6:19: ogiltig escape-sekvens '\\x' i strängen (tillåtna: \\\" \\\\ \\n \\t \\uXXXX)");
    }
    SECTION("dates not shaped YYYY-MM-DD") {
        CHECK(condition("d == 2021-1-05") ==
              "ERROR 6:16: ogiltigt datum '2021-1-05': skriv ÅÅÅÅ-MM-DD");
        CHECK(condition("d == 2021-12") ==
              "ERROR 6:16: ogiltigt datum '2021-12': skriv ÅÅÅÅ-MM-DD");
        CHECK(condition("d == 21-12-31") ==
              "ERROR 6:16: ogiltigt datum '21-12-31': skriv ÅÅÅÅ-MM-DD");
        CHECK(condition("d == 2021-12-31x") ==
              "ERROR 6:16: ogiltigt datum '2021-12-31x': skriv ÅÅÅÅ-MM-DD");
        CHECK(condition("d == 2021-12-310") ==
              "ERROR 6:16: ogiltigt datum '2021-12-310': skriv ÅÅÅÅ-MM-DD");
    }
    SECTION("numbers too large") {
        CHECK(condition("99999999999999999999") ==
              "ERROR 6:11: talet '99999999999999999999' är för stort");
        CHECK(condition("3000000000 days") == "ERROR 6:11: talet '3000000000' är för stort");
    }
    SECTION("unknown characters") {
        CHECK(condition("a @ b") == "ERROR 6:13: okänt tecken '@'");
        CHECK(condition("a; b") == "ERROR 6:12: okänt tecken ';'");
        CHECK(condition("a && b") == "ERROR 6:13: okänt tecken '&'");
        CHECK(condition("'a'") == "ERROR 6:11: okänt tecken ''' (strängar skrivs inom \")");
        CHECK(condition("a \x01 b") == "ERROR 6:13: okänt tecken (byte 0x01)");
    }
}

TEST_CASE("anything after the last item is an error", "[grammar]") {
    CHECK(errors(in_rule("") + "}\n") ==
          "8:1: förväntade 'rule', 'not_checkable', 'criterion' eller 'record', fick '}'");
    CHECK(errors(in_rule("") + "rules\n") ==
          "8:1: förväntade 'rule', 'not_checkable', 'criterion' eller 'record', fick 'rules'");
    CHECK(errors(in_rule("") + "include common\n") ==
          "8:1: förväntade 'rule', 'not_checkable', 'criterion' eller 'record', fick det "
          "reserverade ordet 'include'");
    CHECK(errors(in_rule("") + "#\n") == "8:1: okänt tecken '#'");
}

TEST_CASE("invalid UTF-8 is reported once per line, at its first bad byte", "[grammar]") {
    const auto r = granska::test::parse(
        pack_header + "not_checkable \"a\xFF\xFE\" because \"b\"\n"
                      "// \xC3 i en kommentar\n"
                      "not_checkable \"\xE0\x80\x80\" because \"\xED\xA0\x80\"\n");
    CHECK_FALSE(r.value);
    CHECK(errors(r) == "3:17: ogiltig UTF-8 (byte 0xFF); spara filen som UTF-8\n"
                       "4:4: ogiltig UTF-8 (byte 0xC3); spara filen som UTF-8\n"
                       "5:16: ogiltig UTF-8 (byte 0xE0); spara filen som UTF-8");
}

TEST_CASE("every error in a file is reported, in source order", "[grammar]") {
    const auto r = granska::test::parse(pack_header + "rule A-1 \"a\" {\n  severity errr\n" + cite +
                                        "}\n"
                                        "\n"
                                        "rule A-2 \"b\" {\n  severity error\n" +
                                        cite +
                                        "  require count(x) > else \"m\"\n}\n"
                                        "rule A-3 \"ok\" {\n  severity error\n" +
                                        cite +
                                        "}\n"
                                        "not_checkable \"x\"\n"
                                        "  rule A-4 \"c\" {\n  severity error\n" +
                                        cite +
                                        "  require a @ b else \"m\"\n}\n"
                                        "not_checkable \"y\" because \"z\"\n"
                                        "}\n");
    CHECK_FALSE(r.value);
    // After an error the parser resumes at the next line that starts with
    // `rule` or `not_checkable`, indented or not.
    CHECK(errors(r) ==
          "4:12: förväntade 'error', 'warning' eller 'info', fick 'errr'\n"
          "11:22: förväntade ett uttryck, fick det reserverade ordet 'else'\n"
          "18:3: förväntade 'because', fick det reserverade ordet 'rule'\n"
          "21:13: okänt tecken '@'\n"
          "24:1: förväntade 'rule', 'not_checkable', 'criterion' eller 'record', fick '}'");
}

TEST_CASE("a header error does not hide errors in the rules", "[grammar]") {
    CHECK(errors("pack T \"T\"\napplies to all\n" +
                 std::string("rule R-1 \"t\" {\n  severity bad\n")) ==
          "1:6: förväntade ett paket-id (små bokstäver, siffror, '-' och '_'), fick 'T'\n"
          "4:12: förväntade 'error', 'warning' eller 'info', fick 'bad'");
    CHECK(errors("rule R-1 \"t\" {\n  severity bad\n") ==
          "1:1: förväntade 'pack', fick det reserverade ordet 'rule'\n"
          "2:12: förväntade 'error', 'warning' eller 'info', fick 'bad'");
}

TEST_CASE("a missing closing brace is reported after the last line", "[grammar]") {
    CHECK(errors(pack_header + "rule R-1 \"t\" {\n  severity error\n" + cite + "\n\n") ==
          "5:30: '{' på rad 3, kolumn 14 stängs inte: förväntade en sats (let, require eller for) "
          "eller '}', fick filens slut");
}

TEST_CASE("diagnostics render with the file, the line and a caret", "[grammar]") {
    const auto r = granska::parser::parse_rule_pack(
        "rules/x.rules", in_rule("  let mål = 1\n  require mål > else \"m\""));
    REQUIRE(r.errors.size() == 1);
    CHECK(granska::render(r.errors[0]) ==
          "rules/x.rules:7:18: fel: förväntade ett uttryck, fick det reserverade ordet 'else'\n"
          "    require mål > else \"m\"\n"
          "                  ^");
}
