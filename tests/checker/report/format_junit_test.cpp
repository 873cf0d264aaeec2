#include "checker/report/formats.hpp"
#include "tests/checker/ci_sample_report.hpp"

#include <catch2/catch.hpp>

using granska::testing::sample_report;
namespace ck = granska::checker;

namespace {

std::string junit_of(const ck::run_report& report) {
    return ck::format_junit(report, ck::format_options{});
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("JUnit has a testsuite per case with deterministic header attributes",
          "[format][junit]") {
    const auto xml = junit_of(sample_report());
    CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"));
    CHECK(contains(
        xml,
        "  <testsuite name=\"Herrljunga kommun (policies/herrljunga)\" package=\"granska.1466\" "
        "id=\"0\" timestamp=\"2026-11-22T00:00:00\" hostname=\"granska\" tests=\"4\" "
        "failures=\"2\" errors=\"0\" skipped=\"0\" time=\"0.000\">\n"));
    CHECK(contains(xml, "      <property name=\"municipality_code\" value=\"1466\"/>\n"));
    CHECK(contains(xml, "      <property name=\"waived\" value=\"1\"/>\n"));
    CHECK(xml.ends_with("</testsuites>\n"));
}

TEST_CASE("JUnit has a testcase per rule and case, failed by active findings", "[format][junit]") {
    const auto xml = junit_of(sample_report());
    SECTION("HER-01: one active finding, the waived one listed after it") {
        CHECK(contains(
            xml,
            "    <testcase name=\"HER-01 Varje nämnd tar fram 1–2 mål\" classname=\"Herrljunga "
            "kommun/policies/herrljunga\" time=\"0.000\">\n      <failure type=\"error\" "
            "message=\"Socialnämnden har 3 mål; policyn kräver 1–2.\">fel HER-01: nämnd "
            "socialnamnden (policies/herrljunga/organisation.json:14 /bodies/1)\n"));
        CHECK(contains(
            xml,
            "fel HER-01: nämnd kommunstyrelsen (policies/herrljunga/organisation.json:8 /bodies/0) "
            "(undantag: Kommunstyrelsen samordnar; målen finns i nämndernas planer; beslut KS "
            "2026-03-12 § 45; gäller t.o.m. 2027-06-30)\n"));
    }
    SECTION("HER-02: only a known finding, so the testcase passes") {
        CHECK(contains(
            xml,
            "<testcase name=\"HER-02 Målen utgår från inriktningsmålet\" classname=\"Herrljunga "
            "kommun/policies/herrljunga\" time=\"0.000\"/>\n"));
    }
    SECTION("COM-01: an info finding fails with type info") {
        CHECK(contains(xml, "<failure type=\"info\" message=\"Policyn saknar ägare (owner).\">"));
    }
    SECTION("COM-04: no finding, passes") {
        CHECK(contains(
            xml, "<testcase name=\"COM-04 Tidsatta åtgärder görs i tid\" classname=\"Herrljunga "
                 "kommun/policies/herrljunga\" time=\"0.000\"/>\n"));
    }
}

TEST_CASE("JUnit escapes XML in text and attributes", "[format][junit]") {
    auto report = sample_report();
    report.cases[0].findings[3].state = ck::finding_state::active; // HER-02 with the hard text
    report.cases[0].findings[3].message += "\x01";
    const auto xml = junit_of(report);
    CHECK(contains(
        xml,
        "<failure type=\"warning\" message=\"Målet &quot;Fler i arbete | 100% &lt;snart&gt;&quot; "
        "saknar derived_from, t.ex. a: b, c.&#10;Se planen.\xEF\xBF\xBD\">"));
    CHECK(contains(
        xml,
        "  Målet \"Fler i arbete | 100% &lt;snart&gt;\" saknar derived_from, t.ex. a: b, c.\n  Se "
        "planen.\xEF\xBF\xBD\n"));
}

TEST_CASE("JUnit reports a case that did not load as an error testcase", "[format][junit]") {
    const auto xml = junit_of(sample_report());
    CHECK(contains(
        xml,
        "<testsuite name=\"okänd kommun (policies/trasig)\" package=\"granska.okand\" id=\"1\" "
        "timestamp=\"2026-11-22T00:00:00\" hostname=\"granska\" tests=\"1\" failures=\"0\" "
        "errors=\"1\" skipped=\"0\" time=\"0.000\">\n"));
    CHECK(contains(
        xml,
        "<error type=\"input\" message=\"1 indatafel: &quot;adopted_on&quot; ska vara ett datum "
        "ÅÅÅÅ-MM-DD, fick &quot;2026-02-30&quot;\">policies/trasig/policy.json:3:17: fel: "
        "\"adopted_on\" ska vara ett datum ÅÅÅÅ-MM-DD, fick \"2026-02-30\" "
        "(/adopted_on)\n</error>"));
}

TEST_CASE("JUnit lists waiver problems in their own testsuite", "[format][junit]") {
    const auto xml = junit_of(sample_report());
    CHECK(contains(xml, "<testsuite name=\"undantag\" package=\"granska.undantag\" id=\"2\""));
    CHECK(contains(xml, "<testcase name=\"expired granska-waivers.json:12\" classname=\"undantag\" "
                        "time=\"0.000\">\n      <failure type=\"warning\""));
}

TEST_CASE("JUnit output validates against both JUnit schemas with xmllint",
          "[format][junit][validate]") {
    if (!granska::testing::have_program("xmllint")) {
        WARN("xmllint saknas (ci/install-validators.sh installerar libxml2-utils): valideringen "
             "hoppas över");
        SUCCEED();
        return;
    }
    const auto dir = granska::testing::scratch_dir("junit");
    ck::run_report empty;
    empty.as_of = "2026-11-22";
    auto escaped = sample_report();
    for (auto& f : escaped.cases[0].findings)
        f.state = ck::finding_state::active;
    escaped.cases[0].findings[3].message += "\x01\x1f]]>";
    const std::vector<std::pair<std::string, std::string>> files{
        {"sample.xml", junit_of(sample_report())},
        {"empty.xml", junit_of(empty)},
        {"escaped.xml", junit_of(escaped)}};
    const std::string external = GRANSKA_EXTERNAL_DIR;
    for (const auto& [name, text] : files) {
        const auto path = (dir / name).string();
        granska::testing::write_text(path, text);
        for (const char* schema : {"JUnit.xsd", "junit-10.xsd"}) {
            std::string output;
            const int status = granska::testing::run_command(
                "xmllint --noout --schema '" + external + "/junit/" + schema + "' '" + path + "'",
                output);
            INFO(name << " against " << schema << ":\n" << output);
            CHECK(status == 0);
        }
    }
}

TEST_CASE("JUnit with --audit fails testcases on waived and known findings", "[format][junit]") {
    auto report = sample_report();
    report.audit = true;
    const auto xml = junit_of(report);
    CHECK(contains(xml, "tests=\"4\" failures=\"3\" errors=\"0\""));
    CHECK(contains(xml, "<failure type=\"warning\" message=\"Målet &quot;Fler i arbete"));
}

TEST_CASE("JUnit shows a criterion that does not apply as a skipped test, escaped",
          "[format][junit]") {
    auto report = sample_report();
    report.cases[0].not_applicable.push_back(
        {"COM-04", "Tidsatta åtgärder görs i tid", ck::not_applicable_reason});
    report.rules[1].title = "Tidsatta <åtgärder> & \"klara\"";
    report.cases[0].not_applicable.back().title = report.rules[1].title;
    const auto xml = junit_of(report);
    CHECK(contains(xml, "    <testcase name=\"COM-04 Tidsatta &lt;åtgärder&gt; &amp; "
                        "&quot;klara&quot;\" classname=\"Herrljunga kommun/policies/herrljunga\" "
                        "time=\"0.000\">\n      <skipped message=\"ej tillämplig: kommunens "
                        "styrdokument saknar kriteriet\"/>\n    </testcase>\n"));
    CHECK(contains(xml, "tests=\"4\" failures=\"2\" errors=\"0\" skipped=\"1\""));
    CHECK_FALSE(contains(xml, "<testcase name=\"COM-04 Tidsatta &lt;åtgärder&gt; &amp; "
                              "&quot;klara&quot;\" classname=\"Herrljunga kommun/policies/"
                              "herrljunga\" time=\"0.000\"/>"));
}
