// The scaffold of `granska new municipality` (checker/new_municipality.hpp)
// and SCB's municipality codes it validates against.
#include "checker/check/municipality_codes.hpp"
#include "checker/check/new_municipality.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using namespace granska::checker;

TEST_CASE("SCB municipality codes name their municipality", "[new]") {
    CHECK(municipality_count() == 290);
    CHECK(municipality_name("1466") == "Herrljunga");
    CHECK(municipality_name("0114") == "Upplands Väsby");
    CHECK(municipality_name("2584") == "Kiruna");
    CHECK_FALSE(municipality_name("0000").has_value());
    CHECK_FALSE(municipality_name("1400").has_value());
    CHECK_FALSE(municipality_name("146").has_value());
}

TEST_CASE("a pack id is the name in lower-case ASCII with hyphens", "[new]") {
    CHECK(pack_id_for("Upplands Väsby") == "upplands-vasby");
    CHECK(pack_id_for("Malung-Sälen") == "malung-salen");
    CHECK(pack_id_for("Östra Göinge") == "ostra-goinge");
    CHECK(pack_id_for("Dals-Ed") == "dals-ed");
}

TEST_CASE("the scaffold refuses a code or name that is not SCB's", "[new]") {
    const std::string rules = (fs::path(GRANSKA_SOURCE_DIR) / "rules").string();
    CHECK(plan_new_municipality("114", "Upplands Väsby", rules).error ==
          "kommunkoden \"114\" ska vara fyra siffror, t.ex. 1466");
    CHECK(plan_new_municipality("01a4", "Upplands Väsby", rules).error ==
          "kommunkoden \"01a4\" ska vara fyra siffror, t.ex. 1466");
    CHECK(plan_new_municipality("0000", "Ingenstans", rules).error ==
          "0000 är inte en av SCB:s kommunkoder");
    CHECK(plan_new_municipality("1466", "Tranemo", rules).error ==
          "kommunkoden 1466 är Herrljunga, inte \"Tranemo\"; ange namnet som SCB skriver det "
          "(\"Herrljunga\" eller \"Herrljunga kommun\")");
    CHECK(plan_new_municipality("1466", "Herrljunga", rules)
              .error.rfind("kommunkoden 1466 har redan ett regelpaket: ", 0) == 0);
    CHECK(plan_new_municipality("0114", "Upplands Väsby", "/finns/inte").error ==
          "/finns/inte: mappen för regelpaketen finns inte");
}

TEST_CASE("the scaffold lays out one rule with its text and two tests", "[new]") {
    const std::string rules = (fs::path(GRANSKA_SOURCE_DIR) / "rules").string();
    const auto s = plan_new_municipality("0114", "Upplands Väsby kommun", rules);
    REQUIRE(s.error.empty());
    CHECK(s.pack_id == "upplands-vasby");
    CHECK(s.rule_id == "UPP-01");
    // pack, policy text, policy header, and per test expected.json and a case of four files
    CHECK(s.files.size() == 3 + 2 * 5);
    const auto& pack = s.files.front().content;
    CHECK(pack.find("pack upplands-vasby \"Integrationspolicy för Upplands Väsby kommun\"\n") !=
          std::string::npos);
    CHECK(pack.find("applies to \"0114\"\n") != std::string::npos);
    CHECK(pack.find("include common\n") != std::string::npos);
}

TEST_CASE("in a folder without flat packs the scaffold is a self-contained pack folder", "[new]") {
    const fs::path dir = fs::temp_directory_path() / "granska-new-municipality-folder-test";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const auto s = plan_new_municipality("1466", "Herrljunga kommun", dir.string());
    REQUIRE(s.error.empty());
    CHECK(s.pack_file == (dir / "herrljunga" / "herrljunga.rules").string());
    CHECK(s.policy_file == (dir / "herrljunga" / "policy.txt").string());
    CHECK(s.tests_dir == (dir / "herrljunga" / "tests").string());
    CHECK(s.rule_id == "HER-01");
    // No common pack to include in an empty folder.
    CHECK(s.files.front().content.find("include") == std::string::npos);
    CHECK(s.files[2].path == (dir / "herrljunga" / "policy.json").string());
    fs::remove_all(dir);
}
