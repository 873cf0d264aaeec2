#include "checker/compile/pack_texts.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace granska::checker {

namespace {

std::string read_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// Keeps a text once, however many packs lead to it.
void add_once(std::vector<policy_text>& texts, std::set<fs::path>& seen, policy_text t) {
    std::error_code ec;
    auto key = fs::weakly_canonical(t.file, ec);
    if (ec)
        key = t.file;
    if (seen.insert(key).second)
        texts.push_back(std::move(t));
}

} // namespace

pack_texts find_pack_texts(const pack_set& packs, const std::string& policies_override) {
    pack_texts out;
    std::set<fs::path> seen_folders, seen_texts, seen_docs;
    auto look_in = [&](const fs::path& folder) {
        if (!seen_folders.insert(folder).second)
            return;
        out.folders.push_back(folder.string());
        for (auto& t : load_policy_texts(folder.string()))
            add_once(out.policies, seen_texts, std::move(t));
    };
    if (!policies_override.empty())
        look_in(fs::path(policies_override).lexically_normal());
    std::error_code ec;
    for (const auto& pack : packs.packs) {
        const fs::path dir = fs::path(pack->info.file).parent_path().lexically_normal();
        const fs::path base = dir.empty() ? fs::path(".") : dir;
        if (auto own = load_policy_folder(base.string())) {
            if (seen_folders.insert(base).second)
                out.folders.push_back(base.string());
            add_once(out.policies, seen_texts, std::move(*own));
        }
        if (policies_override.empty())
            look_in((base / ".." / "policies").lexically_normal());
        const fs::path doc = (base / ".." / "docs" / "submission-format.md").lexically_normal();
        if (pack->info.applies_to_all && fs::is_regular_file(doc, ec)) {
            policy_text t;
            t.file = doc.string();
            t.text = read_file(doc);
            t.normalized = normalize_text(t.text);
            add_once(out.extra, seen_docs, std::move(t));
        }
    }
    return out;
}

diagnostics check_pack_citations(const pack_set& packs, const std::string& policies_override) {
    const auto texts = find_pack_texts(packs, policies_override);
    std::string searched;
    for (const auto& f : texts.folders)
        searched += (searched.empty() ? "" : ", ") + f;
    for (const auto& t : texts.extra)
        spdlog::debug("formatbeskrivning (citat i paket som gäller alla): läser {}", t.file);
    return check_citations(packs, texts.policies, texts.extra, searched);
}

} // namespace granska::checker
