// The text output on the hand-built sample run (ci_sample_report.hpp): the
// whole output as a golden file, the colour codes a terminal gets, and data
// that would steer a terminal shown inert.
#include "checker/report/formats.hpp"
#include "tests/checker/ci_sample_report.hpp"
#include "tests/support/golden.hpp"

#include <catch2/catch.hpp>

using granska::testing::sample_report;
namespace ck = granska::checker;

namespace {

std::string text_of(const ck::run_report& report, bool color = false) {
    ck::format_options options;
    options.color = color;
    options.working_dir = granska::testing::sample_working_dir;
    return ck::format_text(report, options);
}

} // namespace

TEST_CASE("text output matches the golden file", "[format][text]") {
    granska::testing::check_golden("formats/sample.txt", text_of(sample_report()));
}

TEST_CASE("text output ends with the summary line", "[format][text]") {
    CHECK(text_of(sample_report())
              .ends_with("\n2 fall: 1 fel, 1 varning, 1 information, 1 indatafel, 1 känt, "
                         "1 undantaget (per 2026-11-22)\n"));
}

TEST_CASE("text output paints severities only when colour is on", "[format][text]") {
    const auto plain = text_of(sample_report());
    const auto painted = text_of(sample_report(), true);
    CHECK(plain.find('\x1b') == std::string::npos);
    CHECK(painted.find("\x1b[1;31mfel[HER-01]\x1b[0m") != std::string::npos);
    CHECK(painted.find("\x1b[1;33mvarning[HER-02]\x1b[0m") != std::string::npos);
    CHECK(painted.find("\x1b[1;36minformation[COM-01]\x1b[0m") != std::string::npos);
}

TEST_CASE("text output of an empty run is the summary alone", "[format][text]") {
    ck::run_report empty;
    empty.as_of = "2026-11-22";
    CHECK(text_of(empty) ==
          "0 fall: 0 fel, 0 varningar, 0 information, 0 indatafel (per 2026-11-22)\n");
}

TEST_CASE("text output shows terminal control characters in data as text", "[format][text]") {
    auto report = sample_report();
    report.cases[0].findings[0].message = "Policyn\x1b]8;;https://example.org\x07 saknar\rägare.";
    const auto out = text_of(report);
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find('\x07') == std::string::npos);
    CHECK(out.find('\r') == std::string::npos);
}
