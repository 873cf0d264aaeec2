// The JSON result on the hand-built sample run: the whole document as a
// golden file, the streamed writer giving the same bytes, and hostile text
// kept exact through JSON escaping.
#include "checker/report/formats.hpp"
#include "tests/checker/ci_sample_report.hpp"
#include "tests/support/golden.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using granska::testing::sample_report;
namespace ck = granska::checker;

namespace {

ck::format_options options() {
    ck::format_options o;
    o.working_dir = granska::testing::sample_working_dir;
    return o;
}

} // namespace

TEST_CASE("JSON result matches the golden file", "[format][json]") {
    granska::testing::check_golden("formats/sample.json",
                                   ck::format_json(sample_report(), options()));
}

TEST_CASE("JSON result streamed in pieces is the same bytes", "[format][json]") {
    std::string streamed;
    std::size_t pieces = 0;
    ck::write_json(sample_report(), options(), [&](std::string_view piece) {
        streamed += piece;
        ++pieces;
    });
    CHECK(pieces >= 1);
    CHECK(streamed == ck::format_json(sample_report(), options()));
}

TEST_CASE("JSON result keeps hostile text exact and counts per severity", "[format][json]") {
    const auto j = nlohmann::json::parse(ck::format_json(sample_report(), options()));
    CHECK(j["as_of"] == "2026-11-22");
    REQUIRE(j["cases"].size() == 2);
    const auto& findings = j["cases"][0]["findings"];
    REQUIRE(findings.size() == 4);
    bool found = false;
    for (const auto& f : findings)
        if (f["rule"] == "HER-02") {
            CHECK(f["message"] ==
                  "Målet \"Fler i arbete | 100% <snart>\" saknar derived_from, t.ex. a: b, c.\nSe "
                  "planen.");
            found = true;
        }
    CHECK(found);
    CHECK(j["errors"].size() == 1);
    CHECK(j["errors"][0]["pointer"] == "/adopted_on");
}

TEST_CASE("JSON result of an empty run has no cases and zero counts", "[format][json]") {
    ck::run_report empty;
    empty.as_of = "2026-11-22";
    const auto j = nlohmann::json::parse(ck::format_json(empty, options()));
    CHECK(j["cases"].empty());
    CHECK(j["summary"]["cases"] == 0);
    CHECK(j["summary"]["error"] == 0);
    CHECK(j["summary"]["warning"] == 0);
}
