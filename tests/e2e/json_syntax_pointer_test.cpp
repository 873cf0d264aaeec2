// A file that is not JSON is located like every other input error: file,
// line, column and the JSON Pointer of the value being read where reading
// stopped (it was always "", the whole document). A broken member names its
// key; a broken element inside a container names its index; a break between
// members names the object around it.
#include "run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using nlohmann::json;
namespace fs = std::filesystem;

namespace {

struct broken_file {
    const char* text;
    const char* pointer;
    int column;
    const char* message;
};

// Every case is the bundled Tranemo with organisation.json replaced.
const broken_file broken_files[] = {
    {R"({"municipality": {"name": "Tran)"
     "\xff"
     R"(emo"}})",
     "/municipality/name", 32, "ogiltig JSON: ogiltig UTF-8"},
    {R"({"a": [1, {"b": "x)", "/a/1/b", 19, "ogiltig JSON: strängen saknar avslutande citattecken"},
    {R"({"a": [1, 2,]})", "/a", 13, "ogiltig JSON: oväntat ']', förväntade ett värde"},
    {R"({"a": {"b": 1,}})", "/a", 15, "ogiltig JSON: oväntat '}', förväntade en sträng (nyckel)"},
    {R"({"a": 1 "b": 2})", "", 11, "ogiltig JSON: oväntad sträng, förväntade ',' eller '}'"},
    {R"({"k~/": {"z": [[1, 2], [3, }]}})", "/k~0~1/z/1", 28,
     "ogiltig JSON: oväntat '}', förväntade ett värde"},
};

} // namespace

TEST_CASE("a JSON syntax error names the pointer of the value being read", "[e2e][load][hostile]") {
    for (const auto& b : broken_files) {
        SECTION(b.pointer[0] ? b.pointer : "the document") {
            const std::string dir = granska::e2e::temp_dir();
            const std::string path = dir + "/tranemo";
            fs::copy(granska::e2e::source_dir() + "/policies/tranemo", path,
                     fs::copy_options::recursive);
            std::ofstream(path + "/organisation.json", std::ios::binary | std::ios::trunc)
                << b.text;
            const auto r = granska::e2e::run_granska(
                {"check", "--as-of", "2026-11-22", "--format", "json", path});
            fs::remove_all(dir);
            INFO(b.text);
            CHECK(r.status == 2);
            const json report = json::parse(r.out);
            REQUIRE(report["errors"].size() == 1);
            const json& e = report["errors"][0];
            CHECK(e["pointer"] == b.pointer);
            CHECK(e["line"] == 1);
            CHECK(e["column"] == b.column);
            CHECK(e["message"] == b.message);
        }
    }
}
