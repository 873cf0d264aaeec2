#include "checker/results/waivers.hpp"
#include "tests/checker/ci_sample_report.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <array>
#include <string>

using granska::testing::sample_report;
namespace ck = granska::checker;
namespace cal = granska::calendar;

namespace {

const char* const valid_file = R"({
  "format": "granska-waivers/1",
  "waivers": [
    {
      "rule": "HER-01",
      "subject": "socialnamnden",
      "municipality": "1466",
      "justification": "Tre mål beslutade före policyn",
      "decided_by": "KS 2026-03-12 § 45",
      "expires": "2027-06-30"
    },
    {
      "fingerprint": "33333333333333333333333333333333",
      "justification": "Ägare utses i december",
      "decided_by": "KS 2026-10-01 § 120",
      "expires": "2026-11-22"
    }
  ]
}
)";

cal::date day(const char* text) {
    return *cal::parse_date(text);
}

// The sample report with every finding active and no waiver problems yet.
ck::run_report fresh_report() {
    auto report = sample_report();
    for (auto& f : report.cases[0].findings) {
        f.state = ck::finding_state::active;
        f.waiver = {};
    }
    report.waiver_problems.clear();
    return report;
}

ck::waivers parse(const std::string& text) {
    auto result = ck::parse_waivers(text, "granska-waivers.json");
    INFO((result.errors.empty() ? std::string() : result.errors[0].message));
    REQUIRE(result.errors.empty());
    REQUIRE(result.value);
    return *result.value;
}

ck::waivers one(const std::string& entry) {
    return parse(R"({"format": "granska-waivers/1", "waivers": [)" + entry + "]}");
}

} // namespace

TEST_CASE("A waiver file reads with each entry's line", "[waivers]") {
    const auto list = parse(valid_file);
    REQUIRE(list.entries.size() == 2);
    CHECK(list.entries[0].rule == "HER-01");
    CHECK(list.entries[0].subject == "socialnamnden");
    CHECK(list.entries[0].municipality == "1466");
    CHECK(list.entries[0].decided_by == "KS 2026-03-12 § 45");
    CHECK(list.entries[0].expires_on == day("2027-06-30"));
    CHECK(list.entries[0].file == "granska-waivers.json");
    CHECK(list.entries[0].line == 4);
    CHECK(list.entries[1].fingerprint == "33333333333333333333333333333333");
    CHECK(list.entries[1].line == 12);
}

TEST_CASE("A waiver needs justification, decided_by and expires", "[waivers]") {
    const auto result = ck::parse_waivers("{\"format\": \"granska-waivers/1\", \"waivers\": [\n  "
                                          "{\"rule\": \"HER-01\", \"subject\": \"x\"}\n]}",
                                          "w.json");
    REQUIRE(result.errors.size() == 3);
    CHECK(result.errors[0].message == "undantaget saknar \"justification\" (motiveringen)");
    CHECK(result.errors[1].message ==
          "undantaget saknar \"decided_by\" (vem som beslutade, t.ex. \"KS 2026-03-12 § 45\")");
    CHECK(result.errors[2].message ==
          "undantaget saknar \"expires\" (sista giltighetsdag, ÅÅÅÅ-MM-DD)");
    CHECK(result.errors[0].file == "w.json");
    CHECK(result.errors[0].line == 2);
    CHECK(result.errors[0].column == 3);
    CHECK(result.errors[0].pointer == "/waivers/0");
    REQUIRE(result.value);
    CHECK(result.value->entries.empty());
}

TEST_CASE("A waiver must name its finding one way", "[waivers]") {
    const std::string rest = R"("justification": "j", "decided_by": "KS", "expires": "2027-01-01")";
    auto first_error = [](const std::string& entry) {
        const auto result = ck::parse_waivers(
            R"({"format": "granska-waivers/1", "waivers": [)" + entry + "]}", "w.json");
        REQUIRE_FALSE(result.errors.empty());
        return result.errors[0].message;
    };
    CHECK(first_error("{" + rest + "}") ==
          "undantaget måste ange \"fingerprint\" eller \"rule\" och \"subject\"");
    CHECK(first_error(R"({"fingerprint": "ab", "rule": "HER-01", )" + rest + "}") ==
          "ange antingen \"fingerprint\" eller \"rule\" och \"subject\", inte båda");
    CHECK(first_error(R"({"rule": "HER-01", )" + rest + "}") ==
          "\"rule\" kräver \"subject\" (id för nämnden, planen, målet eller åtgärden)");
    CHECK(first_error(R"({"subject": "x", )" + rest + "}") ==
          "\"subject\" kräver \"rule\" (regelns id, t.ex. \"HER-01\")");
}

TEST_CASE("A waiver with a misspelt member, an empty text or a bad date is an error", "[waivers]") {
    auto errors = [](const std::string& entry) {
        return ck::parse_waivers(R"({"format": "granska-waivers/1", "waivers": [)" + entry + "]}",
                                 "w.json")
            .errors;
    };
    SECTION("unknown member") {
        const auto e =
            errors(R"({"fingerprint": "ab", "justification": "j", "decided_by": "KS", "expires": )"
                   R"("2027-01-01", "expiry": "2028-01-01"})");
        REQUIRE(e.size() == 1);
        CHECK(e[0].message ==
              "okänt fält \"expiry\" i ett undantag; tillåtna: fingerprint, rule, subject, "
              "municipality, justification, decided_by, expires");
        CHECK(e[0].pointer == "/waivers/0/expiry");
    }
    SECTION("empty justification") {
        const auto e = errors(
            R"({"fingerprint": "ab", "justification": "", "decided_by": "KS", "expires": "2027-01-01"})");
        REQUIRE(e.size() == 1);
        CHECK(e[0].message == "\"justification\" får inte vara tom");
    }
    SECTION("a date that does not exist") {
        const auto e = errors(
            R"({"fingerprint": "ab", "justification": "j", "decided_by": "KS", "expires": "2027-02-30"})");
        REQUIRE(e.size() == 1);
        CHECK(e[0].message ==
              "\"expires\" ska vara ett datum ÅÅÅÅ-MM-DD som finns, fick \"2027-02-30\"");
        CHECK(e[0].column == 120); // the value "2027-02-30"
    }
}

TEST_CASE("A waiver file that is not JSON or not the format is an input error", "[waivers]") {
    SECTION("syntax") {
        const auto r =
            ck::parse_waivers("{\"format\": \"granska-waivers/1\",\n \"waivers\": [}\n", "w.json");
        CHECK_FALSE(r.value);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message == "undantagsfilen är inte giltig JSON och kan inte läsas");
        CHECK(r.errors[0].line == 2);
        CHECK(r.errors[0].column == 14);
    }
    SECTION("format") {
        const auto r =
            ck::parse_waivers(R"({"format": "granska-baseline/1", "waivers": []})", "w.json");
        CHECK_FALSE(r.value);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message ==
              "okänt undantagsformat; väntade \"format\": \"granska-waivers/1\"");
    }
    SECTION("missing file") {
        const auto r = ck::load_waivers("/nonexistent/granska-waivers.json");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message == "kan inte läsa filen: finns inte");
    }
}

TEST_CASE("A waiver marks the findings it names as waived", "[waivers]") {
    auto report = fresh_report();
    ck::apply_waivers(report, parse(valid_file), day("2026-11-22"));
    const auto& findings = report.cases[0].findings;
    SECTION("by rule and subject") {
        CHECK(findings[2].state == ck::finding_state::waived);
        CHECK(findings[2].waiver.justification == "Tre mål beslutade före policyn");
        CHECK(findings[2].waiver.decided_by == "KS 2026-03-12 § 45");
        CHECK(findings[2].waiver.expires == "2027-06-30");
        CHECK(findings[1].state == ck::finding_state::active); // the same rule, another subject
    }
    SECTION("by fingerprint, still valid on its last day") {
        CHECK(findings[0].state == ck::finding_state::waived);
        CHECK(findings[0].waiver.expires == "2026-11-22");
    }
    CHECK(report.waiver_problems.empty());
}

TEST_CASE("A waiver for another municipality does not apply", "[waivers]") {
    auto report = fresh_report();
    ck::apply_waivers(report,
                      one(R"({"rule": "HER-01", "subject": "socialnamnden", "municipality": "0683",
                              "justification": "j", "decided_by": "KS", "expires": "2027-01-01"})"),
                      day("2026-11-22"));
    CHECK(report.cases[0].findings[2].state == ck::finding_state::active);
    CHECK(report.waiver_problems.empty()); // Värnamo was not checked in this run: not stale
}

TEST_CASE("A known finding can be waived", "[waivers]") {
    auto report = sample_report();
    report.waiver_problems.clear();
    ck::apply_waivers(
        report, one(R"({"fingerprint": "22222222222222222222222222222222", "justification": "j",
                              "decided_by": "KS", "expires": "2027-01-01"})"),
        day("2026-11-22"));
    CHECK(report.cases[0].findings[3].state == ck::finding_state::waived);
}

TEST_CASE("An expired waiver no longer applies and is reported", "[waivers]") {
    auto report = fresh_report();
    ck::apply_waivers(report, parse(valid_file), day("2026-11-23"));
    CHECK(report.cases[0].findings[0].state == ck::finding_state::active);
    CHECK(report.cases[0].findings[2].state == ck::finding_state::waived);
    REQUIRE(report.waiver_problems.size() == 1);
    const auto& p = report.waiver_problems[0];
    CHECK(p.kind == "expired");
    CHECK(p.file == "granska-waivers.json");
    CHECK(p.line == 12);
    CHECK(
        p.message ==
        "undantaget för fingeravtrycket 33333333333333333333333333333333 gällde t.o.m. 2026-11-22 "
        "och gäller inte längre per 2026-11-23; förnya beslutet eller ta bort undantaget");
}

TEST_CASE("A waiver that matches no finding is reported as stale", "[waivers]") {
    SECTION("a rule that ran, a subject without findings") {
        auto report = fresh_report();
        ck::apply_waivers(
            report, one(R"({"rule": "HER-01", "subject": "ekonominamnden", "justification": "j",
                                  "decided_by": "KS", "expires": "2027-01-01"})"),
            day("2026-11-22"));
        REQUIRE(report.waiver_problems.size() == 1);
        CHECK(report.waiver_problems[0].kind == "stale");
        CHECK(report.waiver_problems[0].line == 1);
        CHECK(report.waiver_problems[0].message ==
              "undantaget för HER-01 / ekonominamnden matchar inget fynd; ta bort det om bristen "
              "är åtgärdad");
    }
    SECTION("a rule id that no loaded pack has") {
        auto report = fresh_report();
        ck::apply_waivers(
            report, one(R"({"rule": "HER-10", "subject": "socialnamnden", "justification": "j",
                                  "decided_by": "KS", "expires": "2027-01-01"})"),
            day("2026-11-22"));
        REQUIRE(report.waiver_problems.size() == 1);
        CHECK(report.waiver_problems[0].message ==
              "undantaget för HER-10 / socialnamnden matchar inget fynd: "
              "regeln HER-10 finns inte bland de laddade reglerna");
    }
    SECTION("a fingerprint nothing has") {
        auto report = fresh_report();
        ck::apply_waivers(report,
                          one(R"({"fingerprint": "ffff", "justification": "j", "decided_by": "KS",
                                  "expires": "2027-01-01"})"),
                          day("2026-11-22"));
        REQUIRE(report.waiver_problems.size() == 1);
        CHECK(report.waiver_problems[0].kind == "stale");
    }
}

TEST_CASE("Two waivers for one finding: the first applies, neither is stale", "[waivers]") {
    auto report = fresh_report();
    ck::apply_waivers(report, parse(R"({"format": "granska-waivers/1", "waivers": [
        {"fingerprint": "0123456789abcdef0123456789abcdef", "justification": "först", "decided_by": "KS",
         "expires": "2027-01-01"},
        {"rule": "HER-01", "subject": "socialnamnden", "justification": "sedan", "decided_by": "KS",
         "expires": "2027-01-01"}]})"),
                      day("2026-11-22"));
    CHECK(report.cases[0].findings[2].waiver.justification == "först");
    CHECK(report.waiver_problems.empty());
}

namespace {

// The apply loop as it was before the index: each waiver in file order
// against every finding of the run; the first that matches takes it.
void apply_to_every_finding(ck::run_report& report, const ck::waivers& list, cal::date as_of) {
    for (const auto& w : list.entries) {
        if (w.expires_on < as_of)
            continue;
        for (auto& c : report.cases)
            for (auto& f : c.findings) {
                const bool match =
                    !w.fingerprint.empty()
                        ? w.fingerprint == f.fingerprint
                        : w.rule == f.rule && w.subject == f.about.id &&
                              (w.municipality.empty() || w.municipality == c.municipality_code);
                if (!match || f.state == ck::finding_state::waived)
                    continue;
                f.state = ck::finding_state::waived;
                f.waiver = {w.justification, w.decided_by, w.expires};
            }
    }
}

// Four cases (two of one municipality, sharing fingerprints) of 400 findings
// over four rules and 37 subjects.
ck::run_report many_findings() {
    auto report = fresh_report();
    const auto model = report.cases[0];
    const std::array<const char*, 4> codes{"1466", "0683", "1466", "1480"};
    const std::array<const char*, 4> rules{"HER-01", "HER-02", "COM-01", "COM-04"};
    report.cases.clear();
    for (std::size_t k = 0; k < codes.size(); ++k) {
        auto c = model;
        c.municipality_code = codes[k];
        c.findings.clear();
        for (std::size_t i = 0; i < 400; ++i) {
            auto f = model.findings[0];
            f.rule = rules[i % rules.size()];
            f.about.id = fmt::format("namnd-{}", i % 37);
            f.fingerprint = fmt::format("{:032x}", (k % 2) * 1000 + i);
            c.findings.push_back(std::move(f));
        }
        report.cases.push_back(std::move(c));
    }
    return report;
}

// 500 waivers, one a line (waiver j on line j + 2): by fingerprint, by rule
// and subject with and without a municipality, expired, and naming nothing.
std::string many_waivers() {
    const std::array<const char*, 5> rules{"HER-01", "HER-02", "COM-01", "COM-04", "HER-10"};
    const std::array<const char*, 5> codes{"1466", "0683", "1480", "9999", "1466"};
    std::string text = "{\"format\": \"granska-waivers/1\", \"waivers\": [\n";
    for (std::size_t j = 0; j < 500; ++j) {
        const std::string decision =
            fmt::format(R"("justification": "w{}", "decided_by": "KS", "expires": "{}")", j,
                        j % 5 == 3 ? "2026-01-01" : "2027-01-01");
        const std::string rule_subject =
            fmt::format(R"("rule": "{}", "subject": "namnd-{}")", rules[j % 7 % 5], j % 41);
        const std::string names =
            j % 5 == 0 ? fmt::format(R"("fingerprint": "{:032x}")", (j * 7) % 1500)
            : j % 5 == 2
                ? fmt::format(R"({}, "municipality": "{}")", rule_subject, codes[j % 9 % 5])
                : rule_subject;
        text += fmt::format("{}{{{}, {}}}\n", j == 0 ? "" : ",", names, decision);
    }
    return text + "]}";
}

} // namespace

TEST_CASE("Many waivers over many findings: the same states as each waiver against every finding",
          "[waivers]") {
    const auto list = parse(many_waivers());
    REQUIRE(list.entries.size() == 500);
    auto indexed = many_findings();
    auto every = indexed;
    ck::apply_waivers(indexed, list, day("2026-11-22"));
    apply_to_every_finding(every, list, day("2026-11-22"));

    std::size_t waived = 0;
    for (std::size_t k = 0; k < every.cases.size(); ++k)
        for (std::size_t i = 0; i < every.cases[k].findings.size(); ++i) {
            const auto& got = indexed.cases[k].findings[i];
            const auto& want = every.cases[k].findings[i];
            INFO("case " << k << " finding " << i);
            CHECK(got.state == want.state);
            CHECK(got.waiver.justification == want.waiver.justification);
            waived += want.state == ck::finding_state::waived ? 1 : 0;
        }
    CHECK(waived > 0);
    CHECK(waived < 1600);

    // Stale only where no finding of the run matches, expired for every fifth.
    std::size_t expired = 0;
    std::size_t stale = 0;
    for (const auto& p : indexed.waiver_problems) {
        const auto& w = list.entries[p.line - 2];
        if (p.kind == "expired") {
            ++expired;
            CHECK(w.expires == "2026-01-01");
            continue;
        }
        ++stale;
        auto probe = many_findings();
        apply_to_every_finding(probe, ck::waivers{list.file, {w}}, day("2026-11-22"));
        for (const auto& c : probe.cases)
            for (const auto& f : c.findings)
                CHECK(f.state != ck::finding_state::waived);
    }
    CHECK(expired == 100);
    CHECK(stale > 0);
}
