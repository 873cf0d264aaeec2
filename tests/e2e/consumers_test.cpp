// Each format read by the tool that consumes it in real life (issue 16,
// "Real clients"), installed by ci/install-validators.sh: Microsoft's SARIF
// Multitool with GitHub's rules, Debian's junitparser, pdftotext, axe-core in
// Chromium (ci/axe-report.sh). A tool
// that is missing fails the test; nothing is skipped.
#include "run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <array>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

using granska::e2e::run_granska;
using nlohmann::json;

namespace {

const std::vector<std::string> bundled{"policies/astorp", "policies/dals-ed", "policies/herrljunga",
                                       "policies/tranemo", "policies/varnamo"};

std::vector<std::string> check_bundled(const std::vector<std::string>& more) {
    std::vector<std::string> args{"check"};
    args.insert(args.end(), bundled.begin(), bundled.end());
    args.insert(args.end(), {"--as-of", "2026-11-22"});
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

// Runs a shell command; its exit status and everything it printed.
int shell(const std::string& command, std::string& output) {
    output.clear();
    std::FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    if (pipe == nullptr)
        return -1;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
        output.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string quoted(const std::string& s) {
    return "'" + s + "'";
}

} // namespace

TEST_CASE("SARIF Multitool with GitHub's rules finds no error in granska's SARIF",
          "[e2e][ci][sarif][consumers]") {
    const auto dir = granska::e2e::temp_dir();
    const auto single = dir + "/granska.sarif";
    REQUIRE(run_granska(check_bundled({"--format", "sarif", "--output", single})).status == 1);
    // A merge of shards, which carries the same rules and results.
    std::vector<std::string> merge{"merge"};
    for (const auto& c : bundled) {
        const auto shard = dir + "/" + c.substr(c.find('/') + 1) + ".json";
        REQUIRE(run_granska(
                    {"check", c, "--as-of", "2026-11-22", "--format", "json", "--output", shard})
                    .status <= 1);
        merge.push_back(shard);
    }
    const auto merged = dir + "/merged.sarif";
    merge.insert(merge.end(), {"--format", "sarif", "--output", merged});
    REQUIRE(run_granska(merge).status <= 1);

    std::string output;
    const int status = shell(granska::e2e::source_dir() + "/ci/sarif-multitool.sh " +
                                 quoted(single) + " " + quoted(merged),
                             output);
    INFO(output);
    CHECK(status == 0);
    CHECK(output.find(single + ": 0 fel") != std::string::npos);
    CHECK(output.find(merged + ": 0 fel") != std::string::npos);
}

TEST_CASE("junitparser reads the JUnit report with the JSON result's counts",
          "[e2e][ci][junit][consumers]") {
    const auto result = json::parse(run_granska(check_bundled({"--format", "json"})).out);
    // What the JUnit report must hold: a testcase per rule of the case's
    // packs (and any rule a finding names), failed by its new findings or
    // skipped where the criterion does not apply.
    std::size_t tests = 0, failures = 0, skipped = 0;
    for (const auto& c : result["cases"]) {
        skipped += c["not_applicable"].size();
        REQUIRE(c["loaded"] == true);
        std::set<std::string> rules, failed;
        for (const auto& rule : result["rules"])
            for (const auto& pack : c["rule_packs"])
                if (rule["pack"] == pack)
                    rules.insert(rule["id"]);
        for (const auto& f : c["findings"]) {
            rules.insert(f["rule"]);
            if (f["state"] == "new")
                failed.insert(f["rule"]);
        }
        tests += rules.size();
        failures += failed.size();
    }
    REQUIRE(result["errors"].empty());

    const auto file = granska::e2e::temp_dir() + "/granska.xml";
    REQUIRE(run_granska(check_bundled({"--format", "junit", "--output", file})).status == 1);
    // Debian's python3 (the module is Debian's), counting testcases itself
    // rather than trusting the suites' attributes.
    const std::string script = R"(
import sys
from junitparser import JUnitXml, Failure, Error, Skipped
counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
for suite in JUnitXml.fromfile(sys.argv[1]):
    for case in suite:
        counts["tests"] += 1
        results = case.result if isinstance(case.result, list) else [case.result]
        kinds = {type(r) for r in results if r is not None}
        counts["failures"] += Failure in kinds
        counts["errors"] += Error in kinds
        counts["skipped"] += Skipped in kinds
print(counts["tests"], counts["failures"], counts["errors"], counts["skipped"])
)";
    const auto script_file = granska::e2e::temp_dir() + "/count.py";
    std::FILE* out = std::fopen(script_file.c_str(), "w");
    REQUIRE(out != nullptr);
    std::fputs(script.c_str(), out);
    std::fclose(out);
    std::string output;
    const int status =
        shell("/usr/bin/python3 " + quoted(script_file) + " " + quoted(file), output);
    INFO(output);
    REQUIRE(status == 0);
    std::istringstream counts(output);
    std::size_t read_tests = 0, read_failures = 0, read_errors = 9, read_skipped = 9;
    counts >> read_tests >> read_failures >> read_errors >> read_skipped;
    CHECK(read_tests == tests);
    CHECK(read_failures == failures);
    CHECK(read_errors == 0);
    CHECK(read_skipped == skipped);
    CHECK(skipped > 0); // the bundled data has criteria that do not apply
}

TEST_CASE("pdftotext reads the PDF report's Swedish text", "[e2e][pdf][consumers]") {
    const auto dir = granska::e2e::temp_dir();
    const auto pdf = dir + "/rapport.pdf";
    const auto r = run_granska({"check", "policies/herrljunga", "--as-of", "2026-11-22", "--format",
                                "pdf", "--output", pdf});
    INFO(r.err);
    REQUIRE(r.status == 1);
    const auto result = json::parse(
        run_granska({"check", "policies/herrljunga", "--as-of", "2026-11-22", "--format", "json"})
            .out);
    std::string text;
    const int status = shell("pdftotext -enc UTF-8 " + quoted(pdf) + " -", text);
    INFO(text);
    REQUIRE(status == 0);
    CHECK(text.find("Sammanfattning") != std::string::npos);
    CHECK(text.find("Herrljunga kommun") != std::string::npos);
    CHECK(text.find("Socialnämnden") != std::string::npos); // å, ä and ö intact
    for (const auto& f : result["cases"][0]["findings"])
        CHECK(text.find(f["rule"].get<std::string>()) != std::string::npos);
}

TEST_CASE("axe-core in Chromium finds no WCAG 2.1 A or AA violation in the HTML report",
          "[e2e][html][consumers]") {
    const auto html = granska::e2e::temp_dir() + "/rapport.html";
    REQUIRE(run_granska(check_bundled({"--format", "html", "--output", html})).status == 1);
    std::string output;
    const int status =
        shell(granska::e2e::source_dir() + "/ci/axe-report.sh " + quoted(html), output);
    INFO(output);
    CHECK(status == 0);
    CHECK(output.find("axe: 0 brott mot WCAG 2.1 A/AA") != std::string::npos);
}
