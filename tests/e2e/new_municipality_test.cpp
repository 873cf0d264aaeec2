// End to end: `granska new municipality` writes a pack whose two rule tests
// pass, which is formatted and lint-clean, and refuses what it must.
#include "run_binary.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using granska::e2e::read_file;
using granska::e2e::run_granska;
using granska::e2e::source_dir;
using granska::e2e::temp_dir;

namespace {

// A copy of the data folders as the repository lays them out.
fs::path copy_of_data() {
    const fs::path dir = temp_dir();
    for (const char* part : {"rules", "policies", "docs"})
        fs::copy(fs::path(source_dir()) / part, dir / part, fs::copy_options::recursive);
    return dir;
}

} // namespace

TEST_CASE("new municipality scaffolds a pack whose tests pass", "[e2e][new]") {
    const fs::path dir = copy_of_data();
    const std::string rules = (dir / "rules").string();
    const auto r = run_granska({"new", "municipality", "0114", "Upplands Väsby", "--rules", rules});
    REQUIRE(r.status == 0);
    CHECK(r.err.empty());
    // The layout follows the folder's: flat packs, or a folder per pack.
    const bool flat = fs::exists(dir / "rules" / "common.rules");
    const std::string pack =
        flat ? rules + "/upplands-vasby.rules" : rules + "/upplands-vasby/upplands-vasby.rules";
    const std::string policy = flat ? (dir / "policies" / "upplands-vasby" / "policy.txt").string()
                                    : rules + "/upplands-vasby/policy.txt";
    const std::string tests =
        flat ? rules + "/tests/upplands-vasby" : rules + "/upplands-vasby/tests";
    CHECK(r.out.rfind("Regelpaketet upplands-vasby för Upplands Väsby (0114) är skapat:\n"
                      "  " +
                          pack +
                          ": regelpaketet, med exempelregeln UPP-01\n"
                          "  " +
                          policy +
                          ": exempeltext som regelns citat pekar på\n"
                          "  " +
                          tests +
                          ": två regeltester, upp-01-holds (regeln håller) och "
                          "upp-01-fails (regeln brister)\n\nNästa steg:\n",
                      0) == 0);
    CHECK(r.out.find("  5. Kör testerna: granska test " + tests + " --rules " + rules + "\n") !=
          std::string::npos);
    CHECK(fs::is_regular_file(pack));
    CHECK(read_file(policy).find("Varje nämnd ska för sin verksamhet ta fram minst ett mål för "
                                 "integrationsarbetet.") != std::string::npos);

    const auto tested = run_granska({"test", tests, "--rules", rules});
    INFO(tested.out << tested.err);
    CHECK(tested.status == 0);
    CHECK(tested.out.find("2 passed, 0 failed") != std::string::npos);
    CHECK(run_granska({"fmt", "--check", pack}).status == 0);
    const auto linted = run_granska({"lint", "--rules", pack});
    CHECK(linted.status == 0);
    CHECK(linted.out == "Granskade regelpaket: 1, anmärkningar: 0.\n");

    // Once there, never again: the code has its pack.
    const auto again =
        run_granska({"new", "municipality", "0114", "Upplands Väsby", "--rules", rules});
    CHECK(again.status == 2);
    CHECK(again.err ==
          "granska: fel: kommunkoden 0114 har redan ett regelpaket: " + pack + "; inget skrevs\n");
    fs::remove_all(dir);
}

TEST_CASE("new municipality refuses a wrong code or name and writes nothing", "[e2e][new]") {
    const fs::path dir = temp_dir();
    const std::string rules = dir.string();
    auto r = run_granska({"new", "municipality", "9999", "Ingenstans", "--rules", rules});
    CHECK(r.status == 2);
    CHECK(r.err == "granska: fel: 9999 är inte en av SCB:s kommunkoder; inget skrevs\n");
    r = run_granska({"new", "municipality", "0114", "Täby", "--rules", rules});
    CHECK(r.status == 2);
    CHECK(r.err == "granska: fel: kommunkoden 0114 är Upplands Väsby, inte \"Täby\"; ange namnet "
                   "som SCB skriver det (\"Upplands Väsby\" eller \"Upplands Väsby kommun\"); "
                   "inget skrevs\n");
    fs::create_directory(dir / "taby");
    r = run_granska({"new", "municipality", "0160", "Täby", "--rules", rules});
    CHECK(r.status == 2);
    CHECK(r.err == "granska: fel: " + (dir / "taby").string() +
                       " finns redan och skrivs inte över; inget skrevs\n");
    CHECK(fs::is_empty(dir / "taby"));
    r = run_granska({"new", "municipality", "0160"});
    CHECK(r.status == 2);
    CHECK(r.err.find("granska: fel: argumentet NAMN krävs men saknas") == 0);
    fs::remove_all(dir);
}
