// An input error's SARIF column counts UTF-16 code units, as the run's
// columnKind declares (issue 14), while the JSON result and the terminal keep
// counting bytes: past "ä" (two bytes, one unit) and an emoji (four bytes, two
// units) on the same line the two differ.
#include "e2e/run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

using granska::e2e::read_file;
using granska::e2e::run_granska;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

// UTF-16 code units of UTF-8 `text`: one per character, two for one beyond
// the Basic Multilingual Plane (a four-byte sequence).
std::uint32_t utf16_units(std::string_view text) {
    std::uint32_t units = 0;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte & 0xC0) != 0x80)
            units += byte >= 0xF0 ? 2 : 1;
    }
    return units;
}

} // namespace

TEST_CASE("an input error after Swedish letters and an emoji has a UTF-16 column in SARIF",
          "[e2e][sarif]") {
    const fs::path dir = granska::e2e::temp_dir();
    const fs::path case_dir = dir / "herrljunga";
    fs::copy(granska::e2e::source_dir() + "/policies/herrljunga", case_dir,
             fs::copy_options::recursive);
    // The first body's name gains " ä 😀" and, on the same line after it, a
    // member the schema does not know.
    const std::string organisation_path = (case_dir / "organisation.json").string();
    std::string text = json::parse(read_file(organisation_path)).dump(2);
    const auto name = text.find("\"name\": \"", text.find("\"bodies\""));
    REQUIRE(name != std::string::npos);
    const auto closing_quote = text.find('"', name + 9);
    text.insert(closing_quote, " ä 😀");
    text.insert(text.find('"', name + 9) + 1, ", \"bogus\": 1");
    std::ofstream(organisation_path) << text;

    const auto line_start = text.rfind('\n', name) + 1;
    const auto line = static_cast<std::uint32_t>(
        std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(name), '\n') + 1);
    const auto bogus = text.find("\"bogus\"");
    const auto byte_column = static_cast<std::uint32_t>(bogus - line_start + 1);
    const auto utf16_column =
        utf16_units(std::string_view(text).substr(line_start, bogus - line_start)) + 1;
    // "ä" and the emoji alone make three units fewer than bytes.
    CHECK(utf16_column <= byte_column - 3);

    const auto sarif =
        run_granska({"check", case_dir.string(), "--as-of", "2026-11-22", "--format", "sarif"});
    INFO(sarif.err);
    REQUIRE(sarif.status == 2);
    const auto log = json::parse(sarif.out);
    const auto& notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"];
    REQUIRE(notes.size() == 1);
    CHECK(notes[0]["properties"]["pointer"] == "/bodies/0/bogus");
    const auto& region = notes[0]["locations"][0]["physicalLocation"]["region"];
    CHECK(region["startLine"] == line);
    CHECK(region["startColumn"] == utf16_column);

    const auto result =
        run_granska({"check", case_dir.string(), "--as-of", "2026-11-22", "--format", "json"});
    REQUIRE(result.status == 2);
    const auto errors = json::parse(result.out)["errors"];
    REQUIRE(errors.size() == 1);
    CHECK(errors[0]["line"] == line);
    CHECK(errors[0]["column"] == byte_column);
    CHECK(sarif.err.find("organisation.json:" + std::to_string(line) + ":" +
                         std::to_string(byte_column) + ": fel: /bodies/0/bogus") !=
          std::string::npos);
    fs::remove_all(dir);
}
