#include "checker/check/pack_lint.hpp"

#include "checker/base/file_text.hpp"
#include "grammar/parse.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <set>

namespace fs = std::filesystem;

namespace granska::checker {

namespace x3 = boost::spirit::x3;

namespace {

// The modal verbs that decide a clause's weight, and the level each calls for.
struct modal_verb {
    std::string_view word;
    ast::severity level;
};
constexpr std::array<modal_verb, 4> modal_verbs{{{"ska", ast::severity::error},
                                                 {"skall", ast::severity::error},
                                                 {"måste", ast::severity::error},
                                                 {"bör", ast::severity::warning}}};

// What each level is called in a message, with the word the pack uses.
std::string level_words(ast::severity level) {
    static constexpr std::array<std::string_view, 3> words{"fel (error)", "varning (warning)",
                                                           "information (info)"};
    return std::string(words[static_cast<std::size_t>(level)]);
}

std::vector<std::string> lint_words(std::string_view text) {
    std::vector<std::string> out;
    std::string current;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80) {
            current += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : ch;
        } else if (!current.empty()) {
            out.push_back(std::move(current));
            current.clear();
        }
    }
    if (!current.empty())
        out.push_back(std::move(current));
    return out;
}

// True if an interpolated expression reads `variable` (b, b.name, count(b.plans), …).
struct mentions {
    const std::string& variable;

    bool operator()(const ast::expression& e) const {
        if (boost::apply_visitor(*this, e.first.get()))
            return true;
        return std::any_of(e.rest.begin(), e.rest.end(), [&](const ast::operation& o) {
            return boost::apply_visitor(*this, o.rhs.get());
        });
    }
    bool operator()(const ast::path& p) const { return p.head.name == variable; }
    bool operator()(const x3::forward_ast<ast::call>& c) const {
        return std::any_of(c.get().args.begin(), c.get().args.end(),
                           [&](const ast::expression& a) { return (*this)(a); }) ||
               (c.get().bound && (*this)(c.get().bound->collection));
    }
    bool operator()(const x3::forward_ast<ast::expression>& e) const { return (*this)(e.get()); }
    bool operator()(const x3::forward_ast<ast::unary>& u) const {
        return boost::apply_visitor(*this, u.get().rhs.get());
    }
    template <typename Other>
    bool operator()(const Other&) const {
        return false;
    }
};

bool message_names(const ast::message_template& message, const std::string& variable) {
    return std::any_of(message.parts.begin(), message.parts.end(), [&](const auto& part) {
        const auto* e = boost::get<ast::expression>(&part.get());
        return e && mentions{variable}(*e);
    });
}

class linter {
public:
    linter(const parser::parsed_pack& parsed, const std::vector<const policy_text*>& texts,
           const std::set<std::string>& tested, std::string searched, diagnostics& out)
        : parsed_(parsed), texts_(texts), tested_(tested), searched_(std::move(searched)),
          out_(out) {}

    void run() {
        for (const auto& item : parsed_.pack.items) {
            if (const auto* r = boost::get<ast::rule>(&item.get()))
                lint_rule(*r);
            else if (const auto* c = boost::get<ast::criterion>(&item.get()))
                lint_sentence(c->rule_id, c->cite);
        }
    }

private:
    void remark(const x3::position_tagged& at, std::string message) {
        const auto where = parsed_.where(at);
        out_.push_back({diagnostic_severity::warning, parsed_.file, where.line, where.column, "",
                        std::move(message), ""});
    }

    void lint_rule(const ast::rule& r) {
        if (!r.note || r.note->empty())
            remark(r, fmt::format("regeln {} saknar tolkning (note): skriv hur regeln läser "
                                  "policyn, så att den som får ett fynd ser hur det bedömts",
                                  r.id));
        if (!tested_.count(r.id))
            remark(r, fmt::format("regeln {} prövas inte av något regeltest (sökte i {}); skriv "
                                  "ett test där den håller och ett där den brister",
                                  r.id, searched_));
        lint_modal_verb(r);
        lint_sentence(r.id, r.cite);
        for (const auto& s : r.body)
            lint_statement(r.id, s, "");
    }

    void lint_statement(const std::string& rule, const ast::statement& s,
                        const std::string& subject) {
        if (const auto* f = boost::get<x3::forward_ast<ast::for_statement>>(&s.get())) {
            for (const auto& inner : f->get().body)
                lint_statement(rule, inner, f->get().variable.name);
        } else if (const auto* req = boost::get<ast::require_statement>(&s.get())) {
            if (!subject.empty() && !message_names(req->message, subject))
                remark(req->message,
                       fmt::format("meddelandet i regeln {} nämner inte vad fyndet gäller: "
                                   "ta med slingvariabeln {} (t.ex. dess namn eller id), så att "
                                   "läsaren ser vilket organ, vilken plan eller post som brister",
                                   rule, subject));
        }
    }

    void lint_modal_verb(const ast::rule& r) {
        if (r.cite.clause.empty())
            return;
        std::set<ast::severity> called_for;
        std::string said;
        for (const auto& w : lint_words(r.cite.clause))
            for (const auto& m : modal_verbs)
                if (w == m.word) {
                    called_for.insert(m.level);
                    if (said.empty())
                        said = w;
                }
        // A clause with both kinds of verb weighs its parts differently; the
        // note must explain the choice, lint cannot.
        if (called_for.size() != 1 || *called_for.begin() == r.level)
            return;
        remark(r.cite,
               fmt::format("regeln {} har nivån {}, men den citerade meningen säger "
                           "”{}”, som kräver nivån {}",
                           r.id, level_words(r.level), said, level_words(*called_for.begin())));
    }

    void lint_sentence(const std::string& rule, const ast::citation& cite) {
        if (cite.clause.empty() || cite.per_municipality || texts_.empty())
            return;
        const std::string clause = normalize_text(cite.clause);
        std::string containing;
        for (const auto* t : texts_) {
            const auto sentences = split_sentences(t->text);
            for (std::size_t i = 0; i < sentences.size(); ++i) {
                std::string run;
                for (std::size_t j = i; j < sentences.size() && run.size() < clause.size(); ++j) {
                    run += (run.empty() ? "" : " ") + sentences[j];
                    if (run == clause)
                        return; // whole sentences
                }
                if (containing.empty() && sentences[i].find(clause) != std::string::npos)
                    containing = sentences[i];
            }
        }
        if (containing.empty())
            return; // not in the text at all: the citation check reports that
        remark(cite, fmt::format("citatet i regeln {} är en del av en mening; citera hela "
                                 "meningen: ”{}”",
                                 rule, containing));
    }

    const parser::parsed_pack& parsed_;
    const std::vector<const policy_text*>& texts_;
    const std::set<std::string>& tested_;
    std::string searched_;
    diagnostics& out_;
};

// Every rule id an expected.json under `folder` lists in "rules".
void collect_tested(const fs::path& folder, std::set<std::string>& tested, diagnostics& errors) {
    std::error_code ec;
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(folder, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->path().filename() == "expected.json")
            files.push_back(it->path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
        try {
            const auto expected = nlohmann::json::parse(read_file_text(f));
            for (const auto& id : expected.at("rules"))
                tested.insert(id.get<std::string>());
        } catch (const std::exception&) {
            errors.push_back({diagnostic_severity::error, f.string(), 0, 0, "/rules",
                              "regeltestet går inte att läsa: förväntade JSON med en lista "
                              "\"rules\" av regel-id",
                              ""});
        }
    }
}

} // namespace

std::vector<std::string> rule_test_folders(const std::string& pack_file, const std::string& id) {
    const fs::path dir = fs::path(pack_file).parent_path();
    std::error_code ec;
    // rules/tests/<id> in a flat folder of packs, else the pack folder's tests/.
    for (const fs::path& candidate : {dir / "tests" / id, dir / "tests"})
        if (fs::is_directory(candidate, ec))
            return {candidate.lexically_normal().string()};
    return {};
}

lint_result lint_packs(const pack_set& packs, const std::vector<policy_text>& texts) {
    lint_result result;
    for (const auto& id : packs.top_level) {
        const compiled_pack* pack = packs.find(id);
        if (!pack)
            continue;
        ++result.packs;
        auto parsed = parser::parse_rule_pack(pack->info.file, read_file_text(pack->info.file));
        if (!parsed.value) {
            result.errors.insert(result.errors.end(), parsed.errors.begin(), parsed.errors.end());
            continue;
        }
        std::set<std::string> tested;
        std::string searched;
        for (const auto& folder : rule_test_folders(pack->info.file, id)) {
            collect_tested(folder, tested, result.errors);
            searched += (searched.empty() ? "" : ", ") + folder;
        }
        if (searched.empty())
            searched = fmt::format("{}/tests", fs::path(pack->info.file).parent_path().string());
        // Sentences are judged against the municipality's own policy text; a
        // pack for every municipality cites a specification, not prose.
        std::vector<const policy_text*> own;
        for (const auto& t : texts)
            if (std::find(pack->info.codes.begin(), pack->info.codes.end(), t.municipality_code) !=
                pack->info.codes.end())
                own.push_back(&t);
        linter(*parsed.value, own, tested, searched, result.remarks).run();
    }
    std::stable_sort(
        result.remarks.begin(), result.remarks.end(), [](const diagnostic& a, const diagnostic& b) {
            return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
        });
    return result;
}

} // namespace granska::checker
