// One whole-file read for every reader, and the one message it gives.
#include "checker/base/file_text.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace granska::checker;
namespace fs = std::filesystem;

namespace {

struct scratch_folder {
    scratch_folder() {
        std::string pattern = (fs::temp_directory_path() / "granska-file-text-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~scratch_folder() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    fs::path path;
};

} // namespace

TEST_CASE("read_file_text gives a file's bytes or one Swedish reason") {
    scratch_folder t;
    const fs::path file = t.path / "data.bin";
    const std::string bytes("a\0b\r\nå", 7);
    std::ofstream(file, std::ios::binary) << bytes;
    std::string error;

    SECTION("a readable file, byte for byte") {
        const auto text = read_file_text(file, error);
        REQUIRE(text);
        CHECK(*text == bytes);
        CHECK(error.empty());
        CHECK(read_file_text(file) == bytes);
    }
    SECTION("an empty file is read, not refused") {
        std::ofstream(t.path / "empty.json");
        const auto text = read_file_text(t.path / "empty.json", error);
        REQUIRE(text);
        CHECK(text->empty());
    }
    SECTION("a missing file") {
        CHECK_FALSE(read_file_text(t.path / "saknas.json", error));
        CHECK(error == "kan inte läsa filen: finns inte");
        CHECK(read_file_text(t.path / "saknas.json").empty());
    }
    SECTION("a folder") {
        CHECK_FALSE(read_file_text(t.path, error));
        CHECK(error == "kan inte läsa filen: är en mapp");
    }
}
