// Rule packs from files to a checked pack set, as one named list of stages
// (the table `stages` below): each stage reads what the earlier ones left and
// adds its diagnostics. A file is read, parsed (grammar/) and compiled in one
// step, so that its parse and compile errors stand together in file order;
// its includes are found only once it has compiled.
#include "checker/compile/pipeline.hpp"

#include "checker/base/sha256.hpp"
#include "checker/compile/compile.hpp"
#include "grammar/parse.hpp"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string_view>

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

// What the stages share.
struct loading {
    const std::vector<std::string>& paths;
    const citation_check_options& citations;
    pack_load_result& result;
    loader files_loaded{result.errors, {}, {}, {}};
    std::vector<std::string> files{};               // the pack files named, folders expanded
    std::vector<std::string> top{};                 // ids of the packs named directly
    std::map<std::string, std::string> rule_pack{}; // rule id -> pack id
};

void add_error(loading& s, const std::string& file, std::uint32_t line, std::string message) {
    s.result.errors.push_back(
        {diagnostic_severity::error, file, line, 0, "", std::move(message), ""});
}

// The files and folders named: a folder's *.rules files, sorted.
void find_files(loading& s) {
    for (const auto& path : s.paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            spdlog::debug("regelpaket: söker *.rules i mappen {} och dess undermappar", path);
            const auto in_folder = pack_files_in(path);
            if (in_folder.empty())
                add_error(s, path, 0,
                          "mappen innehåller inga regelpaket (*.rules, direkt eller en nivå ner)");
            s.files.insert(s.files.end(), in_folder.begin(), in_folder.end());
        } else if (fs::exists(path, ec)) {
            s.files.push_back(path);
        } else {
            add_error(s, path, 0, "regelpaketet finns inte");
        }
    }
}

void parse_and_compile(loading& s) {
    for (const auto& f : s.files) {
        const std::string id = s.files_loaded.load_file(f);
        if (!id.empty() && std::find(s.top.begin(), s.top.end(), id) == s.top.end())
            s.top.push_back(id);
    }
}

void resolve_includes(loading& s) {
    for (const auto& id : s.top) {
        std::vector<std::string> chain;
        s.files_loaded.resolve(id, chain);
    }
}

// Rule ids are global: two packs must not define the same id.
void check_rule_ids(loading& s) {
    for (const auto& [id, pack] : s.files_loaded.by_id)
        for (const auto& r : pack->rules) {
            auto [it, fresh] = s.rule_pack.emplace(r->info.id, id);
            if (!fresh)
                add_error(
                    s, pack->info.file, r->info.line,
                    fmt::format("regeln {} finns redan i paketet '{}'", r->info.id, it->second));
        }
}

// `same_fact_as` names the rule whose finding reports this lapse too; an id
// that no loaded rule has would leave the declaration silently without effect.
void check_same_fact(loading& s) {
    for (const auto& [id, pack] : s.files_loaded.by_id)
        for (const auto& r : pack->rules)
            if (!r->info.same_fact_as.empty() && !s.rule_pack.count(r->info.same_fact_as))
                add_error(
                    s, pack->info.file, r->info.line,
                    fmt::format("regeln {} anger same_fact_as {}, men ingen regel har det id:t",
                                r->info.id, r->info.same_fact_as));
}

// A criterion binds a rule that exists and is declared `cite per municipality`.
void check_criteria(loading& s) {
    auto& by_id = s.files_loaded.by_id;
    for (const auto& [id, pack] : by_id)
        for (const auto& c : pack->criteria) {
            const auto owner = s.rule_pack.find(c.rule);
            const compiled_rule* bound = nullptr;
            if (owner != s.rule_pack.end())
                for (const auto& r : by_id[owner->second]->rules)
                    if (r->info.id == c.rule)
                        bound = r.get();
            if (bound == nullptr || !bound->info.per_municipality)
                add_error(s, pack->info.file, c.line,
                          bound == nullptr
                              ? fmt::format("criterion {}: ingen regel har det id:t", c.rule)
                              : fmt::format("criterion {}: regeln citerar sin egen källa; bara en "
                                            "regel med 'cite per municipality' binds per kommun",
                                            c.rule));
        }
}

// The packs, sorted by id, become the pack set the citation check reads.
void collect(loading& s) {
    for (auto& [id, pack] : s.files_loaded.by_id)
        s.result.value.packs.push_back(std::move(pack));
    s.result.value.top_level = std::move(s.top);
}

void citation_stage(loading& s) {
    for (auto& d : check_citations_of(s.result.value, s.citations))
        s.result.errors.push_back(std::move(d));
}

struct stage {
    std::string_view name;
    void (*run)(loading& state);
};

constexpr std::string_view last_stage_before_citations = "collect";

// Every stage of loading, in order.
constexpr std::array stages{
    stage{"find files", find_files},
    stage{"parse and compile", parse_and_compile},
    stage{"resolve includes", resolve_includes},
    stage{"unique rule ids", check_rule_ids},
    stage{"same_fact_as", check_same_fact},
    stage{"criteria", check_criteria},
    stage{"collect", collect},
    stage{"citation check", citation_stage},
};

// Runs the stages up to and including `last`.
pack_load_result run_stages(const std::vector<std::string>& paths,
                            const citation_check_options& citations, std::string_view last) {
    pack_load_result result;
    loading state{paths, citations, result};
    for (const auto& s : stages) {
        s.run(state);
        if (s.name == last)
            break;
    }
    return result;
}

} // namespace

pack_load_result load_packs(const std::vector<std::string>& paths) {
    return run_stages(paths, {}, last_stage_before_citations);
}

pack_load_result load_rule_packs(const std::vector<std::string>& paths,
                                 const citation_check_options& citations) {
    return run_stages(paths, citations, stages.back().name);
}

} // namespace granska::checker
