// `granska merge` of per-case shards gives what one run over the same cases
// gives, in every format (issue 16, item 7): SARIF with tool.driver.rules,
// JUnit with the rules that passed, and the rest byte for byte. The one
// thing that differs by nature is the recorded command line; it is taken out
// before comparing, and nothing else is.
#include "run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using granska::e2e::run_granska;
using nlohmann::ordered_json;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> bundled{"policies/astorp", "policies/dals-ed", "policies/herrljunga",
                                       "policies/tranemo", "policies/varnamo"};
const std::vector<std::string> formats{"json",     "sarif", "junit",  "text",
                                       "markdown", "html",  "github", "gitlab"};

std::vector<std::string> with(std::vector<std::string> args, const std::vector<std::string>& more) {
    args.insert(args.end(), more.begin(), more.end());
    return args;
}

// The command line a result records: dropped from JSON and SARIF, and the
// "Kommando:" paragraph's command from HTML.
std::string without_command_line(const std::string& format, const std::string& text) {
    if (format == "json") {
        auto j = ordered_json::parse(text);
        j.erase("command_line");
        return j.dump(2);
    }
    if (format == "sarif") {
        auto j = ordered_json::parse(text);
        for (auto& invocation : j["runs"][0]["invocations"]) {
            invocation.erase("commandLine");
            invocation.erase("arguments");
        }
        return j.dump(2);
    }
    if (format == "html") {
        std::string html = text;
        const auto at = html.find("<code>granska ");
        REQUIRE(at != std::string::npos);
        html.erase(at, html.find("</code>", at) - at);
        return html;
    }
    return text;
}

void compare_every_format(const std::vector<std::string>& options) {
    const auto dir = granska::e2e::temp_dir();
    std::vector<std::string> shards;
    for (const auto& c : bundled) {
        shards.push_back(dir + "/" + fs::path(c).filename().string() + ".json");
        const auto shard =
            run_granska(with({"check", c, "--as-of", "2026-11-22"},
                             with(options, {"--format", "json", "--output", shards.back()})));
        INFO(shard.err);
        REQUIRE(shard.status <= 1);
    }
    for (const auto& format : formats) {
        INFO("format " << format);
        const auto single =
            run_granska(with(with(with({"check"}, bundled), {"--as-of", "2026-11-22"}),
                             with(options, {"--format", format})));
        INFO(single.err);
        REQUIRE(single.status <= 1);
        REQUIRE_FALSE(single.out.empty());
        const auto merged = run_granska(with(with({"merge"}, shards), {"--format", format}));
        INFO(merged.err);
        REQUIRE(merged.status <= 1);
        CHECK(without_command_line(format, merged.out) == without_command_line(format, single.out));
    }
}

} // namespace

TEST_CASE("merge of per-case shards equals one run in every format", "[e2e][merge]") {
    compare_every_format({});
}

TEST_CASE("merge of shards checked against a baseline equals one run in every format",
          "[e2e][merge][baseline]") {
    const auto dir = granska::e2e::temp_dir();
    const auto baseline = dir + "/granska-baseline.json";
    // Yesterday's findings known: some findings known, today's new ones not.
    const auto write = run_granska(
        with(with({"baseline", "write", baseline}, {"policies/astorp", "policies/tranemo"}),
             {"--as-of", "2026-11-22"}));
    INFO(write.err);
    REQUIRE(fs::exists(baseline));
    compare_every_format({"--baseline", baseline});
}

TEST_CASE("merge refuses shards checked with and without --audit", "[e2e][merge]") {
    const auto dir = granska::e2e::temp_dir();
    const auto plain = dir + "/plain.json";
    const auto audit = dir + "/audit.json";
    REQUIRE(run_granska({"check", "policies/astorp", "--as-of", "2026-11-22", "--format", "json",
                         "--output", plain})
                .status == 1);
    REQUIRE(run_granska({"check", "policies/tranemo", "--as-of", "2026-11-22", "--audit",
                         "--format", "json", "--output", audit})
                .status == 1);
    const auto merged = run_granska({"merge", plain, audit});
    CHECK(merged.status == 2);
    CHECK(merged.err.find(audit) != std::string::npos);
    CHECK(merged.err.find("--audit") != std::string::npos);
}

// Two shards that both hold a case (overlapping case lists, or one shard
// given twice) would count its findings twice: refused, naming the case and
// both shards, and nothing is written.
TEST_CASE("merge refuses a case that is in two shards", "[e2e][merge]") {
    const auto dir = granska::e2e::temp_dir();
    const std::string a = dir + "/a.json", b = dir + "/b.json", out = dir + "/samlat.json";
    REQUIRE(run_granska({"check", "policies/astorp", "policies/tranemo", "--as-of", "2026-11-22",
                         "--format", "json", "--output", a})
                .status != 2);
    REQUIRE(run_granska({"check", "policies/tranemo", "--as-of", "2026-11-22", "--format", "json",
                         "--output", b})
                .status != 2);
    const auto merged = run_granska({"merge", a, b, "--output", out});
    CHECK(merged.status == 2);
    CHECK(merged.err == b + ": fel: /cases/0: fallet policies/tranemo finns också i " + a +
                            "; ett fall får ingå i bara en av delkörningarna, annars räknas det "
                            "två gånger\n");
    CHECK_FALSE(fs::exists(out));
    const auto twice = run_granska({"merge", b, b});
    INFO(twice.err);
    CHECK(twice.status == 2);
    CHECK(twice.out.empty());
    CHECK(twice.err.find("fel: /cases/0: fallet policies/tranemo finns också i " + b) !=
          std::string::npos);
    fs::remove_all(dir);
}
