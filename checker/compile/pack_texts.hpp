// The texts the loaded rule packs cite, found in each pack's own folder, so a
// pack folder carries its own citation check wherever it lies: policy.txt
// (the municipality's policy, for the codes the pack applies to) and, for a
// pack that applies to all, submission-format.md (the submission format it
// quotes). --policies (or GRANSKA_POLICIES) replaces the municipal texts with
// the policies/*/ folders named there (policy.txt beside policy.json).
#pragma once

#include "checker/compile/packs.hpp"
#include "checker/compile/policy_text.hpp"

#include <optional>
#include <string>
#include <vector>

namespace granska::checker {

struct pack_texts {
    std::vector<policy_text> policies; // each file once
    std::vector<policy_text> extra;    // submission-format.md, for packs that apply to all
    std::vector<std::string> folders;  // every folder looked in, in order
};

// `policies_override` (from --policies or GRANSKA_POLICIES), when given,
// replaces the packs' own policy texts.
pack_texts find_pack_texts(const pack_set& packs, const std::string& policies_override);

// Loads the texts and checks every citation (check_citations); every folder
// and file read is named at debug level (-v).
diagnostics check_pack_citations(const pack_set& packs, const std::string& policies_override);

// The policy text `granska trace FOLDER` traces: FOLDER's own policy.txt
// (beside its policy.json), else the text of the loaded pack that applies to
// the municipality code in FOLDER/policy.json (a bundled case under
// policies/). Nothing, with `why` in Swedish, when neither is there.
std::optional<policy_text> policy_text_for_trace(const std::string& folder, const pack_set& packs,
                                                 const std::string& policies_override,
                                                 std::string& why);

} // namespace granska::checker
