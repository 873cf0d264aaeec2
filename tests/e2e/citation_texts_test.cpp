// End to end: a pack's citations are checked against the texts found beside
// the pack, wherever it lies; a pack without the text it cites is refused
// (issue 13); --no-citation-check, for drafts, is stated by every report.
#include "run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using granska::e2e::read_file;
using granska::e2e::run_granska;
using granska::e2e::source_dir;

namespace {

const char* const herrljunga_case = "tests/e2e/fixtures/herrljunga";

// <dir>/rules/<pack>/<pack>.rules copied from the bundled packs; with
// `texts`, also each pack's own texts (policy.txt, submission-format.md).
std::string pack_folder(bool texts) {
    const fs::path dir = granska::e2e::temp_dir();
    for (const auto& pack : fs::directory_iterator(fs::path(source_dir()) / "rules")) {
        if (!pack.is_directory())
            continue;
        const fs::path to = dir / "rules" / pack.path().filename();
        fs::create_directories(to);
        for (const auto& e : fs::directory_iterator(pack.path())) {
            const auto name = e.path().filename().string();
            const bool text = name == "policy.txt" || name == "submission-format.md";
            if (e.path().extension() == ".rules" || (texts && text))
                fs::copy_file(e.path(), to / name);
        }
    }
    return dir.string();
}

void replace_in(const std::string& file, const std::string& from, const std::string& to) {
    std::string text = read_file(file);
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    std::ofstream(file, std::ios::binary) << text;
}

} // namespace

TEST_CASE("a pack folder with its texts in it carries its own citation check", "[e2e][citations]") {
    const std::string dir = pack_folder(true);
    const auto clean =
        run_granska({"check", herrljunga_case, "--rules", dir + "/rules", "--as-of", "2026-11-22"});
    CHECK(clean.status == 1); // the designed findings, no pack error
    CHECK(clean.err.empty());

    // A deliberate misquote in the copy is caught against the copy's text.
    replace_in(dir + "/rules/herrljunga/herrljunga.rules", "ta fram 1-2 mål", "ta fram 1-3 mål");
    const auto drift =
        run_granska({"check", herrljunga_case, "--rules", dir + "/rules", "--as-of", "2026-11-22"});
    CHECK(drift.status == 2);
    CHECK(drift.out.empty());
    CHECK(drift.err.find(dir + "/rules/herrljunga/herrljunga.rules:") != std::string::npos);
    CHECK(drift.err.find("citatdrift: HER-01 citerar") != std::string::npos);
    CHECK(drift.err.find(dir + "/rules/herrljunga/policy.txt") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("one pack folder given alone checks its citations against its own text",
          "[e2e][citations]") {
    const std::string dir = pack_folder(true);
    // The municipal pack alone: its include of common is found in the folder beside it.
    const auto clean = run_granska(
        {"check", herrljunga_case, "--rules", dir + "/rules/herrljunga", "--as-of", "2026-11-22"});
    INFO(clean.err);
    CHECK(clean.status == 1);
    CHECK(clean.err.empty());
    // Another pack's text does not stand in for a pack's own.
    fs::remove(dir + "/rules/herrljunga/policy.txt");
    fs::copy_file(dir + "/rules/tranemo/policy.txt", dir + "/rules/herrljunga/policy.txt");
    const auto wrong = run_granska(
        {"check", herrljunga_case, "--rules", dir + "/rules/herrljunga", "--as-of", "2026-11-22"});
    CHECK(wrong.status == 2);
    CHECK(wrong.err.find("citatdrift: HER-01 citerar") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("a pack without the policy text it cites is a load error", "[e2e][citations]") {
    const std::string dir = pack_folder(false);
    const auto r =
        run_granska({"check", herrljunga_case, "--rules", dir + "/rules", "--as-of", "2026-11-22"});
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK(r.err.find(dir + "/rules/herrljunga/herrljunga.rules: fel: regelpaketet herrljunga "
                           "gäller kommunkod 1466, men det finns ingen policytext för koden i ") !=
          std::string::npos);
    CHECK(r.err.find(dir + "/rules/herrljunga; citaten kan inte kontrolleras (lägg policytexten "
                           "som policy.txt i regelpaketets mapp") != std::string::npos);
    CHECK(
        r.err.find("regelpaketet common gäller alla kommuner, men det finns ingen policytext i ") !=
        std::string::npos);
    CHECK(r.err.find("inget fall kontrollerades") != std::string::npos);

    // rules, explain and test refuse the same pack.
    for (const auto& args :
         std::vector<std::vector<std::string>>{{"rules", "--rules", dir + "/rules"},
                                               {"explain", "HER-01", "--rules", dir + "/rules"}}) {
        const auto other = run_granska(args);
        CHECK(other.status == 2);
        CHECK(other.err.find("det finns ingen policytext") != std::string::npos);
    }
    fs::remove_all(dir);
}

TEST_CASE("a check with --no-citation-check says so in every report and the JSON result",
          "[e2e][citations]") {
    const std::string dir = pack_folder(false);
    const std::string notice =
        "citatkontrollen är avstängd (--no-citation-check): citaten i regelpaketet herrljunga "
        "har inte jämförts med policytexten; resultatet är ett utkast";
    for (const char* format :
         {"text", "json", "sarif", "junit", "github", "gitlab", "markdown", "html"}) {
        const auto r =
            run_granska({"check", herrljunga_case, "--rules", dir + "/rules", "--no-citation-check",
                         "--as-of", "2026-11-22", "--format", format});
        INFO(format << "\n" << r.out << r.err);
        CHECK(r.status == 1);                    // the findings still count
        if (std::string(format) == "markdown") { // escaped for Markdown (checker/base/escape.hpp)
            CHECK(r.out.find("citatkontrollen är avstängd") != std::string::npos);
            CHECK(r.out.find("har inte jämförts med policytexten; resultatet är ett utkast") !=
                  std::string::npos);
        } else {
            CHECK(r.out.find(notice) != std::string::npos);
        }
        if (std::string(format) != "text") // the text report is itself on stdout
            CHECK(r.err.find(notice) != std::string::npos);
        if (std::string(format) == "json") {
            const auto j = nlohmann::json::parse(r.out);
            bool recorded = false;
            for (const auto& a : j["command_line"])
                recorded = recorded || a == "--no-citation-check";
            CHECK(recorded);
            CHECK(j["summary"]["input_errors"] == 0); // a warning, not an input error
        }
    }
    fs::remove_all(dir);
}

TEST_CASE("the common pack's copy of the submission format is the documented one",
          "[e2e][citations]") {
    // COM-05 quotes the pack's own copy; the documentation must say the same words.
    CHECK(read_file(source_dir() + "/rules/common/submission-format.md") ==
          read_file(source_dir() + "/docs/submission-format.md"));
}
