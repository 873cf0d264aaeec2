// The last stage of loading rule packs: every quoted clause must stand word
// for word in the text it quotes, the policy text in each pack's folder (citation
// drift) and the statute texts in its statutes/. Switched off only
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

// Statute texts are read from statutes/ in each pack's own folder.
diagnostics check_citations_of(const pack_set& packs, const citation_check_options& options);

} // namespace granska::checker
