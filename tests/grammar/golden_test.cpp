// Golden files, as rexpr's test_files: every tests/golden/parse/NAME.rules
// is parsed and compared with NAME.expect, the AST dump when it parses and
// the rendered diagnostics when it does not. GRANSKA_UPDATE_GOLDEN=1
// rewrites the .expect files (review the diff before committing).
#include "tests/grammar/parse_helpers.hpp"
#include "tests/support/golden.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace {

std::string actual(const std::filesystem::path& rules) {
    const auto r = granska::parser::parse_rule_pack(rules.filename().string(),
                                                    granska::testing::read_bytes(rules));
    if (r.value)
        return granska::test::dump(r.value->pack);
    std::string out;
    for (const auto& d : r.errors)
        out += granska::render(d) + "\n";
    return out;
}

} // namespace

TEST_CASE("golden files under tests/golden/parse", "[grammar]") {
    CHECK(granska::testing::check_golden_folder("parse", "rules", actual) >= 2);
}
