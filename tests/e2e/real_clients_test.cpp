// What the real CI clients need of each format (issue 16, "Real clients"):
// GitHub shows at most ten annotations per level and step, so every finding
// past them must still be reachable; GitHub code scanning keys alerts on
// primaryLocationLineHash and reads helpUri, precision and problem.severity;
// GitLab wants paths relative to the working directory always, type "issue"
// and categories.
#include "run_binary.hpp"
#include "run_elsewhere.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

using granska::e2e::run_granska;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> bundled{"policies/astorp", "policies/dals-ed", "policies/herrljunga",
                                       "policies/tranemo", "policies/varnamo"};

std::vector<std::string> check_bundled(const std::string& format) {
    std::vector<std::string> args{"check"};
    args.insert(args.end(), bundled.begin(), bundled.end());
    args.insert(args.end(), {"--as-of", "2026-11-22", "--format", format});
    return args;
}

std::string source_file(const std::string& name) {
    return granska::e2e::read_file(granska::e2e::source_dir() + "/" + name);
}

std::string lower(std::string s) {
    for (auto& c : s)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

} // namespace

TEST_CASE("GitHub annotations stay within ten per level and every finding is reachable",
          "[e2e][ci][github]") {
    const auto result = json::parse(run_granska(check_bundled("json")).out);
    std::map<std::string, std::size_t> findings; // by workflow command
    for (const auto& c : result["cases"])
        for (const auto& f : c["findings"])
            ++findings[f["severity"] == "error"     ? "error"
                       : f["severity"] == "warning" ? "warning"
                                                    : "notice"];
    REQUIRE(findings["error"] > 10); // the bundled data overflows the limit
    // Besides findings: a notice per case listing the criteria that do not apply.
    for (const auto& c : result["cases"])
        findings["notice"] += !c["not_applicable"].empty();

    const auto r = run_granska(check_bundled("github"));
    CHECK(r.status == 1);
    std::map<std::string, std::size_t> annotations, overflow_notes, logged;
    std::istringstream lines(r.out);
    std::string line;
    const std::regex command(R"(^::(error|warning|notice)( [^:]*)?::.*$)");
    const std::regex overflow(R"(^::(error|warning|notice) title=granska%3A \d+ \S+ till::.*$)");
    const std::regex log(R"(^granska: (fel|varning|notering) .*$)");
    const std::map<std::string, std::string> command_of{
        {"fel", "error"}, {"varning", "warning"}, {"notering", "notice"}};
    bool header = false;
    while (std::getline(lines, line)) {
        std::smatch m;
        if (std::regex_match(line, m, overflow)) {
            ++annotations[m[1]];
            ++overflow_notes[m[1]];
        } else if (std::regex_match(line, m, command)) {
            ++annotations[m[1]];
        } else if (std::regex_match(line, m, log)) {
            ++logged[command_of.at(m[1])];
        } else if (line.starts_with("granska: utöver anteckningarna")) {
            header = true;
        } else {
            CHECK(line.starts_with("granska: ")); // the summary line
        }
    }
    CHECK(header);
    for (const auto& level : {"error", "warning", "notice"}) {
        INFO(level);
        CHECK(annotations[level] <= 10);
        // Each finding is an annotation or a log line, never lost.
        CHECK(annotations[level] - overflow_notes[level] + logged[level] == findings[level]);
        CHECK(overflow_notes[level] == (findings[level] > 10 ? 1u : 0u));
    }
    CHECK(r.out.find("::error title=granska%3A " + std::to_string(findings["error"] - 9) +
                     " fel till::GitHub visar högst 10 fel per steg. Här visas 9 av " +
                     std::to_string(findings["error"])) != std::string::npos);
}

TEST_CASE("SARIF for code scanning: one alert per finding, rule help and severity",
          "[e2e][ci][sarif]") {
    const auto r = run_granska(check_bundled("sarif"));
    REQUIRE(r.status == 1);
    const auto sarif = json::parse(r.out);
    const auto& run = sarif["runs"][0];
    // informationUri is the package's home page (one address, two places).
    const std::smatch homepage = [] {
        static const std::string install = source_file("cmake/install.cmake");
        std::smatch m;
        std::regex_search(install, m, std::regex(R"re(CPACK_PACKAGE_HOMEPAGE_URL "([^"]+)")re"));
        return m;
    }();
    REQUIRE(homepage.size() == 2);
    CHECK(run["tool"]["driver"]["informationUri"] == homepage[1].str());

    const std::string page = source_file("docs/rules.md");
    const std::map<std::string, std::string> problem_severity{
        {"error", "error"}, {"warning", "warning"}, {"note", "recommendation"}};
    REQUIRE_FALSE(run["tool"]["driver"]["rules"].empty());
    for (const auto& rule : run["tool"]["driver"]["rules"]) {
        const std::string id = rule["id"];
        INFO(id);
        CHECK(rule["helpUri"] == homepage[1].str() + "/docs/rules.md#" + lower(id));
        CHECK(page.find("\n## " + id + "\n") != std::string::npos);
        CHECK(rule["properties"]["precision"] == "very-high");
        CHECK(rule["properties"]["problem.severity"] ==
              problem_severity.at(rule["defaultConfiguration"]["level"]));
    }
    // Distinct findings on one line (COM-01 on a policy's first line) are
    // distinct alerts: the line hash is the finding's own fingerprint.
    std::set<std::string> hashes;
    std::size_t results = 0;
    for (const auto& result : run["results"]) {
        ++results;
        const auto& fps = result["partialFingerprints"];
        CHECK(fps["primaryLocationLineHash"] == fps["granska/v1"].get<std::string>() + ":1");
        hashes.insert(fps["primaryLocationLineHash"]);
    }
    CHECK(hashes.size() == results);
}

TEST_CASE("docs/rules.md is the page ci/rules-doc.sh writes from the packs", "[e2e][ci][sarif]") {
    const auto out = granska::e2e::temp_dir() + "/rules.md";
    const std::string command = granska::e2e::source_dir() + "/ci/rules-doc.sh '" +
                                std::string(GRANSKA_BINARY) + "' '" + out + "'";
    REQUIRE(std::system(command.c_str()) == 0);
    CHECK(granska::e2e::read_file(out) == source_file("docs/rules.md"));
}

TEST_CASE("GitLab paths are relative to the working directory however they were given",
          "[e2e][ci][gitlab]") {
    // A checkout reached through a symlink, as $PWD shows it: the waiver file
    // given by its absolute path through the link, and by its plain name.
    const fs::path real = granska::e2e::temp_dir();
    const fs::path link = real.string() + "-link";
    fs::create_symlink(real, link);
    std::ofstream(real / "granska-waivers.json")
        << R"({"format": "granska-waivers/1", "waivers": [{"rule": "HER-01", "subject": "finns-inte",
  "justification": "Beslutat undantag", "decided_by": "KS 2026-03-12 § 45", "expires": "2027-06-30"}]})";
    const auto herrljunga = granska::e2e::source_dir() + "/policies/herrljunga";
    auto gitlab = [&](const std::string& waivers) {
        const auto r = granska::e2e::run_granska_with(link.string(), "",
                                                      {"check", herrljunga, "--as-of", "2026-11-22",
                                                       "--waivers", waivers, "--format", "gitlab"});
        INFO(r.err);
        REQUIRE(r.status <= 1);
        return json::parse(r.out);
    };
    const auto by_name = gitlab("granska-waivers.json");
    const auto by_link = gitlab((link / "granska-waivers.json").string());
    fs::remove(link);
    fs::remove_all(real);

    CHECK(by_link == by_name);
    bool stale = false;
    for (const auto& issue : by_link) {
        CHECK(issue["type"] == "issue");
        REQUIRE(issue["categories"].is_array());
        CHECK_FALSE(issue["categories"].empty());
        const std::string path = issue["location"]["path"];
        CHECK_FALSE(path.starts_with("/"));
        if (issue["check_name"] == "granska/undantag-stale") {
            stale = true;
            CHECK(path == "granska-waivers.json");
        }
    }
    CHECK(stale);
}
