#include "checker/compile/policy_text.hpp"

#include "checker/base/file_text.hpp"
#include "checker/base/sha256.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <optional>
#include <set>

namespace fs = std::filesystem;

namespace granska::checker {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Lower-case ASCII and the Swedish capitals (UTF-8), enough for keyword matching.
std::string lower(std::string_view s) {
    std::string out(s);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'A' && c <= 'Z')
            out[i] = static_cast<char>(c + 32);
        else if (c == 0xC3 && i + 1 < out.size()) {
            const auto d = static_cast<unsigned char>(out[i + 1]);
            if (d == 0x85 || d == 0x84 || d == 0x96) // Å Ä Ö
                out[i + 1] = static_cast<char>(d + 0x20);
        }
    }
    return out;
}

std::vector<std::string> words(std::string_view s) {
    std::vector<std::string> out;
    std::string current;
    for (const char ch : lower(s)) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
            current += ch;
        } else if (!current.empty()) {
            out.push_back(current);
            current.clear();
        }
    }
    if (!current.empty())
        out.push_back(current);
    return out;
}

// The sentence of `texts` sharing the most words with `clause`: what the
// author probably meant to quote.
std::string closest_passage(const std::string& clause,
                            const std::vector<const policy_text*>& texts) {
    const auto wanted = words(clause);
    const std::set<std::string> wanted_set(wanted.begin(), wanted.end());
    std::string best;
    std::size_t best_score = 0;
    for (const auto* t : texts)
        for (const auto& sentence : split_sentences(t->text)) {
            std::size_t score = 0;
            for (const auto& w : words(sentence))
                score += wanted_set.count(w);
            if (score > best_score) {
                best_score = score;
                best = sentence;
            }
        }
    return best;
}

std::string join_codes(const std::vector<std::string>& codes) {
    std::string out;
    for (const auto& c : codes)
        out += (out.empty() ? "" : ", ") + c;
    return out;
}

} // namespace

std::string normalize_text(std::string_view text) {
    std::string out;
    bool space = false;
    for (const char c : text) {
        if (is_space(c)) {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

std::optional<policy_text> load_policy_folder(const std::string& folder) {
    const fs::path f(folder);
    std::error_code ec;
    if (!fs::exists(f / "policy.txt", ec) || !fs::exists(f / "policy.json", ec))
        return std::nullopt;
    policy_text t;
    t.folder = f.string();
    t.file = (f / "policy.txt").string();
    t.text = read_file_text(f / "policy.txt");
    t.normalized = normalize_text(t.text);
    try {
        const auto j = nlohmann::json::parse(read_file_text(f / "policy.json"));
        t.municipality_code = j.at("municipality").at("code").get<std::string>();
    } catch (const std::exception&) {
        return std::nullopt; // not a policy we can attribute; the loader reports its errors
    }
    spdlog::debug("policytext för kommunkoden {}: läste {} och {} (sha256 {})", t.municipality_code,
                  t.file, (f / "policy.json").string(), sha256_hex(t.text));
    return t;
}

std::vector<policy_text> load_policy_texts(const std::string& policies_dir) {
    std::vector<policy_text> out;
    std::error_code ec;
    if (!fs::is_directory(policies_dir, ec)) {
        spdlog::debug("policytexter: {} är ingen mapp; inga lästes", policies_dir);
        return out;
    }
    spdlog::debug("policytexter: söker i mappen {}", policies_dir);
    std::vector<fs::path> folders;
    for (const auto& e : fs::directory_iterator(policies_dir, ec))
        if (e.is_directory(ec))
            folders.push_back(e.path());
    std::sort(folders.begin(), folders.end());
    for (const auto& f : folders)
        if (auto t = load_policy_folder(f.string()))
            out.push_back(std::move(*t));
    return out;
}

std::vector<std::string> split_sentences(std::string_view text) {
    std::vector<std::string> out;
    std::string current;
    auto flush = [&] {
        auto n = normalize_text(current);
        // List markers are layout, not words.
        while (!n.empty() && (n[0] == '-' || n[0] == '*' || n[0] == ' '))
            n.erase(0, 1);
        if (!n.empty())
            out.push_back(n);
        current.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\n') {
            flush();
            continue;
        }
        current += c;
        if ((c == '.' || c == '!' || c == '?') && i + 2 < text.size() && text[i + 1] == ' ') {
            const auto next = static_cast<unsigned char>(text[i + 2]);
            const bool capital = (next >= 'A' && next <= 'Z') || (next >= '0' && next <= '9') ||
                                 next == 0xC3 || next == 0xE2 /* ” */ || next == '"';
            if (capital)
                flush();
        }
    }
    flush();
    return out;
}

diagnostics check_citations(const pack_set& packs, const std::vector<policy_text>& policies,
                            const std::vector<policy_text>& extra_texts,
                            const std::string& searched) {
    diagnostics out;
    for (const auto& pack : packs.packs) {
        std::vector<const policy_text*> texts;
        for (const auto& p : policies)
            if (pack->info.applies_to_all ||
                std::find(pack->info.codes.begin(), pack->info.codes.end(), p.municipality_code) !=
                    pack->info.codes.end())
                texts.push_back(&p);
        if (pack->info.applies_to_all)
            for (const auto& e : extra_texts)
                texts.push_back(&e);
        if (texts.empty()) {
            // A citation nobody can check is no check at all: the pack is refused.
            const auto folder = fs::path(pack->info.file).parent_path().string();
            const std::string pack_folder = folder.empty() ? "." : folder;
            const std::string codes =
                pack->info.applies_to_all
                    ? std::string("alla kommuner, men det finns ingen policytext")
                    : "kommunkod " + join_codes(pack->info.codes) +
                          ", men det finns ingen policytext för koden";
            out.push_back(
                {diagnostic_severity::error, pack->info.file, 0, 0, "",
                 fmt::format("regelpaketet {} gäller {} i {}; "
                             "citaten kan inte kontrolleras (lägg policytexten som policy.txt i "
                             "regelpaketets mapp, ange --policies, eller kör ett utkast med "
                             "--no-citation-check)",
                             pack->info.id, codes, searched.empty() ? pack_folder : searched),
                 ""});
            continue;
        }
        auto found = [&](const std::string& quote) {
            const auto n = normalize_text(quote);
            return std::any_of(texts.begin(), texts.end(), [&](const policy_text* t) {
                return t->normalized.find(n) != std::string::npos;
            });
        };
        std::string files;
        for (const auto* t : texts)
            files += (files.empty() ? "" : ", ") + t->file;
        for (const auto& c : pack->criteria)
            if (!found(c.cite.text))
                out.push_back(
                    {diagnostic_severity::error, pack->info.file, c.line, 0, "",
                     fmt::format("citatdrift: kriteriet för {} citerar \"{}\", som inte står "
                                 "ordagrant i {}; närmast står: \"{}\"",
                                 c.rule, c.cite.text, files, closest_passage(c.cite.text, texts)),
                     ""});
        for (const auto& r : pack->rules)
            if (!r->info.per_municipality && !r->info.statute && !found(r->info.cite.text))
                out.push_back(
                    {diagnostic_severity::error, r->info.file, r->info.line, 0, "",
                     fmt::format("citatdrift: {} citerar \"{}\", som inte står ordagrant i {}; "
                                 "närmast står: \"{}\"",
                                 r->info.id, r->info.cite.text, files,
                                 closest_passage(r->info.cite.text, texts)),
                     ""});
        for (const auto& nc : pack->not_checkables)
            if (!found(nc.sentence))
                out.push_back(
                    {diagnostic_severity::error, pack->info.file, 0, 0, "",
                     fmt::format("citatdrift: not_checkable \"{}\" står inte ordagrant i {}; "
                                 "närmast står: \"{}\"",
                                 nc.sentence, files, closest_passage(nc.sentence, texts)),
                     ""});
    }
    return out;
}

} // namespace granska::checker
