#include "checker/cli/subcommands.hpp"

#include "checker/base/paths.hpp"
#include "checker/cli/cli_swedish.hpp"
#include "checker/report/reporters.hpp"
#include "checker/results/verify.hpp"

#include <array>
#include <filesystem>
#include <iostream>
#include <map>

namespace granska::checker {

namespace {

// Every path the same whichever way it was written (checker/base/paths.hpp),
// normalised as it is parsed.
std::string normalized(std::string path) {
    return normalized_path(path);
}

// A required positional argument naming files or folders (one, or a list).
template <typename Paths>
void add_path_argument(CLI::App& cmd, const std::string& name, Paths& paths,
                       const std::string& description) {
    cmd.add_option(name, paths, description)->required()->type_name("")->transform(normalized);
}

// --format, one of `names`.
void add_format_option(CLI::App& cmd, std::string& format, const std::string& description,
                       std::vector<std::string> names) {
    cmd.add_option("--format", format, description)
        ->type_name("FORMAT")
        ->check(one_of(std::move(names)));
}

// An option that may be repeated, one value each time: `--rules a --rules b`.
// CLI11 lets a vector option take every following argument by default, so
// `--rules rules policies/x` would swallow the case; never here.
CLI::Option* add_repeatable(CLI::App& cmd, const std::string& name,
                            std::vector<std::string>& values, const std::string& description,
                            const std::string& value_name) {
    return cmd.add_option(name, values, description)
        ->allow_extra_args(false)
        ->type_name(value_name)
        ->transform(normalized);
}

// The options every subcommand that loads the packs takes.
void add_common(CLI::App& cmd, common_options& common) {
    add_repeatable(cmd, "--rules", common.rules,
                   "regelpaket (fil eller mapp); upprepa flaggan för fler", "SÖKVÄG");
    cmd.add_option("--policies", common.policies,
                   "mapp med policytexter för citatkontrollen (standard: policies/ bredvid "
                   "regelpaketens mapp)")
        ->type_name("MAPP")
        ->transform(normalized);
    cmd.add_flag("--no-citation-check", common.no_citation_check,
                 "utkast: jämför inte citaten med policytexterna (varje rapport säger det)");
    cmd.add_flag("-v,--verbose", common.verbose, "berätta vad som händer (stderr)");
    cmd.add_flag("-q,--quiet", common.quiet, "bara fel på stderr");
}

// The cases and how they are read, for check and baseline write.
void add_case_options(CLI::App& cmd, check_options& check) {
    add_path_argument(cmd, "FALL", check.cases, "fall: mappar med *.json eller enskilda filer");
    cmd.add_option("--as-of", check.as_of, "referensdatum ÅÅÅÅ-MM-DD (standard: i dag)")
        ->type_name("DATUM");
    cmd.add_option("-j,--jobs", check.jobs,
                   "antal fall som kontrolleras samtidigt (standard: antal kärnor)")
        ->type_name("ANTAL");
    cmd.add_option("--max-file-size", check.max_file_size,
                   "största indatafil i byte (standard 256 MiB)")
        ->type_name("BYTE");
    cmd.add_option("--waivers", check.waivers, "fil med undantag (granska-waivers/1)")
        ->type_name("FIL")
        ->transform(normalized);
    cmd.add_flag("--common-only", check.common_only,
                 "pröva fall vars kommunkod inget regelpaket gäller mot bara de gemensamma "
                 "kraven (rapporten säger det); utan flaggan är sådana fall indatafel");
}

void set_up_check(CLI::App& cmd, cli_state& s) {
    add_common(cmd, s.common);
    add_case_options(cmd, s.check);
    cmd.add_option("--baseline", s.check.baseline,
                   "baslinje: fynd i den räknas som kända, inte nya")
        ->type_name("FIL")
        ->transform(normalized);
    cmd.add_flag("--audit", s.check.audit,
                 "revision: bortse från baslinje och undantag, rapportera allt");
    add_format_option(cmd, s.check.format, "utdataformat", reporter_names());
    cmd.add_option("--compare", s.check.compare,
                   "jämför med ett tidigare JSON-resultat (ny/oförändrad/åtgärdad)")
        ->type_name("FIL")
        ->transform(normalized);
    cmd.add_option("--output", s.check.output, "skriv till fil (atomiskt) i stället för stdout")
        ->type_name("FIL");
    cmd.add_option("--fail-on", s.check.fail_on, "lägsta nivå som ger status 1")
        ->type_name("NIVÅ")
        ->check(one_of({"error", "warning", "info", "never"}));
}

void set_up_baseline_write(CLI::App& cmd, cli_state& s) {
    add_common(cmd, s.common);
    cmd.add_option("FIL", s.baseline.write_baseline, "baslinjefilen som skrivs")
        ->required()
        ->type_name("");
    add_case_options(cmd, s.baseline);
}

void set_up_rules(CLI::App& cmd, cli_state& s) {
    add_common(cmd, s.common);
}

void set_up_explain(CLI::App& cmd, cli_state& s) {
    add_common(cmd, s.common);
    cmd.add_option("REGEL", s.explain.rule, "regelns id, t.ex. HER-01")->required()->type_name("");
    cmd.add_option("--case", s.explain.case_path, "visa varje prövning av regeln på detta fall")
        ->type_name("FALL")
        ->transform(normalized);
    cmd.add_option("--as-of", s.explain.as_of, "referensdatum ÅÅÅÅ-MM-DD (standard: i dag)")
        ->type_name("DATUM");
}

void set_up_test(CLI::App& cmd, cli_state& s) {
    add_common(cmd, s.common);
    cmd.add_option("TESTMAPP", s.tests.paths,
                   "testmappar (standard: varje pakets tests/ under rules/)")
        ->type_name("")
        ->transform(normalized);
    cmd.add_flag("--coverage", s.tests.coverage, "visa täckning per regelpaket, regel och villkor");
    cmd.add_option("--coverage-min", s.tests.coverage_min,
                   "lägsta andel regler (%) testade åt båda hållen, i varje testat regelpaket")
        ->type_name("PROCENT");
}

void set_up_merge(CLI::App& cmd, cli_state& s) {
    add_path_argument(cmd, "RESULTAT", s.merge.files, "JSON-resultat (--format json)");
    add_format_option(cmd, s.merge.format, "utdataformat (standard json)", reporter_names());
    cmd.add_option("--output", s.merge.output, "skriv till fil (atomiskt)")->type_name("FIL");
}

void set_up_trace(CLI::App& cmd, cli_state& s) {
    add_common(cmd, s.common);
    add_path_argument(
        cmd, "POLICYMAPP", s.trace.dir,
        "ett fall med policy.json, t.ex. policies/herrljunga, eller en mapp med policy.txt");
    add_format_option(cmd, s.trace.format, "text, json eller html", trace_format_names());
    cmd.add_option("--output", s.trace.output, "skriv till fil (atomiskt)")->type_name("FIL");
}

void set_up_verify(CLI::App& cmd, cli_state& s) {
    add_path_argument(cmd, "RESULTAT", s.verify_file,
                      "JSON-resultat från granska check eller merge (--format json)");
}

void set_up_lint(CLI::App& cmd, cli_state& s) {
    add_common(cmd, s.common);
}

void set_up_fmt(CLI::App& cmd, cli_state& s) {
    add_path_argument(cmd, "FIL", s.fmt.files, "regelpaket (*.rules) eller mappar med sådana");
    cmd.add_flag("--check", s.fmt.check_only,
                 "skriv inget; lista paketen som behöver formateras (status 1 om något)");
}

void set_up_new_municipality(CLI::App& cmd, cli_state& s) {
    cmd.add_option("KOMMUNKOD", s.new_municipality.code, "SCB:s kommunkod, fyra siffror")
        ->required()
        ->type_name("");
    cmd.add_option("NAMN", s.new_municipality.name, "kommunens namn som SCB skriver det")
        ->required()
        ->type_name("");
    cmd.add_option("--rules", s.new_municipality.rules, "mappen med regelpaketen (standard: rules)")
        ->type_name("MAPP")
        ->transform(normalized);
}

int run_verify(const cli_state& s) {
    return verify_result(s.verify_file, std::filesystem::read_symlink("/proc/self/exe").string(),
                         std::cout, std::cerr);
}

constexpr std::array<subcommand, 13> table{{
    {"check", "kontrollera fall (kommuner) mot regelpaketen", set_up_check,
     [](const cli_state& s) { return run_check_command(s.common, s.check, s.argv); }},
    {"baseline write", "spara dagens fynd som baslinje", set_up_baseline_write,
     [](const cli_state& s) { return run_check_command(s.common, s.baseline, s.argv); }},
    {"rules", "lista de inlästa reglerna", set_up_rules,
     [](const cli_state& s) { return run_rules_command(s.common); }},
    {"explain", "visa en regel, dess källa och tolkning", set_up_explain,
     [](const cli_state& s) {
         return run_explain_command(s.common, s.explain.rule, s.explain.case_path, s.explain.as_of);
     }},
    {"test", "kör regeltesterna (rules/<paket>/tests) och visa täckning", set_up_test,
     [](const cli_state& s) { return run_test_command(s.common, s.tests); }},
    {"merge", "slå ihop JSON-resultat från delkörningar till ett", set_up_merge,
     [](const cli_state& s) {
         return run_merge_command(s.merge.files, s.merge.format, s.merge.output, s.argv);
     }},
    {"trace", "spårbarhet: policyns skyldigheter mot reglerna", set_up_trace,
     [](const cli_state& s) {
         return run_trace_command(s.common, s.trace.dir, s.trace.format, s.trace.output);
     }},
    {"verify", "kör om en inspelad körning och jämför hela resultatet", set_up_verify, run_verify},
    {"lint", "granska regelpaketen som en granskare: tolkning, meddelanden, nivåer, citat, tester",
     set_up_lint, [](const cli_state& s) { return run_lint_command(s.common); }},
    {"fmt", "skriv regelpaket i standardformen (layouten)", set_up_fmt,
     [](const cli_state& s) { return run_fmt_command(s.fmt.files, s.fmt.check_only); }},
    {"new municipality", "skapa regelpaketet för en kommun, med policytext och regeltester",
     set_up_new_municipality,
     [](const cli_state& s) {
         const auto& o = s.new_municipality;
         return run_new_municipality_command(o.code, o.name, o.rules);
     }},
    {"template", "skriv en arbetsbok (.xlsx) att fylla i, tom eller med ett fall",
     [](CLI::App& cmd, cli_state& s) { set_up_template(cmd, s.workbooks); },
     [](const cli_state& s) { return run_template(s.workbooks); }},
    {"convert", "gör om en arbetsbok till granska/1-filer",
     [](CLI::App& cmd, cli_state& s) { set_up_convert(cmd, s.workbooks); },
     [](const cli_state& s) { return run_convert(s.workbooks); }},
}};

// The groups a nested subcommand's name begins with: `granska baseline` and
// `granska new` only hold their subcommands.
struct subcommand_group {
    std::string_view name;
    std::string_view description;
};
constexpr std::array<subcommand_group, 2> groups{{
    {"baseline", "baslinjer för CI"},
    {"new", "skapa ett nytt regelpaket"},
}};

CLI::App& group_command(CLI::App& app, std::string_view name,
                        std::map<std::string_view, CLI::App*>& made) {
    if (auto it = made.find(name); it != made.end())
        return *it->second;
    std::string_view description;
    for (const auto& g : groups)
        if (g.name == name)
            description = g.description;
    CLI::App* group = app.add_subcommand(std::string(name), std::string(description));
    group->require_subcommand(1);
    made.emplace(name, group);
    return *group;
}

} // namespace

std::span<const subcommand> subcommands() {
    return table;
}

std::vector<CLI::App*> add_subcommands(CLI::App& app, cli_state& state) {
    std::vector<CLI::App*> added;
    std::map<std::string_view, CLI::App*> made_groups;
    for (const auto& entry : table) {
        CLI::App* parent = &app;
        std::string_view name = entry.name;
        if (const auto space = name.find(' '); space != std::string_view::npos) {
            parent = &group_command(app, name.substr(0, space), made_groups);
            name.remove_prefix(space + 1);
        }
        CLI::App* cmd = parent->add_subcommand(std::string(name), std::string(entry.description));
        entry.set_up(*cmd, state);
        added.push_back(cmd);
    }
    return added;
}

} // namespace granska::checker
