#include "checker/compile/pack_texts.hpp"

#include "checker/base/file_text.hpp"
#include "checker/base/sha256.hpp"

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace granska::checker {

namespace {

// Keeps a text once, however many packs lead to it.
void add_once(std::vector<policy_text>& texts, std::set<fs::path>& seen, policy_text t) {
    std::error_code ec;
    auto key = fs::weakly_canonical(t.file, ec);
    if (ec)
        key = t.file;
    if (seen.insert(key).second)
        texts.push_back(std::move(t));
}

// A text in the pack's own folder; nothing when the file is not there.
std::optional<policy_text> text_in(const fs::path& folder, const char* name,
                                   const std::string& municipality_code) {
    const fs::path file = folder / name;
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
        return std::nullopt;
    policy_text t;
    t.folder = folder.string();
    t.file = file.string();
    t.municipality_code = municipality_code;
    t.text = read_file_text(file);
    t.normalized = normalize_text(t.text);
    spdlog::debug("regelpaketets egen text: läste {} (sha256 {})", t.file, sha256_hex(t.text));
    return t;
}

} // namespace

pack_texts find_pack_texts(const pack_set& packs, const std::string& policies_override) {
    pack_texts out;
    std::set<fs::path> seen_folders, seen_texts, seen_extra;
    auto note_folder = [&](const fs::path& folder) {
        if (seen_folders.insert(folder).second)
            out.folders.push_back(folder.string());
    };
    if (!policies_override.empty()) {
        const fs::path folder = fs::path(policies_override).lexically_normal();
        note_folder(folder);
        for (auto& t : load_policy_texts(folder.string()))
            add_once(out.policies, seen_texts, std::move(t));
    }
    for (const auto& pack : packs.packs) {
        const fs::path dir = fs::path(pack->info.file).parent_path().lexically_normal();
        const fs::path base = dir.empty() ? fs::path(".") : dir;
        note_folder(base);
        if (pack->info.applies_to_all) {
            // The submission format (or a text of its own) is what a pack for
            // every municipality quotes.
            for (const char* name : {"submission-format.md", "policy.txt"})
                if (auto t = text_in(base, name, ""))
                    add_once(out.extra, seen_extra, std::move(*t));
            continue;
        }
        // A pack's own policy.txt is the text of the municipality it applies to.
        if (!policies_override.empty() || pack->info.codes.empty())
            continue;
        if (auto t = text_in(base, "policy.txt", pack->info.codes.front()))
            add_once(out.policies, seen_texts, std::move(*t));
    }
    return out;
}

std::optional<policy_text> policy_text_for_trace(const std::string& folder, const pack_set& packs,
                                                 const std::string& policies_override,
                                                 std::string& why) {
    // A folder carrying its own text with policy.json (a case or a test) is read as it is.
    if (auto own = load_policy_folder(folder))
        return own;
    std::string code;
    try {
        const auto j = nlohmann::json::parse(read_file_text(fs::path(folder) / "policy.json"));
        code = j.at("municipality").at("code").get<std::string>();
    } catch (const std::exception&) {
        why = folder + " saknar policy.json med kommunkod (municipality.code)";
        return std::nullopt;
    }
    auto texts = find_pack_texts(packs, policies_override);
    for (auto& t : texts.policies)
        if (t.municipality_code == code)
            return std::move(t);
    std::string searched;
    for (const auto& f : texts.folders)
        searched += (searched.empty() ? "" : ", ") + f;
    why = "det finns ingen policytext (policy.txt) för kommunkoden " + code + " i " + folder +
          " eller i regelpaketens mappar (" + searched + ")";
    return std::nullopt;
}

diagnostics check_pack_citations(const pack_set& packs, const std::string& policies_override) {
    const auto texts = find_pack_texts(packs, policies_override);
    for (const auto& t : texts.extra)
        spdlog::debug("formatbeskrivning (citat i paket som gäller alla): läser {}", t.file);
    return check_citations(packs, texts.policies, texts.extra, policies_override);
}

} // namespace granska::checker
