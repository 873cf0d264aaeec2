// The policies' own words: policy.txt in each rule pack's folder (or beside a
// policy.json under --policies). Used to verify citations word for word
// (citation drift) and to trace obligations.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/compile/packs.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace granska::checker {

struct policy_text {
    std::string folder;            // rules/herrljunga
    std::string file;              // rules/herrljunga/policy.txt
    std::string municipality_code; // from policy.json
    std::string text;
    std::string normalized; // whitespace collapsed, for matching
};

// Whitespace and line breaks collapsed to single spaces, trimmed.
std::string normalize_text(std::string_view text);

// One folder's policy.txt with its municipality code (from policy.json);
// nothing when either file is missing or the code cannot be read.
std::optional<policy_text> load_policy_folder(const std::string& folder);

// Every <dir>/*/policy.txt with its municipality code (from the policy.json
// beside it): the folder named by --policies.
std::vector<policy_text> load_policy_texts(const std::string& policies_dir);

// Sentences of a text: split at . ! ? followed by a space and a capital
// letter or digit, and at line breaks (headings, list items).
std::vector<std::string> split_sentences(std::string_view text);

// Every rule's cited clause (and every not_checkable sentence) must appear
// word for word, modulo whitespace, in the text of a policy its pack applies
// to (for packs that apply to all: any policy, or `extra_texts`). Errors name
// the rule and the closest passage. A pack with no text to check against is an
// error naming `searched` (the --policies folder the texts were looked for
// in) or, when that is empty, the pack's own folder.
diagnostics check_citations(const pack_set& packs, const std::vector<policy_text>& policies,
                            const std::vector<policy_text>& extra_texts,
                            const std::string& searched);

} // namespace granska::checker
