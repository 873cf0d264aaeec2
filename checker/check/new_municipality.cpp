#include "checker/check/new_municipality.hpp"

#include "checker/base/file_text.hpp"
#include "checker/check/municipality_codes.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <regex>
#include <set>

namespace fs = std::filesystem;

namespace granska::checker {

namespace {

// Swedish and other Latin letters a name may carry, as the ASCII a pack id
// is written in (pack ids are [a-z0-9_-]).
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> transliterations{{
    {"å", "a"},
    {"ä", "a"},
    {"ö", "o"},
    {"Å", "a"},
    {"Ä", "a"},
    {"Ö", "o"},
    {"é", "e"},
    {"É", "e"},
    {"ü", "u"},
}};

// A string literal of the rule language.
std::string rule_string(std::string_view s) {
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + "\"";
}

// How the rules folder lays out its packs. Main's bundled layout decides:
// a folder of self-contained packs (rules/<id>/<id>.rules beside its
// policy.txt and tests/) unless the folder keeps its packs flat
// (rules/<id>.rules, the text in ../policies/<id>/, tests in rules/tests/<id>/).
// Either way policy.json (the policy's header, with the municipality code)
// lies beside policy.txt: what attributes a text to its municipality.
struct layout {
    fs::path pack_file, policy_dir, tests_dir;
};

layout layout_for(const fs::path& rules, const std::string& id) {
    std::error_code ec;
    if (fs::is_regular_file(rules / "common.rules", ec))
        return {rules / (id + ".rules"), rules.parent_path() / "policies" / id,
                rules / "tests" / id};
    return {rules / id / (id + ".rules"), rules / id, rules / id / "tests"};
}

// Every .rules file under the rules folder (not its tests).
std::vector<fs::path> existing_packs(const fs::path& rules) {
    std::vector<fs::path> out;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(rules, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->path().extension() == ".rules")
            out.push_back(it->path());
    std::sort(out.begin(), out.end());
    return out;
}

// A rule id prefix of three capitals from the name that no pack uses yet.
std::string free_prefix(const std::string& id, const std::set<std::string>& taken) {
    std::string letters;
    for (const char c : id)
        if (c >= 'a' && c <= 'z')
            letters += static_cast<char>(c - 'a' + 'A');
    for (std::size_t j = 1; j < letters.size(); ++j)
        for (std::size_t k = j + 1; k < letters.size(); ++k) {
            const std::string p{letters[0], letters[j], letters[k]};
            if (!taken.count(p))
                return p;
        }
    return {};
}

// `text` with each {key} of `values` replaced; other braces (a message's
// {b.name}) stay as they are.
std::string fill(std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
    for (const auto& [key, value] : values) {
        const std::string placeholder = "{" + key + "}";
        for (std::size_t at = 0; (at = text.find(placeholder, at)) != std::string::npos;
             at += value.size())
            text.replace(at, placeholder.size(), value);
    }
    return text;
}

std::string json_file(const nlohmann::ordered_json& j) {
    return j.dump(2, ' ', false) + "\n";
}

nlohmann::ordered_json municipality_json(const std::string& code, const std::string& name) {
    return {{"name", name}, {"code", code}};
}

nlohmann::ordered_json policy_json(const std::string& code, const std::string& name,
                                   const std::string& id, const std::string& title) {
    return {{"format", "granska/1"},
            {"kind", "policy"},
            {"municipality", municipality_json(code, name)},
            {"id", id + "-policy"},
            {"title", title}};
}

nlohmann::ordered_json body(const char* id, const char* name, const char* kind) {
    return {{"id", id}, {"name", name}, {"kind", kind}};
}

nlohmann::ordered_json plan_json(const std::string& code, const std::string& name, const char* id,
                                 const char* body_id, bool with_goal) {
    nlohmann::ordered_json plan{{"format", "granska/1"},
                                {"kind", "plan"},
                                {"municipality", municipality_json(code, name)},
                                {"id", id},
                                {"body", body_id},
                                {"document_type", "verksamhetsplan"},
                                {"period", {{"from", "2026-01-01"}, {"to", "2026-12-31"}}},
                                {"goals", nlohmann::ordered_json::array()}};
    if (with_goal)
        plan["goals"].push_back({{"id", std::string(id) + "-mal-1"},
                                 {"text", "Fler nyanlända i arbete eller studier"}});
    return plan;
}

} // namespace

std::string pack_id_for(const std::string& name) {
    std::string ascii = name;
    for (const auto& [from, to] : transliterations)
        for (std::size_t at; (at = ascii.find(from)) != std::string::npos;)
            ascii.replace(at, from.size(), to);
    std::string id;
    for (const char c : ascii) {
        const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9'))
            id += lower;
        else if (!id.empty() && id.back() != '-')
            id += '-';
    }
    while (!id.empty() && id.back() == '-')
        id.pop_back();
    return id;
}

scaffold plan_new_municipality(const std::string& code, const std::string& name,
                               const std::string& rules_dir) {
    scaffold s;
    const bool four_digits = code.size() == 4 && std::all_of(code.begin(), code.end(), [](char c) {
                                 return c >= '0' && c <= '9';
                             });
    if (!four_digits) {
        s.error = fmt::format("kommunkoden \"{}\" ska vara fyra siffror, t.ex. 1466", code);
        return s;
    }
    const auto scb_name = municipality_name(code);
    if (!scb_name) {
        s.error = fmt::format("{} är inte en av SCB:s kommunkoder", code);
        return s;
    }
    const std::string official(*scb_name);
    if (name != official && name != official + " kommun") {
        s.error = fmt::format("kommunkoden {} är {}, inte \"{}\"; ange namnet som SCB skriver det "
                              "(\"{}\" eller \"{} kommun\")",
                              code, official, name, official, official);
        return s;
    }
    const fs::path rules = fs::path(rules_dir).lexically_normal();
    std::error_code ec;
    if (!fs::is_directory(rules, ec)) {
        s.error = fmt::format("{}: mappen för regelpaketen finns inte", rules.string());
        return s;
    }
    s.pack_id = pack_id_for(official);
    const layout where = layout_for(rules, s.pack_id);
    std::set<std::string> taken;
    bool has_common = false;
    const std::regex rule_prefix(R"(\brule\s+([A-Z]+)-)");
    const std::regex applies(R"(\bapplies\s+to\s+([^\n]*))");
    for (const auto& p : existing_packs(rules)) {
        const std::string text = read_file_text(p);
        for (std::sregex_iterator it(text.begin(), text.end(), rule_prefix), end; it != end; ++it)
            taken.insert((*it)[1]);
        std::smatch m;
        if (std::regex_search(text, m, applies) &&
            m[1].str().find("\"" + code + "\"") != std::string::npos) {
            s.error = fmt::format("kommunkoden {} har redan ett regelpaket: {}", code, p.string());
            return s;
        }
        has_common = has_common || p.filename() == "common.rules";
    }
    for (const auto& existing : {where.pack_file, where.policy_dir, where.tests_dir})
        if (fs::exists(existing, ec)) {
            s.error = fmt::format("{} finns redan och skrivs inte över", existing.string());
            return s;
        }
    const std::string prefix = free_prefix(s.pack_id, taken);
    if (prefix.empty()) {
        s.error = fmt::format("inget ledigt prefix för regel-id av namnet {}", name);
        return s;
    }
    s.rule_id = prefix + "-01";
    s.pack_file = where.pack_file.string();
    s.policy_file = (where.policy_dir / "policy.txt").string();
    s.tests_dir = where.tests_dir.string();

    const std::string title = "Integrationspolicy för " + name;
    const std::string clause =
        "Varje nämnd ska för sin verksamhet ta fram minst ett mål för integrationsarbetet.";
    std::vector<std::pair<std::string, std::string>> values;
    for (auto& [key, value] : std::vector<std::pair<const char*, std::string>>{
             {"name", name},
             {"code", code},
             {"title", title},
             {"id", s.pack_id},
             {"qtitle", rule_string(title)},
             {"include", has_common ? "include common\n" : ""},
             {"rule", s.rule_id},
             {"qclause", rule_string(clause)}})
        values.emplace_back(key, std::move(value));
    std::string pack = fill(
        "// {name} ({code}): {title}.\n"
        "pack {id} {qtitle}\n"
        "document {qtitle}\n"
        "applies to \"{code}\"\n"
        "{include}"
        "\n"
        "rule {rule} \"Varje nämnd har mål för integrationsarbetet\" {\n"
        "  severity error\n"
        "  cite section \"Mål\"\n"
        "       clause {qclause}\n"
        "  note \"Räknar per nämnd målen i nämndens planer som gäller på referensdatumet "
        "(periodens första och sista dag ingår). Kommunstyrelsen är en nämnd enligt kommunallagen "
        "(2017:725) och räknas.\"\n"
        "  for b in bodies where b.is_committee {\n"
        "    let goals = [g for p in b.plans where as_of in p.period for g in p.goals]\n"
        "    require count(goals) >= 1\n"
        "      else \"{b.name} har inget mål i planer som gäller {as_of}; policyn kräver minst "
        "ett.\"\n"
        "  }\n"
        "}\n",
        values);
    s.files.push_back({s.pack_file, std::move(pack)});
    s.files.push_back(
        {s.policy_file,
         fmt::format("{}\n\n"
                     "Exempeltext från granska new municipality: ersätt hela filen med "
                     "policyns fullständiga text, ordagrant, så att reglernas citat kan "
                     "kontrolleras mot den.\n\n"
                     "Mål\n\n{}\n",
                     title, clause)});
    s.files.push_back({(where.policy_dir / "policy.json").string(),
                       json_file(policy_json(code, name, s.pack_id, title))});

    const std::string lower_rule = pack_id_for(s.rule_id);
    struct test_case {
        const char* suffix;
        const char* description;
        bool social_has_goal;
    };
    for (const test_case& t : {test_case{"holds", "Varje nämnd har ett mål: håller", true},
                               test_case{"fails", "Socialnämnden har inget mål: fel", false}}) {
        const fs::path dir = where.tests_dir / (lower_rule + "-" + t.suffix);
        nlohmann::ordered_json expected{{"description", t.description},
                                        {"as_of", "2026-11-22"},
                                        {"rules", {s.rule_id}},
                                        {"findings", nlohmann::ordered_json::array()}};
        if (!t.social_has_goal)
            expected["findings"].push_back(
                {{"rule", s.rule_id}, {"subject", "socialnamnden"}, {"severity", "error"}});
        s.files.push_back({(dir / "expected.json").string(), json_file(expected)});
        s.files.push_back({(dir / "case" / "policy.json").string(),
                           json_file(policy_json(code, name, s.pack_id, title))});
        nlohmann::ordered_json organisation{
            {"format", "granska/1"},
            {"kind", "organisation"},
            {"municipality", municipality_json(code, name)},
            {"bodies",
             {body("kommunfullmaktige", "Kommunfullmäktige", "kommunfullmäktige"),
              body("kommunstyrelsen", "Kommunstyrelsen", "kommunstyrelse"),
              body("socialnamnden", "Socialnämnden", "nämnd")}}};
        s.files.push_back({(dir / "case" / "organisation.json").string(), json_file(organisation)});
        s.files.push_back({(dir / "case" / "plans" / "ks-2026.json").string(),
                           json_file(plan_json(code, name, "ks-2026", "kommunstyrelsen", true))});
        s.files.push_back(
            {(dir / "case" / "plans" / "sn-2026.json").string(),
             json_file(plan_json(code, name, "sn-2026", "socialnamnden", t.social_has_goal))});
    }
    return s;
}

} // namespace granska::checker
