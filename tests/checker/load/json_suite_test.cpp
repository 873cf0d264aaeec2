// JSONTestSuite (tests/external/JSONTestSuite): every y_ file is JSON to the
// reader and, through load_case, a submission-format error; every n_ file a
// JSON syntax error; the i_ files' outcome is pinned.
#include "checker/load/json_reader.hpp"
#include "checker/load/load.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace {

namespace fs = std::filesystem;

const std::string suite_dir = GRANSKA_EXTERNAL_DIR "/JSONTestSuite/test_parsing";

std::vector<fs::path> suite_files(const std::string& prefix) {
    std::vector<fs::path> out;
    for (const auto& entry : fs::directory_iterator(suite_dir))
        if (entry.path().filename().string().rfind(prefix, 0) == 0)
            out.push_back(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string bytes_of(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool is_syntax_message(const std::string& m) {
    return m.rfind("ogiltig JSON", 0) == 0 || m.rfind("ogiltig UTF-8", 0) == 0 ||
           m.rfind("filen är tom", 0) == 0 || m.rfind("filen är kodad som UTF-16", 0) == 0;
}

bool is_duplicate_key_file(const fs::path& p) {
    return p.filename().string().rfind("y_object_duplicated_key", 0) == 0;
}

} // namespace

TEST_CASE("JSONTestSuite: the reader accepts every y_ file", "[json][suite]") {
    const auto files = suite_files("y_");
    REQUIRE(files.size() == 95);
    granska::checker::json_reader reader;
    for (const auto& f : files) {
        std::pmr::monotonic_buffer_resource arena;
        const auto r = reader.read(bytes_of(f), 0, arena);
        INFO(f.filename().string());
        CHECK(r.root != nullptr);
        if (is_duplicate_key_file(f)) {
            REQUIRE(r.errors.size() == 1);
            CHECK(r.errors[0].message ==
                  "nyckeln \"a\" förekommer två gånger: rad 1 kolumn 2 och 10");
        } else {
            CHECK(r.errors.empty());
        }
    }
}

TEST_CASE("JSONTestSuite: y_ files through load_case are submission-format errors",
          "[json][suite]") {
    for (const auto& f : suite_files("y_")) {
        const auto r = granska::checker::load_case(f.string());
        INFO(f.filename().string());
        CHECK(r.value == nullptr);
        REQUIRE(!r.errors.empty());
        for (const auto& e : r.errors) {
            INFO(e.message);
            CHECK(!is_syntax_message(e.message));
            CHECK(e.file == f.string());
        }
        if (is_duplicate_key_file(f))
            CHECK(r.errors[0].message ==
                  "nyckeln \"a\" förekommer två gånger: rad 1 kolumn 2 och 10");
    }
}

TEST_CASE("JSONTestSuite: every n_ file is a JSON syntax error", "[json][suite]") {
    const auto files = suite_files("n_");
    REQUIRE(files.size() == 188);
    granska::checker::json_reader reader;
    for (const auto& f : files) {
        std::pmr::monotonic_buffer_resource arena;
        const std::string bytes = bytes_of(f);
        const auto r = reader.read(bytes, 0, arena);
        INFO(f.filename().string());
        CHECK(r.root == nullptr);
        REQUIRE(r.errors.size() == 1);
        CHECK(is_syntax_message(r.errors[0].message));
        CHECK(r.errors[0].offset <= bytes.size());
        const auto loaded = granska::checker::load_case(f.string());
        CHECK(loaded.value == nullptr);
        REQUIRE(!loaded.errors.empty());
        CHECK(loaded.errors[0].message == r.errors[0].message);
        CHECK(loaded.errors[0].line > 0);
    }
}

TEST_CASE("JSONTestSuite: which i_ files are accepted is pinned", "[json][suite]") {
    const std::set<std::string> accepted_expected{
        "i_number_double_huge_neg_exp.json", // 123.456e-789: read as 0
        "i_number_real_underflow.json",      // 123e-10000000: read as 0
        "i_structure_UTF-8_BOM_empty_object.json",
    };
    const auto files = suite_files("i_");
    REQUIRE(files.size() == 35);
    std::set<std::string> accepted;
    granska::checker::json_reader reader;
    for (const auto& f : files) {
        std::pmr::monotonic_buffer_resource arena;
        const auto r = reader.read(bytes_of(f), 0, arena);
        INFO(f.filename().string());
        if (r.root != nullptr) {
            accepted.insert(f.filename().string());
            CHECK(r.errors.empty());
        } else {
            REQUIRE(r.errors.size() == 1);
            CHECK(is_syntax_message(r.errors[0].message));
        }
    }
    CHECK(accepted == accepted_expected);
}
