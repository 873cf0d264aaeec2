// Compiler errors as golden files, as ninja's tests pin whole messages: every
// tests/golden/compile/NAME.rules is loaded the way `granska check` loads a
// pack (parse, resolve includes, compile, then the citation check against
// the policy.txt beside it) and every rendered diagnostic is compared with
// NAME.expect. One file per kind of error; an empty .expect is a pack that
// loads cleanly (provpaket-gemensamt, which the others include).
// GRANSKA_UPDATE_GOLDEN=1 rewrites the .expect files.
#include "checker/pack_texts.hpp"
#include "checker/packs.hpp"
#include "tests/support/golden.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;

namespace {

// Messages name files by the path they were loaded from; the golden folder's
// own path (which differs per checkout) is cut so that they read as a rule
// author sees them when running granska inside the folder.
std::string relative_to_folder(std::string text, const std::string& folder) {
    const std::string prefix = folder + "/";
    for (auto at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at))
        text.erase(at, prefix.size());
    return text;
}

std::string compile_messages(const fs::path& rules) {
    using namespace granska::checker;
    auto loaded = load_packs({rules.string()});
    granska::diagnostics errors = loaded.errors;
    if (!granska::has_errors(errors))
        errors = check_pack_citations(loaded.value, "");
    std::string out;
    for (const auto& d : errors)
        out += granska::render(d) + "\n";
    return relative_to_folder(out, rules.parent_path().string());
}

} // namespace

TEST_CASE("compiler errors match the golden files under tests/golden/compile", "[compile]") {
    CHECK(granska::testing::check_golden_folder("compile", "rules", compile_messages) >= 40);
}
