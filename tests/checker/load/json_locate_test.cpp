// Positions of JSON Pointers in files granska reads back (waivers,
// baselines): right deep in a large file, unknown pointers unplaced.
#include "checker/load/json_locate.hpp"

#include <catch2/catch.hpp>

#include <string>

using granska::checker::json_locator;
using granska::checker::text_position;

namespace {

// A waiver file of `count` entries, each five lines long; entry i's "rule"
// stands on line 4 + 5 * i, after "ä" and an emoji (columns are bytes).
std::string many_entries(int count) {
    std::string text = "{\n  \"format\": \"granska-waivers/1\",\n  \"waivers\": [\n";
    for (int i = 0; i < count; ++i) {
        text += "    {\"ä😀\": 1,\n";
        text += "     \"rule\": \"R-" + std::to_string(i) + "\",\n";
        text += "     \"a/b~c\": [true, null, {\"deep\": \"x\"}],\n";
        text += "     \"escaped\\u0041\": 2\n";
        text += i + 1 < count ? "    },\n" : "    }\n";
    }
    return text + "  ]\n}\n";
}

} // namespace

TEST_CASE("A pointer deep in a large file is located on its own line", "[json_locate]") {
    constexpr int count = 10000;
    const std::string text = many_entries(count);
    json_locator locator(text);
    for (int i : {0, 1, 4321, count - 1}) {
        const std::string at = "/waivers/" + std::to_string(i);
        const text_position rule = locator.locate(at + "/rule");
        CHECK(rule.line == static_cast<std::uint32_t>(5 + 5 * i));
        CHECK(rule.column == 14);
        CHECK(rule.source_line == "     \"rule\": \"R-" + std::to_string(i) + "\",");
        const text_position entry = locator.locate(at);
        CHECK(entry.line == static_cast<std::uint32_t>(4 + 5 * i));
        CHECK(entry.column == 5);
        // Keys with '/' and '~' are escaped in the pointer (RFC 6901).
        const text_position deep = locator.locate(at + "/a~1b~0c/2/deep");
        CHECK(deep.line == static_cast<std::uint32_t>(6 + 5 * i));
        CHECK(deep.column == 37);
        CHECK(locator.locate(at + "/escapedA").line == static_cast<std::uint32_t>(7 + 5 * i));
        CHECK(locator.locate(at + "/ä😀").column == 16);
    }
    CHECK(locator.locate("/format").line == 2);
    CHECK(locator.locate("").line == 1);
}

TEST_CASE("A pointer to nothing in the file has no position", "[json_locate]") {
    const std::string text = R"({"waivers": [{"rule": "R"}], "list": [1, 2]})";
    json_locator locator(text);
    for (const char* missing : {"/waivers/1", "/waivers/0/subject", "/list/01", "/list/-", "/x"}) {
        const text_position p = locator.locate(missing);
        CHECK(p.line == 0);
        CHECK(p.column == 0);
        CHECK(p.source_line.empty());
    }
    CHECK(locator.locate("/list/1").column == 42);
}

TEST_CASE("A document that is a single scalar has only its root", "[json_locate]") {
    json_locator locator("  \"text\"");
    CHECK(locator.locate("").column == 3);
    CHECK(locator.locate("/0").line == 0);
}
