// The texts the loaded rule packs cite, found relative to each pack file, so
// a pack folder carries its own citation check wherever it lies: the pack's
// own folder when it holds policy.txt (a self-contained pack), the
// policies/*/ folders beside the pack's folder (the repository's and the
// installed layout: rules/ next to policies/), and the submission format in
// docs/ beside it for packs that apply to all.
#pragma once

#include "checker/compile/packs.hpp"
#include "checker/compile/policy_text.hpp"

#include <string>
#include <vector>

namespace granska::checker {

struct pack_texts {
    std::vector<policy_text> policies; // each file once
    std::vector<policy_text> extra;    // docs/submission-format.md, for packs that apply to all
    std::vector<std::string> folders;  // every folder looked in, in order
};

// `policies_override` (from --policies or GRANSKA_POLICIES), when given,
// replaces the policies/ folders beside the packs.
pack_texts find_pack_texts(const pack_set& packs, const std::string& policies_override);

// Loads the texts and checks every citation (check_citations); every folder
// and file read is named at debug level (-v).
diagnostics check_pack_citations(const pack_set& packs, const std::string& policies_override);

} // namespace granska::checker
