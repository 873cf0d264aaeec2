// Loading rule packs: files and folders -> parsed -> compiled, includes
// resolved (with cycles reported as the include chain), and the choice of
// packs for a case by its municipality code.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/runtime/compiled.hpp"

#include <memory>
#include <string>
#include <vector>

namespace granska::checker {

struct pack_set {
    std::vector<std::unique_ptr<compiled_pack>> packs; // sorted by id
    std::vector<std::string> top_level; // ids of the packs named directly (not only included)

    const compiled_pack* find(const std::string& id) const;
    // The packs that apply to a municipality: every top-level pack whose
    // codes match (or `all`), with everything it includes, each once, by id.
    std::vector<const compiled_pack*> for_municipality(const std::string& code) const;
    // Every municipality code a top-level pack names, sorted, each once.
    std::vector<std::string> codes() const;
    std::vector<rule_info> rules() const; // every rule, sorted by id
    // For a rule bound per municipality: the clause that one of `applied`
    // (the packs of a municipality) binds to it, or nullptr (not applicable).
    static const citation* criterion_for(const std::string& rule_id,
                                         const std::vector<const compiled_pack*>& applied);
    // Every pack that applies to named municipalities and, through its
    // includes, runs the rule `rule_id`: the municipal packs a common rule reaches.
    std::vector<const compiled_pack*> municipal_packs_of(const std::string& rule_id) const;
    std::vector<pack_info> infos() const;
    // Every record kind the packs declare, for checking the input against.
    std::vector<const record_declaration*> record_kinds() const;
};

struct pack_load_result {
    pack_set value;
    diagnostics errors;
};

// `paths`: files or folders (a folder's *.rules files and those of its
// immediate subfolders: rules/ holds one folder per pack). An include is
// resolved among the loaded packs, else as <id>.rules beside the including
// pack, else as <id>/<id>.rules beside the including pack's folder.
pack_load_result load_packs(const std::vector<std::string>& paths);

} // namespace granska::checker
