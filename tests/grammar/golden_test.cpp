// Golden files, as rexpr's test_files: every tests/golden/parse/NAME.rules
// is parsed and compared with NAME.expect, the AST dump when it parses and
// the rendered diagnostics when it does not. GRANSKA_UPDATE_GOLDEN=1
// rewrites the .expect files (review the diff before committing).
#include "tests/grammar/parse_helpers.hpp"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string actual(const fs::path& rules) {
    const auto r = granska::parser::parse_rule_pack(rules.filename().string(), read(rules));
    if (r.value)
        return granska::test::dump(r.value->pack);
    std::string out;
    for (const auto& d : r.errors)
        out += granska::render(d) + "\n";
    return out;
}

} // namespace

TEST_CASE("golden files under tests/golden/parse", "[grammar]") {
    const fs::path dir = fs::path(GRANSKA_SOURCE_DIR) / "tests" / "golden" / "parse";
    const bool update = std::getenv("GRANSKA_UPDATE_GOLDEN") != nullptr;
    std::size_t compared = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".rules")
            continue;
        auto expect = entry.path();
        expect.replace_extension(".expect");
        const std::string got = actual(entry.path());
        if (update)
            std::ofstream(expect, std::ios::binary) << got;
        INFO(entry.path().filename().string());
        CHECK(got == read(expect));
        ++compared;
    }
    CHECK(compared >= 2);
}
