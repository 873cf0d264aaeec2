// Bad workbooks: each is a clear Swedish error naming the sheet and cell,
// exit status 2, and the other cases of the batch are still checked.
#include "workbook_support.hpp"

#include <catch2/catch.hpp>

using granska::e2e::make_fixture;
using granska::e2e::run_granska;
using granska::e2e::temp_dir;

namespace {

const std::string as_of = "2026-11-22";
const std::string tranemo = "tests/e2e/fixtures/tranemo";

// The Herrljunga fixture as a workbook, edited by openpyxl as `mutation` says.
std::string mutated(const std::string& mutation) {
    const std::string dir = temp_dir();
    const std::string base = dir + "/herrljunga.xlsx";
    const std::string out = dir + "/" + mutation + ".xlsx";
    REQUIRE(run_granska({"template", base, "--from", "tests/e2e/fixtures/herrljunga"}).status == 0);
    REQUIRE(make_fixture("mutate '" + base + "' '" + out + "' " + mutation));
    return out;
}

std::string raw(const std::string& kind) {
    const std::string out = temp_dir() + "/" + kind + ".xlsx";
    REQUIRE(make_fixture("raw '" + out + "' " + kind));
    return out;
}

// Checks `book` beside a good case: exit 2, exactly `expected` on stderr,
// and the good case's findings still reported.
void expect_errors(const std::string& book, const std::string& expected,
                   const std::vector<std::string>& extra = {}) {
    std::vector<std::string> args{"check", book, tranemo, "--as-of", as_of, "--format", "json"};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto r = run_granska(args);
    CHECK(r.status == 2);
    CHECK(r.err == expected);
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["cases"][0]["loaded"] == false);
    CHECK(j["cases"][1]["findings"].size() > 0); // the batch went on
}

} // namespace

TEST_CASE("a missing sheet is named", "[workbook][bad]") {
    const auto book = mutated("missing_sheet");
    expect_errors(book, book + ": Mål: fel: bladet Mål saknas i arbetsboken\n");
}

TEST_CASE("a renamed column is unknown and its own name missing", "[workbook][bad]") {
    const auto book = mutated("renamed_column");
    expect_errors(
        book, book + ": Åtgärder!G1: fel: okänd kolumn \"Deadline\" på bladet Åtgärder\n" + book +
                  ": Åtgärder!1:1: fel: kolumnen \"Tidsgräns\" saknas på bladet Åtgärder\n");
}

TEST_CASE("an unknown column gets the closest known header", "[workbook][bad]") {
    const auto book = mutated("misspelt_column");
    expect_errors(
        book, book +
                  ": Åtgärder!G1: fel: okänd kolumn \"Tidsgrans\" på bladet Åtgärder (menade du "
                  "\"Tidsgräns\"?)\n" +
                  book + ": Åtgärder!1:1: fel: kolumnen \"Tidsgräns\" saknas på bladet Åtgärder\n");
}

TEST_CASE("a date written as text 31/3 is refused with the format to use", "[workbook][bad]") {
    const auto book = mutated("date_as_text");
    expect_errors(book, book +
                            ": Åtgärder!G2: fel: kolumnen Tidsgräns: \"31/3\" är inget datum som "
                            "granska kan läsa; skriv ÅÅÅÅ-MM-DD (t.ex. 2026-03-31) eller ange "
                            "cellen som datum\n");
}

TEST_CASE("merged cells are refused", "[workbook][bad]") {
    const auto book = mutated("merged_cell");
    expect_errors(book, book +
                            ": Åtgärder!C3: fel: sammanfogade celler (C3:D3); dela upp dem så att "
                            "varje värde står i sin egen cell\n");
}

TEST_CASE("a formula without a cached value is refused", "[workbook][bad]") {
    const auto book = mutated("formula_without_value");
    expect_errors(book, book +
                            ": Åtgärder!C2: fel: kolumnen Beskrivning: cellen har en formel utan "
                            "sparat värde; öppna arbetsboken i kalkylprogrammet och spara den "
                            "igen, eller skriv in värdet\n");
}

TEST_CASE("a plan id referred to but never defined is named at its cell", "[workbook][bad]") {
    const auto book = mutated("undefined_plan");
    expect_errors(book, book + ": Åtgärder!A2: fel: planen \"plan-som-inte-finns\" finns inte på "
                               "bladet Planer och är inte heller policyns id\n");
}

TEST_CASE("an empty row in the middle of a table is refused", "[workbook][bad]") {
    const auto book = mutated("empty_row");
    expect_errors(book, book +
                            ": Åtgärder!3:3: fel: tom rad mitt i tabellen (rad 3); ta bort den så "
                            "att inga rader under den förbises\n");
}

TEST_CASE("an empty required cell names its column header and cell, not the JSON key",
          "[workbook][bad]") {
    const auto book = mutated("empty_required");
    expect_errors(book, book +
                            ": Planer!D2: fel: kolumnen Period från: cellen är tom, men varje rad "
                            "på bladet Planer måste ha ett värde här\n" +
                            book +
                            ": Åtgärder!C3: fel: kolumnen Beskrivning: cellen är tom, men varje "
                            "rad på bladet Åtgärder måste ha ett värde här\n");
}

TEST_CASE("a file that is not a zip is no workbook", "[workbook][bad]") {
    const auto book = raw("not_a_zip");
    expect_errors(book, book + ": fel: filen är ingen xlsx-arbetsbok: den är inte ett zip-arkiv\n");
}

TEST_CASE("a zip bomb stops at the unpacking limit", "[workbook][bad]") {
    const auto book = raw("zip_bomb");
    expect_errors(book,
                  book +
                      ": fel: arbetsboken packas upp till mer än 4 MB, som är mest granska läser "
                      "(en zip-bomb?)\n",
                  {"--max-file-size", "4000000"});
}

TEST_CASE("a password-protected workbook is named as such", "[workbook][bad]") {
    const auto book = raw("encrypted");
    expect_errors(book, book + ": fel: arbetsboken är lösenordsskyddad (krypterad); spara en kopia "
                               "utan lösenord och kontrollera den\n");
}

TEST_CASE("inline strings and cached formula values are read and a formula without one is not",
          "[workbook][bad]") {
    const auto book = raw("inline_and_formulas");
    const auto r = run_granska({"check", book, "--as-of", as_of});
    CHECK(r.status == 2);
    // The text report lists input errors with the findings, on stdout.
    const std::string all = r.out + r.err;
    // Only the Policy sheet exists; its cells B2 and C2 read fine, D2 does not.
    CHECK(all.find(book + ": Policy!D2: fel: kolumnen Titel: cellen har en formel utan sparat "
                          "värde") != std::string::npos);
    CHECK(all.find("Policy!B2") == std::string::npos);
    CHECK(all.find("Policy!C2") == std::string::npos);
    CHECK(all.find(book + ": Organ: fel: bladet Organ saknas i arbetsboken\n") !=
          std::string::npos);
}

TEST_CASE("an error found after conversion (a body that does not exist) names its cell",
          "[workbook][bad]") {
    const auto book = mutated("unknown_body");
    expect_errors(book,
                  book + ": Planer!B2: fel: organet \"okänd-nämnd\" finns inte i organisationen (" +
                      book + ")\n");
    const auto r = run_granska({"check", book, "--as-of", as_of, "--format", "json"});
    const auto error = nlohmann::json::parse(r.out)["errors"][0];
    CHECK(error["sheet"] == "Planer");
    CHECK(error["cell"] == "B2");
    CHECK(error["line"] == 2);
    CHECK(error["pointer"] == "/body"); // in the converted plan document
}

TEST_CASE("ISO text in a date column and a number typed as text are read", "[workbook]") {
    const auto book = mutated("date_text_iso_and_number_text");
    const auto r = run_granska({"check", book, "--as-of", as_of, "--format", "json"});
    INFO(r.err);
    CHECK(nlohmann::json::parse(r.out)["summary"]["input_errors"] == 0);
}

TEST_CASE(
    "an OpenDocument spreadsheet written by LibreOffice is refused by name, never passed over",
    "[workbook][bad][libreoffice]") {
    // ci/install-deps.sh --test installs libreoffice-calc; without it this test fails, never skips.
    REQUIRE(std::system("command -v soffice >/dev/null 2>&1") == 0);
    const std::string dir = temp_dir();
    REQUIRE(run_granska(
                {"template", dir + "/herrljunga.xlsx", "--from", "tests/e2e/fixtures/herrljunga"})
                .status == 0);
    const std::string command = "cd '" + dir + "' && HOME='" + dir +
                                "' soffice --headless --convert-to ods --outdir '" + dir +
                                "/lo' herrljunga.xlsx >/dev/null 2>&1";
    REQUIRE(std::system(command.c_str()) == 0);
    const std::string book = dir + "/lo/herrljunga.ods";
    const std::string refused =
        ": fel: arbetsboken är ett OpenDocument-kalkylblad (.ods), som granska inte läser; spara "
        "den som .xlsx (i LibreOffice: Arkiv, Spara som, filtyp Excel 2007-365) och kontrollera "
        "den filen\n";
    expect_errors(book, book + refused);
    // In a folder, the same: the folder is no case without its policy.
    const auto in_folder = run_granska({"check", dir + "/lo", "--as-of", as_of});
    CHECK(in_folder.status == 2);
    CHECK((in_folder.out + in_folder.err).find(book + refused) != std::string::npos);
}
