// --compare: today's findings against an earlier JSON result, by fingerprint.
#include "checker/report/formats.hpp"
#include "checker/results/compare.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace granska::checker;

namespace {

finding make(const std::string& rule, const std::string& fingerprint,
             const std::string& message = "m") {
    finding f;
    f.rule = rule;
    f.message = message;
    f.fingerprint = fingerprint;
    f.about = {"body", rule, "organisation.json", "/bodies/0", 3, ""};
    return f;
}

case_report make_case(const std::string& path, const std::string& code,
                      std::vector<finding> findings) {
    case_report c;
    c.path = path;
    c.municipality_code = code;
    c.municipality_name = "Herrljunga kommun";
    c.findings = std::move(findings);
    return c;
}

run_report make_run(std::vector<case_report> cases) {
    run_report r;
    r.as_of = "2026-11-22";
    r.cases = std::move(cases);
    return r;
}

std::string temp_file(const std::string& content) {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "granska-compare-XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    REQUIRE(fd >= 0);
    ::close(fd);
    std::ofstream(pattern, std::ios::binary) << content;
    return pattern;
}

} // namespace

TEST_CASE("compare: findings are new, unchanged or resolved by fingerprint", "[compare]") {
    auto previous = make_run({make_case("p/her", "1466", {make("A", "fa"), make("B", "fb")})});
    previous.as_of = "2025-11-22";
    const auto current =
        make_run({make_case("p/her", "1466", {make("B", "fb", "ny text"), make("C", "fc")})});
    const auto cmp = compare_reports(previous, current);
    CHECK(cmp.previous_as_of == "2025-11-22");
    CHECK(cmp.mark(0, 0) == change::unchanged); // a new message does not make a new finding
    CHECK(cmp.mark(0, 1) == change::added);
    CHECK(cmp.added == 1);
    CHECK(cmp.unchanged == 1);
    REQUIRE(cmp.resolved.size() == 1);
    CHECK(cmp.resolved[0].case_index == 0);
    CHECK(cmp.resolved[0].previous.rule == "A");
    CHECK(cmp.not_compared.empty());
}

TEST_CASE("compare: repeated fingerprints pair one to one, same message first", "[compare]") {
    const auto previous =
        make_run({make_case("p", "1466", {make("A", "f", "x"), make("A", "f", "y")})});
    const auto current = make_run(
        {make_case("p", "1466", {make("A", "f", "y"), make("A", "f", "z"), make("A", "f", "w")})});
    const auto cmp = compare_reports(previous, current);
    CHECK(cmp.mark(0, 0) == change::unchanged);
    CHECK(cmp.mark(0, 1) == change::unchanged);
    CHECK(cmp.mark(0, 2) == change::added);
    CHECK(cmp.resolved.empty());
}

TEST_CASE("compare: cases pair by path, else by municipality code", "[compare]") {
    const auto previous = make_run({make_case("old/tranemo", "1452", {make("T", "ft")}),
                                    make_case("old/herrljunga", "1466", {make("H", "fh")})});
    const auto current = make_run({make_case("new/herrljunga", "1466", {make("H", "fh")}),
                                   make_case("new/tranemo", "1452", {})});
    const auto cmp = compare_reports(previous, current);
    CHECK(cmp.mark(0, 0) == change::unchanged);
    REQUIRE(cmp.resolved.size() == 1);
    CHECK(cmp.resolved[0].case_index == 1);
    CHECK(cmp.resolved[0].previous.rule == "T");
}

TEST_CASE("compare: a municipality not checked last time has only new findings", "[compare]") {
    const auto previous = make_run({make_case("p/her", "1466", {make("H", "fh")})});
    const auto current = make_run({make_case("p/her", "1466", {make("H", "fh")}),
                                   make_case("p/tra", "1452", {make("T", "ft")})});
    const auto cmp = compare_reports(previous, current);
    CHECK(cmp.mark(1, 0) == change::added);
    CHECK_FALSE(cmp.compared(1));
    CHECK(cmp.compared(0));
    CHECK(cmp.resolved.empty());
}

TEST_CASE("compare: a case that does not load now resolves nothing", "[compare]") {
    const auto previous = make_run({make_case("p/her", "1466", {make("H", "fh")})});
    auto broken = make_case("p/her", "1466", {});
    broken.loaded = false;
    const auto cmp = compare_reports(previous, make_run({broken}));
    CHECK(cmp.resolved.empty());
    CHECK_FALSE(cmp.compared(0));
}

TEST_CASE("compare: a mark out of range counts as new", "[compare]") {
    const comparison cmp;
    CHECK(cmp.mark(3, 7) == change::added);
    CHECK(std::string(swedish(change::added)) == "Ny");
    CHECK(std::string(swedish(change::unchanged)) == "Oförändrad");
}

TEST_CASE("compare: reads a JSON result written by format_json", "[compare]") {
    auto previous = make_run({make_case("p/her", "1466", {make("A", "fa"), make("B", "fb")})});
    previous.as_of = "2025-11-22";
    const auto path = temp_file(format_json(previous, {}));
    const auto current = make_run({make_case("p/her", "1466", {make("B", "fb")})});
    const auto result = load_comparison(path, current);
    std::filesystem::remove(path);
    CHECK(result.errors.empty());
    REQUIRE(result.value);
    CHECK(result.value->previous_file == path);
    CHECK(result.value->previous_as_of == "2025-11-22");
    CHECK(result.value->unchanged == 1);
    REQUIRE(result.value->resolved.size() == 1);
    CHECK(result.value->resolved[0].previous.rule == "A");
}

TEST_CASE("compare: a file that cannot be used is a diagnostic", "[compare]") {
    const auto current = make_run({});
    SECTION("missing") {
        const auto r = load_comparison("/nonexistent/granska.json", current);
        CHECK_FALSE(r.value);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message == "kan inte läsa filen: finns inte");
    }
    SECTION("not JSON") {
        const auto path = temp_file("{\n  \"as_of\": 2025-\n}\n");
        const auto r = load_comparison(path, current);
        std::filesystem::remove(path);
        CHECK_FALSE(r.value);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].line == 2);
        CHECK(r.errors[0].message == "inte ett giltigt granska-resultat (JSON går inte att läsa)");
    }
    SECTION("JSON but no granska result") {
        const auto path = temp_file(R"({"version": "2.1.0", "runs": []})");
        const auto r = load_comparison(path, current);
        std::filesystem::remove(path);
        CHECK_FALSE(r.value);
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message.starts_with("inte ett granska-resultat"));
    }
}

TEST_CASE("compare: previous findings without fingerprint give one warning", "[compare]") {
    auto previous = make_run({make_case("p/her", "1466", {make("A", ""), make("B", "")})});
    const auto path = temp_file(format_json(previous, {}));
    const auto r = load_comparison(path, make_run({make_case("p/her", "1466", {})}));
    std::filesystem::remove(path);
    REQUIRE(r.value);
    CHECK(r.value->resolved.empty());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].severity == granska::diagnostic_severity::warning);
    CHECK(r.errors[0].message == "2 fynd i den tidigare körningen saknar fingerprint och kan inte "
                                 "jämföras; de visas inte som åtgärdade");
}
