// granska new municipality KOMMUNKOD NAMN [--rules DIR]: writes the files
// checker/new_municipality.cpp plans, none over an existing one, and prints
// the checklist of what the rule author does next.
#include "checker/base/output.hpp"
#include "checker/check/new_municipality.hpp"
#include "checker/cli/cli_commands.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <iostream>

namespace fs = std::filesystem;

namespace granska::checker {

namespace {

// Writes every file or, on the first failure, removes what it wrote.
std::string write_all(const std::vector<scaffold_file>& files) {
    std::vector<fs::path> created; // files and the folders made for them, in order
    auto undo = [&] {
        std::error_code ec;
        for (auto it = created.rbegin(); it != created.rend(); ++it)
            fs::remove(*it, ec);
    };
    for (const auto& f : files) {
        const fs::path path(f.path);
        std::vector<fs::path> missing;
        for (fs::path dir = path.parent_path(); !dir.empty() && !fs::exists(dir);
             dir = dir.parent_path())
            missing.push_back(dir);
        std::error_code ec;
        for (auto it = missing.rbegin(); it != missing.rend(); ++it) {
            if (!fs::create_directory(*it, ec) && ec) {
                undo();
                return fmt::format("{}: mappen kan inte skapas: {}", it->string(), ec.message());
            }
            created.push_back(*it);
        }
        atomic_file out;
        std::string error = out.open(f.path);
        if (error.empty()) {
            out.write(f.content);
            error = out.commit();
        }
        if (!error.empty()) {
            undo();
            return error;
        }
        created.push_back(path);
    }
    return {};
}

} // namespace

int run_new_municipality_command(const std::string& code, const std::string& name,
                                 const std::string& rules_dir) {
    const scaffold s = plan_new_municipality(code, name, rules_dir);
    if (!s.error.empty()) {
        std::cerr << "granska: fel: " << s.error << "; inget skrevs\n";
        return 2;
    }
    if (const std::string error = write_all(s.files); !error.empty()) {
        std::cerr << "granska: fel: " << error << "; inget skrevs\n";
        return 2;
    }
    const std::string rule_lower = pack_id_for(s.rule_id);
    std::cout << fmt::format(
        "Regelpaketet {id} för {name} ({code}) är skapat:\n"
        "  {pack}: regelpaketet, med exempelregeln {rule}\n"
        "  {policy}: exempeltext som regelns citat pekar på\n"
        "  {tests}: två regeltester, {lower}-holds (regeln håller) och {lower}-fails "
        "(regeln brister)\n"
        "\n"
        "Nästa steg:\n"
        "  1. Ersätt {policy} med policyns fullständiga text, ordagrant.\n"
        "  2. Skriv en regel för varje skyldighet i policyn: citatet ordagrant (en hel mening), "
        "nivån efter verbet (ska, skall och måste ger error, bör ger warning), en tolkning "
        "(note) och ett meddelande som namnger det som brister. Ta bort exempelregeln {rule} "
        "när den inte längre behövs.\n"
        "  3. Ange skyldigheter som inte går att pröva med not_checkable och skälet.\n"
        "  4. Ge varje regel ett test där den håller och ett där den brister, i {tests}.\n"
        "  5. Kör testerna: granska test {tests} --rules {rules}\n"
        "  6. Formatera paketet: granska fmt {pack}\n"
        "  7. Granska paketet: granska lint --rules {pack}\n"
        "  8. Spåra policyns skyldigheter mot reglerna med granska trace när ett fall med "
        "kommunens underlag finns.\n",
        fmt::arg("id", s.pack_id), fmt::arg("name", name), fmt::arg("code", code),
        fmt::arg("pack", s.pack_file), fmt::arg("rule", s.rule_id),
        fmt::arg("policy", s.policy_file), fmt::arg("tests", s.tests_dir),
        fmt::arg("lower", rule_lower),
        fmt::arg("rules", fs::path(rules_dir).lexically_normal().string()));
    return 0;
}

} // namespace granska::checker
