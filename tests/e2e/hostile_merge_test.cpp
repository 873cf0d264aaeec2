// merge builds its reports from the shards alone (issue 16, item 3): it
// never opens a file a result names, so a merge run elsewhere, after the
// cases are gone or changed, or with a shard naming a FIFO, gives the report
// a single run gave.
#include "hostile/hostile.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <tuple>

using namespace granska::hostile;

namespace {

std::vector<std::string> check_args(const std::string& case_dir, const std::string& format) {
    std::vector<std::string> args{"check", case_dir, "--as-of", as_of, "--format", format};
    args.insert(args.end(), own_pack.begin(), own_pack.end());
    return args;
}

// The report without the line that records the command that made it.
std::string without_command_line(std::string html) {
    const auto at = html.find("granska check");
    if (at != std::string::npos)
        html.erase(at, html.find('<', at) - at);
    const auto merged = html.find("granska merge");
    if (merged != std::string::npos)
        html.erase(merged, html.find('<', merged) - merged);
    return html;
}

} // namespace

TEST_CASE("merge --format html places findings by the shard, not by files it names",
          "[e2e][hostile][merge]") {
    const scratch s;
    const auto c = copy_case(s.dir, "case");
    // An overdue action: a finding in the plan, which belongs under Socialnämnden.
    std::string overdue = granska::e2e::read_file(c + "/plans/sn-2026.json");
    const std::string deadline = "\"deadline\": \"2026-12-31\"";
    overdue.replace(overdue.find(deadline), deadline.size(), "\"deadline\": \"2026-01-31\"");
    write(c + "/plans/sn-2026.json", overdue);
    const auto single = granska::e2e::run_granska(check_args(c, "html"));
    REQUIRE(single.status == 1);
    REQUIRE(single.out.find("<title>Socialnämnden: 1 fel</title>") != std::string::npos);
    auto shard_args = check_args(c, "json");
    shard_args.insert(shard_args.end(), {"--output", s / "shard.json"});
    REQUIRE(granska::e2e::run_granska(shard_args).status == 1);

    SECTION("the plan now names another body") {
        const std::string plan = c + "/plans/sn-2026.json";
        std::string text = granska::e2e::read_file(plan);
        const auto at = text.find("\"socialnamnden\"");
        REQUIRE(at != std::string::npos);
        text.replace(at, 15, "\"kommunstyrelsen\"");
        write(plan, text);
    }
    SECTION("the plan is a FIFO nobody writes") {
        const std::string plan = c + "/plans/sn-2026.json";
        fs::remove(plan);
        REQUIRE(::mkfifo(plan.c_str(), 0600) == 0);
    }
    SECTION("the cases are gone") {
        fs::remove_all(c);
    }
    const auto merged = granska::e2e::run_granska({"merge", s / "shard.json", "--format", "html"});
    INFO(merged.err);
    CHECK(without_command_line(merged.out) == without_command_line(single.out));
}

TEST_CASE("merge checks every field of a shard as strictly as an input file",
          "[e2e][hostile][merge]") {
    const scratch s;
    auto shard_args = check_args(fixture(), "json");
    shard_args.insert(shard_args.end(), {"--output", s / "shard.json"});
    REQUIRE(granska::e2e::run_granska(shard_args).status == 0);
    const auto good = json::parse(granska::e2e::read_file(s / "shard.json"));
    REQUIRE(!good["cases"][0]["findings"].empty());
    const std::vector<std::tuple<std::string, json, std::string>> mutations{
        {"/as_of", "2026-11-22\n::error::injicerad", "ska vara ett datum ÅÅÅÅ-MM-DD som finns"},
        {"/cases/0/findings/0/severity", "fatal", "ska vara \"error\", \"warning\" eller \"info\""},
        {"/cases/0/findings/0/fingerprint", "<script>",
         "ska vara en kontrollsumma med små "
         "hexadecimala siffror"},
        {"/cases/0/findings/0/subject/line", -3, "ska vara ett heltal, 0 eller större"},
        {"/cases/0/municipality/name", json::array(), "ska vara en sträng"},
        {"/cases/0/extra", "x", "okänd medlem"},
        {"/tool/name", "annat", "ska vara \"granska\""},
    };
    for (const auto& [pointer, value, why] : mutations) {
        json shard = good;
        shard[json::json_pointer(pointer)] = value;
        write(s / "bad.json", shard.dump(2));
        for (const char* format : {"json", "github", "markdown"}) {
            const auto r = granska::e2e::run_granska({"merge", s / "bad.json", "--format", format});
            INFO(pointer << " " << format << ": " << r.err);
            CHECK(r.status == 2);
            CHECK(r.out.empty());
            CHECK(r.err.find(s / "bad.json: fel: " + pointer +
                             ": inte ett granska-resultat: " + why) != std::string::npos);
        }
    }
}
