// A hand-built run_report for the CI format tests: every state (new, known,
// waived), every severity, a case-wide finding without a line, a file given
// as an absolute path, a case that did not load, an input error and an
// expired waiver, with text that needs escaping in every format.
#pragma once

#include "checker/runtime/finding.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace granska::testing {

inline constexpr const char* sample_working_dir = "/repo";

inline checker::run_report sample_report() {
    using namespace granska::checker;
    run_report r;
    r.tool_version = "0.1.0";
    r.as_of = "2026-11-22";
    r.command_line = {"granska",         "check",    "policies/herrljunga",
                      "policies/trasig", "--format", "sarif"};
    r.packs = {{"common", "Gemensamma krav", "rules/common.rules", std::string(64, 'a'), true, {}},
               {"herrljunga",
                "Herrljunga",
                "rules/herrljunga.rules",
                std::string(64, 'b'),
                false,
                {"1466"}}};
    const citation her01{
        "Integrationspolicy för Herrljunga kommun", "Integrationspolitikens mål",
        "Varje nämnd ska för sin verksamhet ta fram 1-2 mål utifrån inriktningsmålet"};
    const citation her02_cite{
        "Integrationspolicy för Herrljunga kommun", "Integrationspolitikens mål",
        "utifrån inriktningsmålet Herrljunga kommun har en tydlig VI-känsla!"};
    const citation com01_cite{"Integrationspolicy för Herrljunga kommun", "Sidhuvud",
                              "Diarienummer: KS-2016-284"};
    const citation com04{"Integrationspolicy för Herrljunga kommun", "Uppföljning",
                         "Åtgärderna följs upp årligen"};
    r.rules = {
        {"COM-01", "Styrdokumentet anger beslut, datum, diarienummer och ägare", severity::warning,
         com01_cite, "", false, "", "common", "rules/common.rules", 3},
        {"COM-04", "Tidsatta åtgärder görs i tid", severity::error, com04,
         "Status done eller cancelled räknas som klar", false, "", "common", "rules/common.rules",
         40},
        {"HER-01", "Varje nämnd tar fram 1–2 mål", severity::error, her01,
         "Mål räknas över nämndens planer som gäller per referensdatum", false, "", "herrljunga",
         "rules/herrljunga.rules", 5},
        {"HER-02", "Målen utgår från inriktningsmålet", severity::warning, her02_cite, "", false,
         "", "herrljunga", "rules/herrljunga.rules", 20},
    };

    case_report c;
    c.path = "policies/herrljunga";
    c.municipality_name = "Herrljunga kommun";
    c.municipality_code = "1466";
    c.policy_title = "Integrationspolicy";
    c.policy_id = "her-integration";
    c.packs = {"common", "herrljunga"};
    c.bodies = {{"kommunstyrelsen", "Kommunstyrelsen", "nämnd"},
                {"socialnamnden", "Socialnämnden", "nämnd"}};

    finding her01_social;
    her01_social.rule = "HER-01";
    her01_social.level = severity::error;
    her01_social.title = "Varje nämnd tar fram 1–2 mål";
    her01_social.about = {
        "body", "socialnamnden", "policies/herrljunga/organisation.json", "/bodies/1", 14, ""};
    her01_social.message = "Socialnämnden har 3 mål; policyn kräver 1–2.";
    her01_social.cite = her01;
    her01_social.note = "Mål räknas över nämndens planer som gäller per referensdatum";
    her01_social.evidence = {{"mål", "3"}, {"krav", "1–2"}};
    her01_social.fingerprint = "0123456789abcdef0123456789abcdef";

    finding her01_ks = her01_social;
    her01_ks.about = {
        "body", "kommunstyrelsen", "policies/herrljunga/organisation.json", "/bodies/0", 8, ""};
    her01_ks.message = "Kommunstyrelsen har 0 mål; policyn kräver 1–2.";
    her01_ks.evidence = {{"mål", "0"}, {"krav", "1–2"}};
    her01_ks.fingerprint = "11111111111111111111111111111111";
    her01_ks.state = finding_state::waived;
    her01_ks.waiver = {"Kommunstyrelsen samordnar; målen finns i nämndernas planer",
                       "KS 2026-03-12 § 45", "2027-06-30"};

    finding her02 = her01_social;
    her02.rule = "HER-02";
    her02.level = severity::warning;
    her02.title = "Målen utgår från inriktningsmålet";
    // An absolute path inside the working directory, and text that every format must escape.
    her02.about = {"goal",     "soc-mal-2", "/repo/policies/herrljunga/plans/social nämnd.json",
                   "/goals/1", 21,          ""};
    her02.message =
        "Målet \"Fler i arbete | 100% <snart>\" saknar derived_from, t.ex. a: b, c.\nSe planen.";
    her02.cite = her02_cite;
    her02.note = "";
    her02.evidence = {{"derived_from", "(saknas)"}};
    her02.fingerprint = "22222222222222222222222222222222";
    her02.state = finding_state::known;

    finding com01;
    com01.rule = "COM-01";
    com01.level = severity::info;
    com01.title = "Styrdokumentet anger beslut, datum, diarienummer och ägare";
    com01.about = {"policy", "her-integration", "policies/herrljunga/policy.json", "", 0, ""};
    com01.message = "Policyn saknar ägare (owner).";
    com01.cite = com01_cite;
    com01.evidence = {{"owner", "(saknas)"}};
    com01.fingerprint = "33333333333333333333333333333333";

    c.findings = {com01, her01_ks, her01_social, her02};
    r.cases.push_back(c);

    case_report broken;
    broken.path = "policies/trasig";
    broken.municipality_name = "";
    broken.municipality_code = "";
    broken.loaded = false;
    r.cases.push_back(broken);

    r.errors.push_back({diagnostic_severity::error, "policies/trasig/policy.json", 3, 17,
                        "/adopted_on",
                        "\"adopted_on\" ska vara ett datum ÅÅÅÅ-MM-DD, fick \"2026-02-30\"",
                        "  \"adopted_on\": \"2026-02-30\","});
    r.inputs = {{"policies/herrljunga/organisation.json", std::string(64, 'c')},
                {"policies/herrljunga/policy.json", std::string(64, 'd')}};
    r.waiver_problems.push_back(
        {"expired", "granska-waivers.json", 12,
         "undantaget för HER-01 / ekonominamnden gällde t.o.m. 2026-06-30 och gäller inte "
         "längre per 2026-11-22; förnya beslutet eller ta bort undantaget"});
    return r;
}

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline void write_text(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

// A fresh folder under the system's temporary folder, one per test binary
// run; the whole tree is removed when the test binary exits.
inline std::filesystem::path scratch_dir(const std::string& name) {
    struct root_holder {
        std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("granska-ci-test-" + std::to_string(::getpid()));
        ~root_holder() {
            std::error_code ignored;
            std::filesystem::remove_all(path, ignored);
        }
    };
    static const root_holder root;
    const auto dir = root.path / name;
    std::filesystem::create_directories(dir);
    return dir;
}

// Runs a shell command, returns its exit status and (stdout+stderr) output.
inline int run_command(const std::string& command, std::string& output) {
    const auto log = scratch_dir("logs") / ("cmd-" + std::to_string(std::rand()) + ".log");
    const int status = std::system((command + " >'" + log.string() + "' 2>&1").c_str());
    output = read_text(log.string());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

inline bool have_program(const std::string& name) {
    std::string ignored;
    return run_command("command -v " + name, ignored) == 0;
}

} // namespace granska::testing
