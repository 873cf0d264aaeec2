// granska lint [--rules DIR|FILE…]: the reviewer's remarks on the packs
// (checker/check/pack_lint.hpp), one line each, and a count.
#include "checker/check/pack_lint.hpp"
#include "checker/cli/cli_commands.hpp"
#include "checker/compile/pack_texts.hpp"

#include <fmt/format.h>

#include <iostream>

namespace granska::checker {

int run_lint_command(const common_options& common) {
    pack_set packs;
    diagnostics errors;
    if (!load_rules(common, packs, errors)) {
        print_diagnostics(errors);
        return 2;
    }
    const auto texts = find_pack_texts(packs, common.policies);
    const lint_result result = lint_packs(packs, texts.policies);
    for (const auto& remark : result.remarks)
        std::cout << render(remark) << '\n';
    if (!result.errors.empty()) {
        print_diagnostics(result.errors);
        return 2;
    }
    std::cout << fmt::format("Granskade regelpaket: {}, anmärkningar: {}.\n", result.packs,
                             result.remarks.size());
    return result.remarks.empty() ? 0 : 1;
}

} // namespace granska::checker
