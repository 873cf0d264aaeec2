#include "checker/compile/packs.hpp"

#include "checker/base/sha256.hpp"
#include "checker/compile/compile.hpp"
#include "grammar/parse.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace fs = std::filesystem;

namespace granska::checker {

namespace {

// Where an included pack is looked for when no loaded pack has its id: beside
// the including file (a flat folder of packs), then in its own pack folder
// beside the including pack's folder (rules/<id>/<id>.rules, the bundled layout).
std::vector<fs::path> include_candidates(const std::string& including_file, const std::string& id) {
    const fs::path dir = fs::path(including_file).parent_path();
    return {(dir / (id + ".rules")).lexically_normal(),
            (dir / ".." / id / (id + ".rules")).lexically_normal()};
}

// The *.rules files of a folder given to --rules, sorted: those directly in
// it and those one level down (rules/<pack>/<pack>.rules: a folder of
// self-contained packs). Deeper folders (a pack's tests) are never searched.
std::vector<std::string> pack_files_in(const fs::path& folder) {
    std::vector<std::string> out;
    std::error_code ec;
    auto add_rules_files = [&](const fs::path& dir) {
        for (const auto& entry : fs::directory_iterator(dir, ec))
            if (entry.path().extension() == ".rules" && entry.is_regular_file(ec))
                out.push_back(entry.path().string());
    };
    add_rules_files(folder);
    for (const auto& entry : fs::directory_iterator(folder, ec))
        if (entry.is_directory(ec))
            add_rules_files(entry.path());
    std::sort(out.begin(), out.end());
    return out;
}

struct loader {
    diagnostics& errors;
    std::map<std::string, std::unique_ptr<compiled_pack>> by_id;
    std::map<std::string, std::string> file_of_id; // where each pack id came from
    std::set<std::string> loaded_files;

    // Reads, parses and compiles one file; returns its pack id or "" on error.
    std::string load_file(const std::string& file) {
        std::error_code ec;
        const std::string canonical = fs::weakly_canonical(file, ec).string();
        if (loaded_files.count(canonical)) {
            for (const auto& [id, f] : file_of_id)
                if (f == canonical)
                    return id;
            return "";
        }
        loaded_files.insert(canonical);
        std::ifstream in(file, std::ios::binary);
        if (!in) {
            errors.push_back(
                {diagnostic_severity::error, file, 0, 0, "", "kan inte läsa regelpaketet", ""});
            return "";
        }
        std::stringstream buffer;
        buffer << in.rdbuf();
        std::string source = buffer.str();
        const std::string digest = sha256_hex(source);
        spdlog::debug("regelpaket: läste {} (sha256 {})", file, digest);
        auto parsed = parser::parse_rule_pack(file, std::move(source));
        errors.insert(errors.end(), parsed.errors.begin(), parsed.errors.end());
        if (!parsed.value)
            return "";
        auto compiled = compile_pack(*parsed.value, digest);
        errors.insert(errors.end(), compiled.errors.begin(), compiled.errors.end());
        if (!compiled.value)
            return "";
        const std::string id = compiled.value->info.id;
        if (by_id.count(id)) {
            errors.push_back(
                {diagnostic_severity::error, file, 1, 0, "",
                 fmt::format("paketet '{}' finns redan i {}", id, by_id[id]->info.file), ""});
            return "";
        }
        file_of_id[id] = canonical;
        by_id[id] = std::move(compiled.value);
        return id;
    }

    // Loads includes depth-first; `chain` is the path of includes so far.
    void resolve(const std::string& id, std::vector<std::string>& chain) {
        if (std::find(chain.begin(), chain.end(), id) != chain.end()) {
            std::string text;
            for (const auto& c : chain)
                text += c + " → ";
            errors.push_back({diagnostic_severity::error, by_id[chain.front()]->info.file, 0, 0, "",
                              fmt::format("include bildar en cirkel: {}{}", text, id), ""});
            return;
        }
        chain.push_back(id);
        const auto includes = by_id[id]->includes;
        for (const auto& inc : includes) {
            if (!by_id.count(inc)) {
                const auto candidates = include_candidates(by_id[id]->info.file, inc);
                const auto found =
                    std::find_if(candidates.begin(), candidates.end(), [](const fs::path& c) {
                        std::error_code ec;
                        return fs::is_regular_file(c, ec);
                    });
                if (found == candidates.end() || load_file(found->string()) != inc) {
                    std::string searched;
                    for (const auto& c : candidates)
                        searched += (searched.empty() ? "" : ", ") + c.string();
                    errors.push_back(
                        {diagnostic_severity::error, by_id[id]->info.file, 0, 0, "",
                         fmt::format("paketet '{}' inkluderar '{}', som inte finns (sökte {})", id,
                                     inc, searched),
                         ""});
                    continue;
                }
            }
            resolve(inc, chain);
        }
        chain.pop_back();
    }
};

} // namespace

const compiled_pack* pack_set::find(const std::string& id) const {
    for (const auto& p : packs)
        if (p->info.id == id)
            return p.get();
    return nullptr;
}

std::vector<const compiled_pack*> pack_set::for_municipality(const std::string& code) const {
    std::vector<const compiled_pack*> out;
    std::set<std::string> seen;
    std::vector<std::string> stack;
    for (const auto& id : top_level) {
        const auto* p = find(id);
        if (p && (p->info.applies_to_all || std::find(p->info.codes.begin(), p->info.codes.end(),
                                                      code) != p->info.codes.end()))
            stack.push_back(id);
    }
    while (!stack.empty()) {
        const std::string id = stack.back();
        stack.pop_back();
        if (!seen.insert(id).second)
            continue;
        const auto* p = find(id);
        if (!p)
            continue;
        out.push_back(p);
        for (const auto& inc : p->includes)
            stack.push_back(inc);
    }
    std::sort(out.begin(), out.end(), [](const compiled_pack* a, const compiled_pack* b) {
        return a->info.id < b->info.id;
    });
    return out;
}

const citation* pack_set::criterion_for(const std::string& rule_id,
                                        const std::vector<const compiled_pack*>& applied) {
    for (const auto* p : applied)
        for (const auto& c : p->criteria)
            if (c.rule == rule_id)
                return &c.cite;
    return nullptr;
}

std::vector<const compiled_pack*> pack_set::municipal_packs_of(const std::string& rule_id) const {
    std::vector<const compiled_pack*> out;
    for (const auto& p : packs) {
        if (p->info.applies_to_all || p->info.codes.empty())
            continue;
        for (const auto* reached : for_municipality(p->info.codes.front()))
            if (std::any_of(reached->rules.begin(), reached->rules.end(),
                            [&](const auto& r) { return r->info.id == rule_id; })) {
                out.push_back(p.get());
                break;
            }
    }
    return out;
}

std::vector<std::string> pack_set::codes() const {
    std::set<std::string> out;
    for (const auto& id : top_level)
        if (const auto* p = find(id))
            out.insert(p->info.codes.begin(), p->info.codes.end());
    return {out.begin(), out.end()};
}

std::vector<rule_info> pack_set::rules() const {
    std::vector<rule_info> out;
    for (const auto& p : packs)
        for (const auto& r : p->rules)
            out.push_back(r->info);
    std::sort(out.begin(), out.end(),
              [](const rule_info& a, const rule_info& b) { return a.id < b.id; });
    return out;
}

std::vector<pack_info> pack_set::infos() const {
    std::vector<pack_info> out;
    for (const auto& p : packs)
        out.push_back(p->info);
    return out;
}

std::vector<const record_declaration*> pack_set::record_kinds() const {
    std::vector<const record_declaration*> out;
    for (const auto& p : packs)
        for (const auto& r : p->records)
            out.push_back(r.get());
    return out;
}

pack_load_result load_packs(const std::vector<std::string>& paths) {
    pack_load_result result;
    loader l{result.errors, {}, {}, {}};
    std::vector<std::string> files;
    for (const auto& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            spdlog::debug("regelpaket: söker *.rules i mappen {} och dess undermappar", path);
            const auto in_folder = pack_files_in(path);
            if (in_folder.empty())
                result.errors.push_back(
                    {diagnostic_severity::error, path, 0, 0, "",
                     "mappen innehåller inga regelpaket (*.rules, direkt eller en nivå ner)", ""});
            files.insert(files.end(), in_folder.begin(), in_folder.end());
        } else if (fs::exists(path, ec)) {
            files.push_back(path);
        } else {
            result.errors.push_back(
                {diagnostic_severity::error, path, 0, 0, "", "regelpaketet finns inte", ""});
        }
    }
    std::vector<std::string> top;
    for (const auto& f : files) {
        const std::string id = l.load_file(f);
        if (!id.empty() && std::find(top.begin(), top.end(), id) == top.end())
            top.push_back(id);
    }
    for (const auto& id : top) {
        std::vector<std::string> chain;
        l.resolve(id, chain);
    }
    // Rule ids are global: two packs must not define the same id.
    std::map<std::string, std::string> rule_pack;
    for (const auto& [id, pack] : l.by_id)
        for (const auto& r : pack->rules) {
            auto [it, fresh] = rule_pack.emplace(r->info.id, id);
            if (!fresh)
                result.errors.push_back(
                    {diagnostic_severity::error, pack->info.file, r->info.line, 0, "",
                     fmt::format("regeln {} finns redan i paketet '{}'", r->info.id, it->second),
                     ""});
        }
    // `same_fact_as` names the rule whose finding reports this lapse too; an id
    // that no loaded rule has would leave the declaration silently without effect.
    for (const auto& [id, pack] : l.by_id)
        for (const auto& r : pack->rules)
            if (!r->info.same_fact_as.empty() && !rule_pack.count(r->info.same_fact_as))
                result.errors.push_back(
                    {diagnostic_severity::error, pack->info.file, r->info.line, 0, "",
                     fmt::format("regeln {} anger same_fact_as {}, men ingen regel har det id:t",
                                 r->info.id, r->info.same_fact_as),
                     ""});
    // A criterion binds a rule that exists and is declared `cite per municipality`.
    for (const auto& [id, pack] : l.by_id)
        for (const auto& c : pack->criteria) {
            const auto owner = rule_pack.find(c.rule);
            const compiled_rule* bound = nullptr;
            if (owner != rule_pack.end())
                for (const auto& r : l.by_id[owner->second]->rules)
                    if (r->info.id == c.rule)
                        bound = r.get();
            if (bound == nullptr || !bound->info.per_municipality)
                result.errors.push_back(
                    {diagnostic_severity::error, pack->info.file, c.line, 0, "",
                     bound == nullptr
                         ? fmt::format("criterion {}: ingen regel har det id:t", c.rule)
                         : fmt::format("criterion {}: regeln citerar sin egen källa; bara en regel "
                                       "med 'cite per municipality' binds per kommun",
                                       c.rule),
                     ""});
        }
    for (auto& [id, pack] : l.by_id)
        result.value.packs.push_back(std::move(pack));
    result.value.top_level = std::move(top);
    return result;
}

} // namespace granska::checker
