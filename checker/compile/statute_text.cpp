// Why a paragraph index: a quote must stand in the paragraph the rule names,
// not anywhere in the statute, or a citation could drift to the wrong §.
#include "checker/compile/statute_text.hpp"

#include "checker/compile/policy_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;

namespace granska::checker {

std::string sfs_number(std::string_view statute_name) {
    static const std::regex sfs(R"((\d{4}):(\d+))");
    std::match_results<std::string_view::const_iterator> m;
    if (!std::regex_search(statute_name.begin(), statute_name.end(), m, sfs))
        return "";
    return m[1].str() + ":" + m[2].str();
}

fs::path statutes_folder_of(const std::string& pack_file) {
    return (fs::path(pack_file).parent_path() / "statutes").lexically_normal();
}

std::vector<statute_text> load_statutes(const std::string& dir) {
    std::vector<statute_text> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return out;
    static const std::regex file_name(R"((\d{4})-(\d+)\.txt)");
    static const std::regex heading(R"(((\d+) kap\. )?(\d+ [a-z]? ?§))");
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec))
        if (e.is_regular_file(ec))
            files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        std::smatch m;
        const std::string name = f.filename().string();
        if (!std::regex_match(name, m, file_name))
            continue;
        statute_text t{f.string(), m[1].str() + ":" + m[2].str(), {}};
        std::ifstream in(f);
        std::string line, current, text;
        auto flush = [&] {
            if (!current.empty())
                t.paragraphs[current] = normalize_text(text);
            text.clear();
        };
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r')
                line.pop_back();
            if (!line.empty() && line[0] == '#')
                continue;
            if (std::regex_match(line, heading)) {
                flush();
                current = line;
                continue;
            }
            text += line + "\n";
        }
        flush();
        out.push_back(std::move(t));
    }
    return out;
}

diagnostics check_statute_citations(const pack_set& packs,
                                    const std::vector<statute_text>& statutes) {
    diagnostics out;
    auto report = [&](const rule_info& r, std::string message) {
        out.push_back({diagnostic_severity::error, r.file, r.line, 0, "", std::move(message), ""});
    };
    for (const auto& pack : packs.packs)
        for (const auto& rule : pack->rules) {
            const rule_info& r = rule->info;
            if (!r.statute)
                continue;
            const std::string sfs = sfs_number(r.cite.document);
            if (sfs.empty()) {
                report(
                    r,
                    fmt::format(
                        "{} citerar \"{}\" utan SFS-nummer; skriv t.ex. \"skollagen (2010:800)\"",
                        r.id, r.cite.document));
                continue;
            }
            if (r.cite.text.empty())
                continue; // cited by reference: nothing quoted, nothing to verify
            // Only the pack's own statutes/ counts: a pack carries the texts it quotes.
            const fs::path own = statutes_folder_of(pack->info.file);
            const auto statute =
                std::find_if(statutes.begin(), statutes.end(), [&](const statute_text& s) {
                    return s.sfs == sfs && fs::path(s.file).parent_path() == own;
                });
            if (statute == statutes.end()) {
                report(r, fmt::format(
                              "{} citerar {} {} ordagrant, men lagtexten ({}) finns "
                              "inte; citera med hänvisning (utan clause) eller lägg den "
                              "verifierade lagtexten där",
                              r.id, r.cite.document, r.cite.section,
                              (own / (sfs.substr(0, 4) + "-" + sfs.substr(5) + ".txt")).string()));
                continue;
            }
            const auto paragraph = statute->paragraphs.find(r.cite.section);
            if (paragraph == statute->paragraphs.end()) {
                report(r,
                       fmt::format("citatdrift: {} citerar {} {}, men {} har ingen sådan paragraf",
                                   r.id, r.cite.document, r.cite.section, statute->file));
                continue;
            }
            if (paragraph->second.find(normalize_text(r.cite.text)) == std::string::npos)
                report(r,
                       fmt::format(
                           "citatdrift: {} citerar \"{}\", som inte står ordagrant i {} {} ({}); "
                           "där står: \"{}\"",
                           r.id, r.cite.text, r.cite.document, r.cite.section, statute->file,
                           paragraph->second));
        }
    return out;
}

} // namespace granska::checker
