// Each SARIF result's region is the JSON value its JSON Pointer names (issue
// 16: GitHub code scanning underlines exactly that value): cutting the
// region out of the file gives JSON equal to the value at the pointer.
// Columns count UTF-16 code units (run.columnKind), so a line with "ä" or an
// emoji before the value still lands on it.
#include "e2e/run_binary.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

using granska::e2e::read_file;
using granska::e2e::run_granska;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

// Byte offset in `line` of the 1-based UTF-16 column `column`.
std::size_t byte_of_column(const std::string& line, std::uint32_t column) {
    std::uint32_t units = 1;
    std::size_t i = 0;
    while (i < line.size() && units < column) {
        const auto byte = static_cast<unsigned char>(line[i]);
        const std::size_t length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
        units += length == 4 ? 2 : 1;
        i += length;
    }
    return i;
}

// The text a SARIF region covers in `text`.
std::string region_text(const std::string& text, const json& region) {
    std::vector<std::string> lines;
    std::size_t from = 0;
    for (std::size_t nl; (nl = text.find('\n', from)) != std::string::npos; from = nl + 1)
        lines.push_back(text.substr(from, nl - from + 1));
    lines.push_back(text.substr(from));
    const auto start_line = region.at("startLine").get<std::size_t>();
    const auto end_line = region.at("endLine").get<std::size_t>();
    REQUIRE(start_line >= 1);
    REQUIRE(end_line <= lines.size());
    const auto start = byte_of_column(lines[start_line - 1], region.at("startColumn"));
    const auto end = byte_of_column(lines[end_line - 1], region.at("endColumn"));
    if (start_line == end_line)
        return lines[start_line - 1].substr(start, end - start);
    std::string out = lines[start_line - 1].substr(start);
    for (auto l = start_line; l + 1 < end_line; ++l)
        out += lines[l];
    return out + lines[end_line - 1].substr(0, end);
}

std::string file_of(const json& location, const std::string& base) {
    std::string uri = location.at("uri");
    std::string path;
    for (std::size_t i = 0; i < uri.size(); ++i) // percent-decoding
        if (uri[i] == '%' && i + 2 < uri.size()) {
            path += static_cast<char>(std::stoi(uri.substr(i + 1, 2), nullptr, 16));
            i += 2;
        } else
            path += uri[i];
    if (path.starts_with("file://"))
        return path.substr(7);
    return base + "/" + path;
}

// Checks every result of a SARIF log; returns how many regions it checked.
std::size_t check_regions(const json& log, const std::string& base) {
    std::size_t checked = 0;
    for (const auto& r : log["runs"][0]["results"]) {
        const auto& physical = r["locations"][0]["physicalLocation"];
        if (!physical.contains("region"))
            continue;
        const auto& region = physical["region"];
        const std::string file = file_of(physical["artifactLocation"], base);
        const auto& logical = r["locations"][0]["logicalLocations"][0];
        const std::string pointer = logical.value("fullyQualifiedName", "");
        INFO(r["ruleId"] << " " << file << " " << pointer << " " << region.dump());
        REQUIRE(region.contains("endLine"));
        REQUIRE(region.contains("endColumn"));
        const std::string text = read_file(file);
        const auto value = json::parse(text).at(json::json_pointer(pointer));
        CHECK(json::parse(region_text(text, region)) == value);
        ++checked;
    }
    return checked;
}

} // namespace

TEST_CASE("every SARIF region of the bundled data is the value its pointer names", "[e2e][sarif]") {
    const auto r = run_granska({"check", "policies/astorp", "policies/dals-ed",
                                "policies/herrljunga", "policies/tranemo", "policies/varnamo",
                                "--as-of", "2026-11-22", "--format", "sarif"});
    INFO(r.err);
    REQUIRE(r.status == 1);
    const auto log = json::parse(r.out);
    CHECK(log["runs"][0]["columnKind"] == "utf16CodeUnits");
    // Every relative URI is resolved against a declared base.
    const auto& bases = log["runs"][0]["originalUriBaseIds"];
    for (const auto& result : log["runs"][0]["results"]) {
        const auto& location = result["locations"][0]["physicalLocation"]["artifactLocation"];
        if (location.contains("uriBaseId"))
            CHECK(bases.contains(location["uriBaseId"].get<std::string>()));
    }
    CHECK(check_regions(log, granska::e2e::source_dir()) >= 20);
}

TEST_CASE("a SARIF region counts UTF-16 columns on a line with an emoji and Swedish letters",
          "[e2e][sarif]") {
    const fs::path dir = granska::e2e::temp_dir();
    const fs::path case_dir = dir / "herrljunga";
    fs::copy(granska::e2e::source_dir() + "/policies/herrljunga", case_dir,
             fs::copy_options::recursive);
    // The whole organisation on one line, a four-byte character before the
    // bodies HER-01 finds, so byte columns and UTF-16 columns differ.
    auto organisation = json::parse(read_file((case_dir / "organisation.json").string()));
    organisation["bodies"][0]["name"] = organisation["bodies"][0]["name"].get<std::string>() + " 😀";
    std::ofstream((case_dir / "organisation.json").string()) << organisation.dump();
    const auto r =
        run_granska({"check", case_dir.string(), "--as-of", "2026-11-22", "--format", "sarif"});
    INFO(r.err);
    REQUIRE(r.status == 1);
    const auto log = json::parse(r.out);
    std::size_t on_one_line = 0;
    for (const auto& result : log["runs"][0]["results"]) {
        const auto& physical = result["locations"][0]["physicalLocation"];
        if (physical["artifactLocation"]["uri"].get<std::string>().ends_with("organisation.json") &&
            physical.contains("region") && physical["region"]["startColumn"] > 1)
            ++on_one_line;
    }
    CHECK(on_one_line >= 1);
    CHECK(check_regions(log, dir.string()) >= 1);
    fs::remove_all(dir);
}
