// `granska merge` on recorded results (tests/golden/html/*.json): shards with
// the same as-of and packs join, anything else is refused with a message
// naming the file.
#include "checker/results/merge.hpp"
#include "tests/checker/load/load_test_support.hpp"
#include "tests/support/golden.hpp"

#include <catch2/catch.hpp>

#include <string>

using granska::checker::merge_reports;

namespace {

std::string result_file(const std::string& name) {
    return (granska::testing::golden_root() / "html" / name).string();
}

std::vector<std::string> case_paths(const granska::checker::run_report& r) {
    std::vector<std::string> out;
    for (const auto& c : r.cases)
        out.push_back(c.path);
    return out;
}

// current.json with its case under another path: a shard of other cases.
std::string other_case_shard(const granska::test::temp_folder& dir) {
    std::string text = granska::testing::read_bytes(result_file("current.json"));
    const std::string path = "\"path\": \"tests/golden/html/herrljunga\"";
    const auto at = text.find(path);
    REQUIRE(at != std::string::npos);
    text.replace(at, path.size(), "\"path\": \"tests/golden/html/herrljunga-2025\"");
    return dir.write("other-case.json", text);
}

} // namespace

TEST_CASE("merge: shards with one as-of and the same packs become one result", "[merge]") {
    granska::test::temp_folder dir;
    const auto merged = merge_reports({other_case_shard(dir), result_file("batch.json")});
    REQUIRE(merged.errors.empty());
    REQUIRE(merged.value);
    CHECK(merged.value->as_of == "2026-11-22");
    CHECK(case_paths(*merged.value) == std::vector<std::string>{"tests/golden/html/herrljunga-2025",
                                                                "tests/golden/html/herrljunga",
                                                                "tests/golden/html/trasig"});
    REQUIRE(merged.value->packs.size() == 2);
    CHECK(merged.value->packs[0].id == "common");
    CHECK(merged.value->packs[1].id == "herrljunga");
    CHECK(merged.value->errors.size() == 1); // batch.json's case that did not load
}

TEST_CASE("merge: a case in two shards is refused, naming both and the case", "[merge]") {
    const auto merged = merge_reports({result_file("current.json"), result_file("batch.json")});
    CHECK_FALSE(merged.value);
    REQUIRE(merged.errors.size() == 1);
    CHECK(merged.errors[0].file == result_file("batch.json"));
    CHECK(merged.errors[0].pointer == "/cases/0");
    CHECK(merged.errors[0].message ==
          "fallet tests/golden/html/herrljunga finns också i " + result_file("current.json") +
              "; ett fall får ingå i bara en av delkörningarna, annars räknas det två gånger");
}

TEST_CASE("merge: one shard is its own result", "[merge]") {
    const auto merged = merge_reports({result_file("current.json")});
    REQUIRE(merged.value);
    CHECK(case_paths(*merged.value) == std::vector<std::string>{"tests/golden/html/herrljunga"});
}

TEST_CASE("merge: results with different as-of dates are refused", "[merge]") {
    const auto merged = merge_reports({result_file("current.json"), result_file("previous.json")});
    CHECK_FALSE(merged.value);
    REQUIRE(merged.errors.size() == 1);
    CHECK(merged.errors[0].file == result_file("previous.json"));
    CHECK(merged.errors[0].message ==
          "resultatet gäller 2025-11-22 men de andra 2026-11-22; bara körningar med samma "
          "referensdatum kan slås ihop");
}

TEST_CASE("merge: results run with different rule packs are refused", "[merge]") {
    granska::test::temp_folder dir;
    std::string other = granska::testing::read_bytes(result_file("current.json"));
    const std::string sha = "92a5dc04bd6f9fb8f29f8066fed8a5c1e81bc59ad48a11283b63736867e4f2a8";
    const auto at = other.find(sha);
    REQUIRE(at != std::string::npos);
    other.replace(at, sha.size(), std::string(64, '0'));
    const std::string path = "\"path\": \"tests/golden/html/herrljunga\"";
    other.replace(other.find(path), path.size(), "\"path\": \"tests/golden/html/annan\"");
    const auto shard = dir.write("shard.json", other);
    const auto merged = merge_reports({result_file("current.json"), shard});
    CHECK_FALSE(merged.value);
    REQUIRE(merged.errors.size() == 1);
    CHECK(merged.errors[0].file == shard);
    CHECK(merged.errors[0].message == "regelpaketet common har en annan sha256 än i de andra "
                                      "resultaten: körningarna använde olika regler");
}

TEST_CASE("merge: a result that cannot be read is refused by name", "[merge]") {
    granska::test::temp_folder dir;
    const auto missing = dir.path() + "/finns-inte.json";
    const auto merged = merge_reports({result_file("current.json"), missing});
    CHECK_FALSE(merged.value);
    REQUIRE_FALSE(merged.errors.empty());
    CHECK(merged.errors[0].file == missing);
}
