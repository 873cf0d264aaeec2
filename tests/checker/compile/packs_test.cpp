// Loading rule packs from files and folders, and choosing the packs of a
// municipality, on the shipped packs in rules/ (six packs, 38 rules) and on
// paths that are not packs.
#include "checker/compile/packs.hpp"
#include "tests/checker/load/load_test_support.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using granska::checker::load_packs;
using granska::checker::pack_set;

namespace {

const pack_set& shipped() {
    static const auto loaded = load_packs({GRANSKA_SOURCE_DIR "/rules"});
    REQUIRE(loaded.errors.empty());
    return loaded.value;
}

std::vector<std::string> ids(const std::vector<const granska::checker::compiled_pack*>& packs) {
    std::vector<std::string> out;
    for (const auto* p : packs)
        out.push_back(p->info.id);
    return out;
}

} // namespace

TEST_CASE("packs: a folder's packs load sorted by id", "[packs]") {
    const auto& set = shipped();
    std::vector<std::string> loaded;
    for (const auto& p : set.packs)
        loaded.push_back(p->info.id);
    CHECK(loaded == std::vector<std::string>{"astorp", "common", "dals-ed", "herrljunga", "tranemo",
                                             "varnamo"});
    CHECK(set.find("tranemo") != nullptr);
    CHECK(set.find("tranemo")->info.codes == std::vector<std::string>{"1452"});
    CHECK(set.find("finns-inte") == nullptr);
    CHECK(set.rules().size() == 38);
    CHECK(set.rules().front().id == "AST-01");
}

TEST_CASE("packs: a municipality gets its own pack and what it includes each once", "[packs]") {
    const auto& set = shipped();
    CHECK(ids(set.for_municipality("1466")) == std::vector<std::string>{"common", "herrljunga"});
    CHECK(ids(set.for_municipality("0683")) == std::vector<std::string>{"common", "varnamo"});
    // A code no pack names still gets the packs that apply to all.
    CHECK(ids(set.for_municipality("9999")) == std::vector<std::string>{"common"});
    CHECK(set.codes() == std::vector<std::string>{"0683", "1277", "1438", "1452", "1466"});
}

TEST_CASE("packs: a common criterion is bound by the municipality's own clause", "[packs]") {
    const auto& set = shipped();
    const auto herrljunga = set.for_municipality("1466");
    const auto* com02 = pack_set::criterion_for("COM-02", herrljunga);
    REQUIRE(com02 != nullptr);
    CHECK(com02->document == "Integrationspolicy för Herrljunga kommun");
    // Herrljunga's documents carry no clause for COM-03: not applicable there.
    CHECK(pack_set::criterion_for("COM-03", herrljunga) == nullptr);
    CHECK(pack_set::criterion_for("HER-01", herrljunga) == nullptr);
    CHECK(ids(set.municipal_packs_of("COM-01")) ==
          std::vector<std::string>{"astorp", "dals-ed", "herrljunga", "tranemo", "varnamo"});
}

TEST_CASE("packs: paths that hold no pack are errors naming the path", "[packs]") {
    granska::test::temp_folder t;
    const auto missing = t.path() + "/finns-inte.rules";
    const auto none = load_packs({missing, t.path()});
    REQUIRE(none.errors.size() == 2);
    CHECK(none.errors[0].file == missing);
    CHECK(none.errors[0].message == "regelpaketet finns inte");
    CHECK(none.errors[1].file == t.path());
    CHECK(none.errors[1].message ==
          "mappen innehåller inga regelpaket (*.rules, direkt eller en nivå ner)");
    CHECK(none.value.packs.empty());
}

TEST_CASE("packs: two files with one pack id are refused", "[packs]") {
    granska::test::temp_folder t;
    const std::string pack = "pack prov \"Prov\"\ndocument \"D\"\napplies to all\n";
    const auto a = t.write("a.rules", pack);
    const auto b = t.write("b.rules", pack);
    const auto loaded = load_packs({t.path()});
    REQUIRE(loaded.errors.size() == 1);
    CHECK(loaded.errors[0].file == b);
    CHECK(loaded.errors[0].message == "paketet 'prov' finns redan i " + a);
}
