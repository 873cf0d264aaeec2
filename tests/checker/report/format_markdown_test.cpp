#include "checker/report/formats.hpp"
#include "tests/checker/ci_sample_report.hpp"
#include "tests/support/golden.hpp"

#include <catch2/catch.hpp>

using granska::testing::sample_report;
namespace ck = granska::checker;

namespace {

std::string markdown_of(const ck::run_report& report) {
    ck::format_options options;
    options.working_dir = granska::testing::sample_working_dir;
    return ck::format_markdown(report, options);
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("Markdown summary matches the golden file", "[format][markdown]") {
    const auto actual = markdown_of(sample_report());
    granska::testing::check_golden("formats/sample.md", actual);
}

TEST_CASE("Markdown counts only new findings per severity and names waived and known",
          "[format][markdown]") {
    const auto md = markdown_of(sample_report());
    CHECK(md.starts_with(
        "## granska: 1 fel, 0 varningar, 1 information\n\n"
        "Referensdatum 2026-11-22 · 2 fall · 1 undantag · 1 känt sedan baslinjen · 1 indatafel\n"));
}

TEST_CASE("Markdown groups findings by subject and escapes table cells", "[format][markdown]") {
    const auto md = markdown_of(sample_report());
    CHECK(contains(
        md,
        "| Socialnämnden `socialnamnden` | HER-01 | fel | Socialnämnden har 3 mål; policyn kräver "
        "1–2\\. | `policies/herrljunga/organisation.json:14` | ny |\n"));
    // Every character that starts Markdown is escaped; the newline is shown, not followed.
    CHECK(contains(md,
                   "| mål `soc-mal-2` | HER-02 | varning | Målet \"Fler i arbete \\| 100% "
                   "\\<snart\\>\" saknar derived\\_from, t\\.ex\\. a\\: b, "
                   "c\\.\\\\u000aSe planen\\. | "
                   "`policies/herrljunga/plans/social nämnd.json:21` | känd sedan baslinjen |\n"));
}

TEST_CASE("Markdown cites each rule's clause once", "[format][markdown]") {
    const auto md = markdown_of(sample_report());
    const std::string clause =
        "- **HER-01** Varje nämnd tar fram 1–2 mål — *Integrationspolicy för Herrljunga "
        "kommun*, Integrationspolitikens mål: “Varje nämnd ska för sin verksamhet ta fram 1-2 "
        "mål utifrån inriktningsmålet” Tolkning: Mål räknas över nämndens planer som gäller "
        "per referensdatum\n";
    const auto first = md.find(clause);
    REQUIRE(first != std::string::npos);
    CHECK(md.find(clause, first + 1) == std::string::npos);
}

TEST_CASE("Markdown with --audit counts waived and known findings too", "[format][markdown]") {
    auto report = sample_report();
    report.audit = true;
    const auto md = markdown_of(report);
    CHECK(md.starts_with("## granska: 2 fel, 1 varning, 1 information\n"));
    CHECK(contains(md, "| nivå | fynd (granskning: alla räknas) |\n"));
}
