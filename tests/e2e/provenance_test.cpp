// Where the rules and texts come from (issue 13): the text report's header
// names every pack with its file and sha256, as the JSON result does, and -v
// names every folder and file granska reads rules and texts from.
#include "checker/base/sha256.hpp"
#include "run_binary.hpp"

#include <catch2/catch.hpp>

#include <fmt/format.h>

using granska::e2e::read_file;
using granska::e2e::run_granska;

namespace {
const std::string herrljunga = "tests/e2e/fixtures/herrljunga";
const std::vector<std::string> packs{"astorp",     "common",  "dals-ed",
                                     "herrljunga", "tranemo", "varnamo"};

std::string digest(const std::string& relative) {
    return granska::checker::sha256_hex(read_file(granska::e2e::source_dir() + "/" + relative));
}
} // namespace

TEST_CASE("the text report names every pack with its file and sha256", "[e2e][provenance]") {
    const auto r = run_granska({"check", herrljunga, "--as-of", "2026-11-22", "--rules", "rules"});
    CHECK(r.status == 1);
    std::string header;
    for (const auto& id : packs)
        header += fmt::format("regelpaket {0}: rules/{0}/{0}.rules (sha256 {1})\n", id,
                              digest("rules/" + id + "/" + id + ".rules"));
    header += "\nHerrljunga kommun (1466), " + herrljunga +
              " — per 2026-11-22, regelpaket: common, herrljunga\n";
    CHECK(r.out.substr(0, header.size()) == header);
}

TEST_CASE("verbose (-v) names every folder and file rules and texts are read from",
          "[e2e][provenance]") {
    const auto r =
        run_granska({"check", herrljunga, "--as-of", "2026-11-22", "--rules", "rules", "-v"});
    CHECK(r.status == 1);
    std::vector<std::string> expected{
        "granska: debug: regelpaket: söker *.rules i mappen rules och dess undermappar"};
    for (const auto& id : packs)
        expected.push_back(
            fmt::format("granska: debug: regelpaket: läste rules/{0}/{0}.rules (sha256 {1})", id,
                        digest("rules/" + id + "/" + id + ".rules")));
    // Each municipal pack's own policy text, and the common pack's submission format.
    for (const auto& id : packs) {
        const std::string text =
            "rules/" + id + (id == "common" ? "/submission-format.md" : "/policy.txt");
        expected.push_back(fmt::format(
            "granska: debug: regelpaketets egen text: läste {} (sha256 {})", text, digest(text)));
    }
    for (const auto& line : expected) {
        INFO(line);
        CHECK(r.err.find(line + "\n") != std::string::npos);
    }
    // The schema is part of the program; the format description is the common pack's own copy.
    CHECK(r.err.find("granska: debug: schema: granska/1, inbyggt i programmet (sha256 " +
                     digest("schema/granska-1.schema.json") + ")\n") != std::string::npos);
    CHECK(r.err.find("rules/common/submission-format.md\n") != std::string::npos);
    CHECK(r.err.find("granska: debug: formatbeskrivning (citat i paket som gäller alla): läser ") !=
          std::string::npos);
}
