// `granska trace` with the wider obligation detector (catalogue-v2 §6), on
// the real binary: every obligation form is seen in a policy text, and the
// five bundled policies are covered or truly explained, sentence by sentence.
#include "e2e/run_binary.hpp"
#include "tests/support/golden.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>

using granska::e2e::run_granska;
using json = nlohmann::json;

namespace {

// A scratch case holding only a policy and its text, for trace to read:
// the folder (root/provkommun) and the root to remove afterwards.
struct policy_case {
    std::string root;
    std::string dir;
};

policy_case write_policy_case(const std::string& policy_text) {
    const std::string root = granska::e2e::temp_dir();
    const std::string dir = root + "/provkommun";
    std::filesystem::create_directories(dir);
    std::ofstream(dir + "/policy.json") << R"({"format": "granska/1", "kind": "policy",
 "municipality": {"name": "Provkommun", "code": "9999"}, "id": "p", "title": "Prov"})";
    std::ofstream(dir + "/policy.txt") << policy_text;
    return {root, dir};
}

} // namespace

TEST_CASE("trace sees every obligation form and reports each sentence it cannot place",
          "[e2e][trace]") {
    const auto [root, dir] = write_policy_case(
        "Prov\n\nInledning\n\nNämnden måste rapportera. Bolaget får inte avstå. Nämnderna är "
        "skyldiga att "
        "svara. Det åligger styrelsen att följa upp. Förvaltningen har ansvar att planera. "
        "Styrelsen har "
        "samordningsansvaret för arbetet. Uppföljning sker årligen. Effekten följs upp. Policyn "
        "fastställs av fullmäktige. Resultatet redovisas i styrelsen. Det är samhällets ansvar "
        "att "
        "medverka. Uppföljningen av planen.\n\nHandlingsplan\n\n- Organisera mottagandet. Klart "
        "2014.\n"
        "- Bättre samverkan.\n");
    const auto r = run_granska({"trace", dir, "--format", "json"});
    CHECK(r.status == 1); // nothing covers Provkommun's sentences
    const auto j = json::parse(r.out);
    std::map<std::string, std::string> form_of;
    for (const auto& o : j["obligations"]) {
        form_of[o["sentence"]] = o["form"];
        CHECK(o["status"] == "uncovered");
    }
    const std::map<std::string, std::string> expected{
        {"Nämnden måste rapportera.", "måste"},
        {"Bolaget får inte avstå.", "får inte"},
        {"Nämnderna är skyldiga att svara.", "är skyldig(a) att"},
        {"Det åligger styrelsen att följa upp.", "åligger"},
        {"Förvaltningen har ansvar att planera.", "har ansvar att/för"},
        {"Styrelsen har samordningsansvaret för arbetet.", "har (samordnings)ansvaret"},
        {"Uppföljning sker årligen.", "sker"},
        {"Effekten följs upp.", "följs upp"},
        {"Policyn fastställs av fullmäktige.", "fastställs av"},
        {"Resultatet redovisas i styrelsen.", "redovisas"},
        {"Organisera mottagandet.", "imperativ punkt i handlingsplan"},
    };
    CHECK(form_of == expected);
    CHECK(j["uncovered"] == expected.size());
    std::filesystem::remove_all(root);
}

TEST_CASE("the five bundled policies: every obligation covered or truly explained",
          "[e2e][trace]") {
    std::set<std::string> forms;
    for (const char* m : {"astorp", "dals-ed", "herrljunga", "tranemo", "varnamo"}) {
        const auto r = run_granska({"trace", std::string("policies/") + m, "--format", "json"});
        INFO(m << "\n" << r.out << r.err);
        CHECK(r.status == 0);
        const auto j = json::parse(r.out);
        CHECK(j["uncovered"] == 0);
        for (const auto& o : j["obligations"])
            forms.insert(o["form"].get<std::string>());
        const auto text = run_granska({"trace", std::string("policies/") + m});
        CHECK(text.out.find(", 0 ej täckta\n") != std::string::npos);
    }
    // The wider detector found sentences in the bundled texts with these forms too.
    for (const char* form : {"måste", "sker", "följs upp", "fastställs av", "har ansvar att/för",
                             "har (samordnings)ansvaret", "sammanfattas och redovisas",
                             "imperativ punkt i handlingsplan"})
        CHECK(forms.count(form) == 1);
}

TEST_CASE("the untrue not_checkable reasons are gone", "[e2e][trace]") {
    const auto r = run_granska({"trace", "policies/astorp", "--format", "json"});
    const auto j = json::parse(r.out);
    bool seen = false;
    for (const auto& o : j["obligations"])
        if (o["sentence"] == "Alla barns bästa ska beaktas vid alla beslut som fattas.") {
            seen = true;
            CHECK(o["reason"].get<std::string>().find("svensk lag sedan 2020") !=
                  std::string::npos);
            CHECK(o["reason"].get<std::string>().find("lag (2018:1197)") != std::string::npos);
        }
    CHECK(seen);
    const auto d = json::parse(run_granska({"trace", "policies/dals-ed", "--format", "json"}).out);
    std::map<std::string, std::vector<std::string>> rules_of;
    for (const auto& o : d["obligations"])
        rules_of[o["sentence"]] = o["rules"].get<std::vector<std::string>>();
    CHECK(rules_of["Kommunen ansvarar för att alla nyanlända erbjuds undervisning i svenska."] ==
          std::vector<std::string>{"DAL-08"});
    CHECK(rules_of["Kommunen ansvarar för att alla nyanlända får information om hur det svenska "
                   "samhället "
                   "fungerar."] == std::vector<std::string>{"DAL-09"});
    CHECK(rules_of["De integrationspolitiska målen ska genomsyra de kommunala förvaltningarna och "
                   "bolagen."] == std::vector<std::string>{"DAL-07"});
}

// The HTML matrix escapes every data string with the one HTML escaper
// (checker/base/escape.hpp: & < > " and ') and redacts identity numbers; the
// whole page is a golden file, the scratch folder's path cut from it.
TEST_CASE("trace html escapes and redacts the policy's sentences", "[e2e][trace]") {
    const auto [root, dir] = write_policy_case(
        "Prov\n\nInledning\n\nNämnden måste svara <b>Alla</b> & \"ingen\" 'annan'. "
        "Kontaktperson 19121212-1212 ska följa upp.\n");
    const auto r = run_granska({"trace", dir, "--format", "html"});
    CHECK(r.status == 1);
    std::string page = r.out;
    for (auto at = page.find(root); at != std::string::npos; at = page.find(root))
        page.replace(at, root.size(), "TMP");
    CHECK(page.find("'") == std::string::npos);
    CHECK(page.find("&#39;annan&#39;") != std::string::npos);
    CHECK(page.find("19121212-1212") == std::string::npos);
    granska::testing::check_golden("e2e/trace-hostile.html", page);
    std::filesystem::remove_all(root);
}
