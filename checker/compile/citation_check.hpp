// The last stage of loading rule packs: every quoted clause must stand word
// for word in the text it quotes, the policy texts beside the packs (citation
// drift) and the statute texts in statutes/ beside them. Switched off only
// for drafts, and then every pack carries a warning that says so.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/compile/packs.hpp"

#include <string>
#include <vector>

namespace granska::checker {

struct citation_check_options {
    std::string policies_override; // --policies or GRANSKA_POLICIES; empty: beside the packs
    bool enabled = true;           // false: --no-citation-check (a draft)
};

// `pack_paths`: the pack files and folders as named, where statutes/ is looked for.
diagnostics check_citations_of(const pack_set& packs, const std::vector<std::string>& pack_paths,
                               const citation_check_options& options);

} // namespace granska::checker
