#include "checker/compile/citation_check.hpp"

#include "checker/compile/pack_texts.hpp"
#include "checker/compile/statute_text.hpp"

#include <filesystem>
#include <set>

namespace granska::checker {

namespace {

// One warning per pack: its quotes were not compared with anything.
diagnostics unchecked_warnings(const pack_set& packs) {
    diagnostics warnings;
    for (const auto& p : packs.packs)
        warnings.push_back({diagnostic_severity::warning, p->info.file, 0, 0, "",
                            "citatkontrollen är avstängd (--no-citation-check): citaten i "
                            "regelpaketet " +
                                p->info.id +
                                " har inte jämförts med policytexten; resultatet är ett utkast",
                            ""});
    return warnings;
}

// statutes/ in each pack's own folder, each folder read once.
std::vector<statute_text> statutes_of(const pack_set& packs) {
    std::vector<statute_text> statutes;
    std::set<std::filesystem::path> folders;
    for (const auto& p : packs.packs)
        if (const auto folder = statutes_folder_of(p->info.file); folders.insert(folder).second)
            for (auto& s : load_statutes(folder.string()))
                statutes.push_back(std::move(s));
    return statutes;
}

} // namespace

diagnostics check_citations_of(const pack_set& packs, const citation_check_options& options) {
    if (!options.enabled)
        return unchecked_warnings(packs);
    diagnostics errors = check_pack_citations(packs, options.policies_override);
    for (auto& d : check_statute_citations(packs, statutes_of(packs)))
        errors.push_back(std::move(d));
    return errors;
}

} // namespace granska::checker
