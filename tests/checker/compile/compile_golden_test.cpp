// Compiler errors as golden files, as ninja's tests pin whole messages: every
// tests/golden/compile/NAME.rules is loaded the way `granska check` loads a
// pack (parse, resolve includes, compile, then the citation check against
// the policy.txt beside it) and every rendered diagnostic is compared with
// NAME.expect. One file per kind of error; an empty .expect is a pack that
// loads cleanly (provpaket-gemensamt, which the others include).
// GRANSKA_UPDATE_GOLDEN=1 rewrites the .expect files.
#include "checker/compile/pack_texts.hpp"
#include "checker/compile/packs.hpp"
#include "tests/support/golden.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

namespace fs = std::filesystem;

namespace {

void replace_all(std::string& text, const std::string& from, const std::string& to) {
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// Messages name files and folders by the path they were loaded from; the
// golden folder's own path (which differs per checkout) is made relative so
// that they read as a rule author sees them when running granska inside it.
std::string relative_to_folder(std::string text, const fs::path& folder) {
    replace_all(text, folder.string() + "/", "");
    replace_all(text, folder.string(), ".");
    replace_all(text, folder.parent_path().string() + "/", "../");
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
    return relative_to_folder(out, rules.parent_path());
}

} // namespace

TEST_CASE("compiler errors match the golden files under tests/golden/compile", "[compile]") {
    CHECK(granska::testing::check_golden_folder("compile", "rules", compile_messages) >= 40);
}
