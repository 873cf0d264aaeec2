// The bundled policies through the real binary, every output format compared
// byte for byte with tests/golden/bundled/ (GRANSKA_UPDATE_GOLDEN=1 rewrites
// them; review the diff). The command is the one in the README:
// granska check --as-of 2026-11-22 policies/*, run in the source tree.
#include "run_binary.hpp"
#include "tests/support/golden.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using granska::e2e::run_granska;

namespace {

// policies/* as the shell expands it: in name order.
const std::vector<std::string> bundled{"policies/astorp", "policies/dals-ed", "policies/herrljunga",
                                       "policies/tranemo", "policies/varnamo"};

struct format_golden {
    const char* format;
    const char* golden; // under tests/golden/
};

const format_golden formats[] = {
    {"text", "bundled/check.txt"},           {"json", "bundled/check.json"},
    {"sarif", "bundled/check.sarif"},        {"junit", "bundled/check.junit.xml"},
    {"markdown", "bundled/check.md"},        {"github", "bundled/check.github.txt"},
    {"gitlab", "bundled/check.gitlab.json"}, {"html", "bundled/check.html"},
};

// SARIF names the folder granska ran in as %SRCROOT% (the base every result's
// relative path resolves against, as the SARIF standard asks for an absolute
// URI there): that is the checkout's own path, so the golden file holds a
// placeholder for it.
std::string with_checkout_placeholder(std::string out) {
    const std::string root = "file://" + granska::e2e::source_dir() + "/";
    for (auto at = out.find(root); at != std::string::npos; at = out.find(root, at))
        out.replace(at, root.size(), "file:///CHECKOUT/");
    return out;
}

} // namespace

TEST_CASE("check on the bundled policies matches the golden file of every format",
          "[e2e][golden]") {
    for (const auto& f : formats) {
        std::vector<std::string> args{"check", "--as-of", "2026-11-22"};
        args.insert(args.end(), bundled.begin(), bundled.end());
        args.insert(args.end(), {"--format", f.format});
        const auto r = run_granska(args);
        INFO("--format " << f.format << "\n" << r.err);
        // The bundled data holds findings of severity error: exit status 1.
        CHECK(r.status == 1);
        CHECK(r.err.empty());
        granska::testing::check_golden(f.golden, with_checkout_placeholder(r.out));
    }
}
