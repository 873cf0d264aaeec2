// End to end for CI use: every CI format on the bundled policies, validated
// with the real validators; baselines and waivers through the command line;
// and the commands of ci/templates/*.yml run on a sample repository layout.
#include "../checker/ci_sample_report.hpp"
#include "run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <sstream>

using granska::e2e::run_granska;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> bundled{"policies/astorp", "policies/dals-ed", "policies/herrljunga",
                                       "policies/tranemo", "policies/varnamo"};

std::vector<std::string> check_args(const std::vector<std::string>& extra) {
    std::vector<std::string> args{"check"};
    args.insert(args.end(), bundled.begin(), bundled.end());
    args.insert(args.end(), {"--as-of", "2026-11-22"});
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

std::string quoted(const std::string& s) {
    return "'" + s + "'";
}

int validate_sarif(const std::string& path, std::string& output) {
    return granska::testing::run_command(
        std::string(GRANSKA_SOURCE_DIR) + "/ci/validate-sarif.sh " + quoted(path), output);
}

void check_junit_valid(const std::string& path) {
    for (const char* schema : {"JUnit.xsd", "junit-10.xsd"}) {
        std::string output;
        const int status = granska::testing::run_command(
            "xmllint --noout --schema " +
                quoted(std::string(GRANSKA_EXTERNAL_DIR) + "/junit/" + schema) + " " + quoted(path),
            output);
        INFO(path << " against " << schema << ":\n" << output);
        CHECK(status == 0);
    }
}

std::size_t count_findings(const json& result) {
    std::size_t n = 0;
    for (const auto& c : result["cases"])
        n += c["findings"].size();
    return n;
}

// The shell lines between the markers in a template, without their indentation.
std::string template_commands(const std::string& name) {
    std::istringstream in(
        granska::testing::read_text(std::string(GRANSKA_SOURCE_DIR) + "/ci/templates/" + name));
    std::string line, out;
    bool inside = false;
    std::size_t indent = 0;
    while (std::getline(in, line)) {
        const auto first = line.find_first_not_of(' ');
        if (first != std::string::npos && line.compare(first, 11, "# >>> grans") == 0) {
            inside = true;
            indent = first;
            continue;
        }
        if (first != std::string::npos && line.compare(first, 11, "# <<< grans") == 0)
            break;
        if (inside)
            out += (line.size() > indent ? line.substr(indent) : std::string()) + "\n";
    }
    return out;
}

// A municipality's repository: submissions/<case>/ copied from policies/.
fs::path sample_repository(const std::string& name) {
    const auto root = granska::testing::scratch_dir(name);
    fs::create_directories(root / "submissions");
    for (const auto& c : bundled)
        fs::copy(fs::path(GRANSKA_SOURCE_DIR) / c, root / "submissions" / fs::path(c).filename(),
                 fs::copy_options::recursive | fs::copy_options::overwrite_existing);
    const auto bin = root / "bin";
    fs::create_directories(bin);
    if (!fs::exists(bin / "granska"))
        fs::create_symlink(GRANSKA_BINARY, bin / "granska");
    return root;
}

// Runs a template's commands as the CI system would (bash -eo pipefail).
int run_template(const std::string& name, const fs::path& repo, std::string& output) {
    const auto script = repo / (name + ".sh");
    granska::testing::write_text(script.string(), template_commands(name));
    const std::string env =
        "PATH=" + quoted((repo / "bin").string()) + ":\"$PATH\" GRANSKA_CASES='submissions/*' " +
        "GRANSKA_FAIL_ON=error AS_OF=2026-11-22 GITHUB_STEP_SUMMARY=summary.md " +
        "GITHUB_OUTPUT=github-output.txt";
    return granska::testing::run_command("cd " + quoted(repo.string()) + " && " + env +
                                             " bash -eo pipefail " + quoted(script.string()),
                                         output);
}

} // namespace

TEST_CASE("SARIF for the bundled policies validates and agrees with the JSON result",
          "[e2e][ci][sarif]") {
    const auto dir = granska::testing::scratch_dir("e2e-sarif");
    const auto sarif_path = (dir / "granska.sarif").string();
    const auto r = run_granska(check_args({"--format", "sarif", "--output", sarif_path}));
    CHECK(r.status == 1);
    std::string output;
    const int valid = validate_sarif(sarif_path, output);
    INFO(output);
    CHECK(valid == 0);

    const auto sarif = json::parse(granska::testing::read_text(sarif_path));
    const auto result = json::parse(run_granska(check_args({"--format", "json"})).out);
    const auto& run = sarif["runs"][0];
    CHECK(run["results"].size() == count_findings(result));
    for (const auto& res : run["results"]) {
        CHECK(run["tool"]["driver"]["rules"][res["ruleIndex"].get<std::size_t>()]["id"] ==
              res["ruleId"]);
        const auto uri =
            res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].get<std::string>();
        CHECK(uri.starts_with("policies/"));
    }
}

TEST_CASE("JUnit for the bundled policies validates against both schemas", "[e2e][ci][junit]") {
    const auto dir = granska::testing::scratch_dir("e2e-junit");
    const auto path = (dir / "granska-junit.xml").string();
    const auto r = run_granska(check_args({"--format", "junit", "--output", path}));
    CHECK(r.status == 1);
    check_junit_valid(path);
    const auto xml = granska::testing::read_text(path);
    CHECK(xml.find("<testsuite name=\"Herrljunga kommun (policies/herrljunga)\"") !=
          std::string::npos);
}

TEST_CASE("GitHub, GitLab and Markdown output for the bundled policies", "[e2e][ci]") {
    const auto result = json::parse(run_granska(check_args({"--format", "json"})).out);
    SECTION("github: a workflow command or a log line per finding, then the summary line") {
        // Past GitHub's ten annotations per level, a finding is a log line
        // (tests/e2e/real_clients_test.cpp checks the limit itself).
        const auto r = run_granska(check_args({"--format", "github"}));
        CHECK(r.status == 1);
        std::istringstream lines(r.out);
        std::string line;
        std::size_t shown = 0;
        while (std::getline(lines, line)) {
            const bool overflow_note = line.starts_with("::") &&
                                       line.find(" till::") != std::string::npos &&
                                       line.find("title=granska%3A ") != std::string::npos;
            if (line.starts_with("::") && !overflow_note)
                ++shown;
            else if (line.starts_with("granska: fel ") || line.starts_with("granska: varning ") ||
                     line.starts_with("granska: notering "))
                ++shown;
            else if (!overflow_note)
                CHECK(line.starts_with("granska: "));
        }
        // And a notice per case listing the criteria that do not apply to it.
        std::size_t cases_with_not_applicable = 0;
        for (const auto& c : result["cases"])
            cases_with_not_applicable += !c["not_applicable"].empty();
        CHECK(cases_with_not_applicable > 0);
        CHECK(shown == count_findings(result) + cases_with_not_applicable);
    }
    // Criteria that do not apply are left out of Code Quality on purpose
    // (ci/templates/README.md): exactly one issue per finding.
    SECTION("gitlab: one issue per finding with the finding's fingerprint") {
        const auto issues = json::parse(run_granska(check_args({"--format", "gitlab"})).out);
        REQUIRE(issues.size() == count_findings(result));
        for (const auto& i : issues) {
            CHECK(i["location"]["lines"]["begin"].get<int>() >= 1);
            CHECK(i["fingerprint"].get<std::string>().size() == 32);
        }
    }
    SECTION("markdown: a heading and one section per case") {
        const auto r = run_granska(check_args({"--format", "markdown"}));
        CHECK(r.out.starts_with("## granska: "));
        CHECK(r.out.find("### Herrljunga kommun (1466) — `policies/herrljunga`") !=
              std::string::npos);
    }
}

TEST_CASE("A baseline makes today's findings known and the check pass", "[e2e][ci][baseline]") {
    const auto dir = granska::testing::scratch_dir("e2e-baseline");
    const auto baseline = (dir / "granska-baseline.json").string();
    std::vector<std::string> write{"baseline", "write", baseline};
    write.insert(write.end(), bundled.begin(), bundled.end());
    write.insert(write.end(), {"--as-of", "2026-11-22"});
    const auto w = run_granska(write);
    INFO(w.err);
    REQUIRE(fs::exists(baseline));
    CHECK(json::parse(granska::testing::read_text(baseline))["format"] == "granska-baseline/1");

    const auto r = run_granska(check_args({"--baseline", baseline, "--format", "json"}));
    CHECK(r.status == 0);
    const auto result = json::parse(r.out);
    for (const auto& c : result["cases"])
        for (const auto& f : c["findings"])
            CHECK(f["state"] == "known");

    SECTION("a baseline that does not parse is an input error") {
        granska::testing::write_text(
            baseline, "{\"format\": \"granska-baseline/1\",\n  \"findings\": [,]}\n");
        const auto broken = run_granska(check_args({"--baseline", baseline, "--format", "json"}));
        CHECK(broken.status == 2);
        CHECK(broken.err.find("granska-baseline.json:2:16") != std::string::npos);
    }
}

TEST_CASE("Waivers: applied, expired and stale through the command line", "[e2e][ci][waivers]") {
    const auto result = json::parse(run_granska(check_args({"--format", "json"})).out);
    // Two error findings of the bundled data: one to waive, one whose waiver has expired.
    std::vector<json> errors;
    for (const auto& c : result["cases"])
        for (const auto& f : c["findings"])
            if (f["severity"] == "error" && f["state"] == "new")
                errors.push_back(f);
    REQUIRE(errors.size() >= 2);
    const auto dir = granska::testing::scratch_dir("e2e-waivers");
    const auto path = (dir / "granska-waivers.json").string();
    json file{{"format", "granska-waivers/1"},
              {"waivers",
               {{{"fingerprint", errors[0]["fingerprint"]},
                 {"justification", "Beslutat undantag"},
                 {"decided_by", "KS 2026-03-12 § 45"},
                 {"expires", "2027-06-30"}},
                {{"rule", errors[1]["rule"]},
                 {"subject", errors[1]["subject"]["id"]},
                 {"justification", "Gällde förra året"},
                 {"decided_by", "KS 2025-03-10 § 12"},
                 {"expires", "2026-06-30"}},
                {{"rule", errors[0]["rule"]},
                 {"subject", "finns-inte"},
                 {"justification", "Ingen sådan"},
                 {"decided_by", "KS 2026-03-12 § 46"},
                 {"expires", "2027-06-30"}}}}};
    granska::testing::write_text(path, file.dump(2));
    const auto r = run_granska(check_args({"--waivers", path, "--format", "json"}));
    const auto waived = json::parse(r.out);
    std::size_t waived_count = 0;
    for (const auto& c : waived["cases"])
        for (const auto& f : c["findings"])
            if (f["fingerprint"] == errors[0]["fingerprint"]) {
                CHECK(f["state"] == "waived");
                CHECK(f["waiver"]["decided_by"] == "KS 2026-03-12 § 45");
                ++waived_count;
            } else if (f["fingerprint"] == errors[1]["fingerprint"]) {
                CHECK(f["state"] == "new");
            }
    CHECK(waived_count == 1);
    REQUIRE(waived["waiver_problems"].size() == 2);
    CHECK(waived["waiver_problems"][0]["kind"] == "expired");
    CHECK(waived["waiver_problems"][0]["line"] ==
          10); // dump(2), keys sorted: entries start on lines 4, 10, 17
    CHECK(waived["waiver_problems"][1]["kind"] == "stale");
    CHECK(waived["waiver_problems"][1]["line"] == 17);

    SECTION("SARIF shows the waived finding as a suppression and still validates") {
        const auto sarif_path = (dir / "waived.sarif").string();
        run_granska(check_args({"--waivers", path, "--format", "sarif", "--output", sarif_path}));
        std::string output;
        const int valid = validate_sarif(sarif_path, output);
        INFO(output);
        CHECK(valid == 0);
        std::size_t suppressed = 0;
        const auto sarif = json::parse(granska::testing::read_text(sarif_path));
        for (const auto& res : sarif["runs"][0]["results"])
            suppressed += res.contains("suppressions");
        CHECK(suppressed == 1);
    }
    SECTION("a waiver file with an entry missing its expiry is an input error") {
        file["waivers"][0].erase("expires");
        granska::testing::write_text(path, file.dump(2));
        const auto broken = run_granska(check_args({"--waivers", path, "--format", "json"}));
        CHECK(broken.status == 2);
        CHECK(broken.err.find("undantaget saknar \"expires\"") != std::string::npos);
    }
}

TEST_CASE("The GitHub Actions template's commands run on a sample repository",
          "[e2e][ci][templates]") {
    const auto repo = sample_repository("e2e-github-template");
    std::string output;
    const int status = run_template("github-actions.yml", repo, output);
    INFO(output);
    CHECK(status == 0); // the step records the status; a later step fails the job
    CHECK(granska::testing::read_text((repo / "github-output.txt").string()) == "status=1\n");
    CHECK(granska::testing::read_text((repo / "summary.md").string()).starts_with("## granska: "));
    CHECK(output.find("::error file=submissions/") != std::string::npos);
    std::string validation;
    const int valid = validate_sarif((repo / "granska.sarif").string(), validation);
    INFO(validation);
    CHECK(valid == 0);
}

TEST_CASE("The GitLab CI template's commands run on a sample repository", "[e2e][ci][templates]") {
    const auto repo = sample_repository("e2e-gitlab-template");
    std::string output;
    SECTION("findings fail the job and every report is written") {
        const int status = run_template("gitlab-ci.yml", repo, output);
        INFO(output);
        CHECK(status == 1);
        check_junit_valid((repo / "granska-junit.xml").string());
        const auto issues = json::parse(
            granska::testing::read_text((repo / "gl-code-quality-report.json").string()));
        CHECK_FALSE(issues.empty());
        CHECK(issues[0]["location"]["path"].get<std::string>().starts_with("submissions/"));
        CHECK(fs::exists(repo / "granska.md"));
    }
    SECTION("with a baseline of today's findings the job passes") {
        const int written = granska::testing::run_command(
            "cd " + quoted(repo.string()) +
                " && bin/granska baseline write granska-baseline.json submissions/* "
                "--as-of 2026-11-22",
            output);
        INFO(output);
        REQUIRE(written <= 1);
        const int status = run_template("gitlab-ci.yml", repo, output);
        INFO(output);
        CHECK(status == 0);
        fs::remove(repo / "granska-baseline.json");
    }
}
