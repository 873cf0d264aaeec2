#include "checker/report/formats.hpp"
#include "tests/checker/ci_sample_report.hpp"
#include "tests/support/golden.hpp"

#include <catch2/catch.hpp>

using granska::testing::sample_report;
namespace ck = granska::checker;

namespace {

std::string github_of(const ck::run_report& report) {
    ck::format_options options;
    options.working_dir = granska::testing::sample_working_dir;
    return ck::format_github(report, options);
}

} // namespace

TEST_CASE("GitHub workflow commands match the golden file", "[format][github]") {
    const auto actual = github_of(sample_report());
    granska::testing::check_golden("formats/sample.github.txt", actual);
}

TEST_CASE("GitHub annotations: one line per finding, level by severity", "[format][github]") {
    const auto out = github_of(sample_report());
    CHECK(
        out.find(
            "::error file=policies/herrljunga/organisation.json,line=14,title=HER-01 Varje nämnd "
            "tar fram "
            "1–2 mål::Socialnämnden har 3 mål; policyn kräver 1–2.%0AKälla: Integrationspolicy för "
            "Herrljunga kommun, Integrationspolitikens mål: \"Varje nämnd ska för sin verksamhet "
            "ta fram 1-2 "
            "mål utifrån inriktningsmålet\"\n") != std::string::npos);
    SECTION("info is a notice, without line when the finding has none") {
        CHECK(out.find("::notice file=policies/herrljunga/policy.json,title=COM-01 Styrdokumentet "
                       "anger beslut%2C "
                       "datum%2C diarienummer och ägare::Policyn saknar ägare (owner).%0AKälla") !=
              std::string::npos);
    }
}

// A CR or LF from data is shown (\u000d), so only granska's own line break
// (before "Källa") is an encoded %0A.
TEST_CASE("GitHub escapes data and property values", "[format][github]") {
    auto report = sample_report();
    auto& f = report.cases[0].findings[3];
    f.state = ck::finding_state::active;
    f.title = "a:b,c%d";
    f.message = "100% klart\r\n::error::inte ett kommando";
    const auto out = github_of(report);
    CHECK(
        out.find("::warning file=policies/herrljunga/plans/social nämnd.json,line=21,title=HER-02 "
                 "a%3Ab%2Cc%25d::100%25 klart\\u000d\\u000a::error::inte ett kommando%0AKälla") !=
        std::string::npos);
}

TEST_CASE("GitHub shows waived and known findings as notices", "[format][github]") {
    const auto out = github_of(sample_report());
    CHECK(out.find("::notice file=policies/herrljunga/organisation.json,line=8,title=HER-01 Varje "
                   "nämnd tar fram "
                   "1–2 mål::Kommunstyrelsen har 0 mål; policyn kräver 1–2. (undantag: "
                   "Kommunstyrelsen samordnar; "
                   "målen finns i nämndernas planer; beslut KS 2026-03-12 § 45; gäller t.o.m. "
                   "2027-06-30)\n") != std::string::npos);
    CHECK(out.find("(känd sedan baslinjen)\n") != std::string::npos);
}

TEST_CASE("GitHub with --audit: waived and known findings keep their level", "[format][github]") {
    auto report = sample_report();
    report.audit = true;
    const auto out = github_of(report);
    CHECK(out.find("::error file=policies/herrljunga/organisation.json,line=8,title=HER-01") !=
          std::string::npos);
    CHECK(out.find("::warning file=policies/herrljunga/plans/social nämnd.json,line=21,") !=
          std::string::npos);
    CHECK(out.find("granska: 2 fel, 1 varning, 1 information i 2 fall") != std::string::npos);
}

TEST_CASE("GitHub lists the criteria that do not apply as one notice per case",
          "[format][github]") {
    auto report = sample_report();
    report.cases[0].not_applicable = {
        {"COM-02", "Policyn gäller, 100%", ck::not_applicable_reason},
        {"COM-04", "Tidsatta åtgärder görs i tid", ck::not_applicable_reason}};
    const auto out = github_of(report);
    CHECK(out.find("::notice file=policies/herrljunga,title=granska%3A kriterier som inte gäller "
                   "kommunen::COM-02 Policyn gäller, 100%25: ej tillämplig: kommunens "
                   "styrdokument saknar kriteriet%0ACOM-04 Tidsatta åtgärder görs i tid: ej "
                   "tillämplig: kommunens styrdokument saknar kriteriet\n") != std::string::npos);
    CHECK(out.ends_with("indatafel; 2 kriterier ej tillämpliga\n"));
    report.cases[0].not_applicable.pop_back();
    CHECK(github_of(report).ends_with("indatafel; 1 kriterium ej tillämpligt\n"));
}
