// `granska verify` on results it must refuse before re-running anything: no
// readable result, no recorded command line, a re-run that cannot start.
// (Re-runs that succeed are end-to-end tests: tests/e2e/verify_whole_result_test.cpp.)
#include "checker/results/verify.hpp"
#include "tests/checker/load/load_test_support.hpp"
#include "tests/support/golden.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <sstream>

using granska::checker::verify_result;

namespace {

std::string recorded_result() {
    return (granska::testing::golden_root() / "html" / "current.json").string();
}

} // namespace

TEST_CASE("verify: only the command line and the tool version may differ", "[verify]") {
    CHECK(granska::checker::verify_ignored_pointers() ==
          std::vector<std::string>{"/command_line", "/tool/version"});
}

TEST_CASE("verify: a result without a recorded command line is refused", "[verify]") {
    std::ostringstream out, err;
    CHECK(verify_result(recorded_result(), GRANSKA_BINARY, out, err) == 2);
    CHECK(out.str().empty());
    CHECK(err.str() == "granska: fel: " + recorded_result() +
                           " saknar en inspelad kommandorad som verify kan köra om (granska check "
                           "eller granska merge)\n");
}

TEST_CASE("verify: a result that cannot be read is refused by name", "[verify]") {
    granska::test::temp_folder t;
    const auto missing = t.path() + "/resultat.json";
    std::ostringstream out, err;
    CHECK(verify_result(missing, GRANSKA_BINARY, out, err) == 2);
    CHECK(out.str().empty());
    CHECK(err.str().starts_with(missing));
}

TEST_CASE("verify: a re-run that cannot start gives no result and status 2", "[verify]") {
    granska::test::temp_folder t;
    auto result = nlohmann::json::parse(granska::testing::read_bytes(recorded_result()));
    result["command_line"] = {"granska", "check", "tests/golden/html/herrljunga"};
    const auto path = t.write("resultat.json", result.dump(2));
    std::ostringstream out, err;
    CHECK(verify_result(path, t.path() + "/finns-inte", out, err) == 2);
    INFO(out.str());
    // After the inputs changed since the recording: the re-run's command line,
    // the recorded one with the options verify adds before the case.
    CHECK(out.str().find("kör om: granska check --format json --output ") != std::string::npos);
    CHECK(out.str().find(" --as-of 2026-11-22 tests/golden/html/herrljunga\n") !=
          std::string::npos);
    CHECK(err.str().starts_with("granska: fel: omkörningen gav inget resultat (status "));
}
