#include "checker/cli/cli.hpp"

#include "checker/base/paths.hpp"
#include "checker/cli/cli_commands.hpp"
#include "checker/cli/cli_swedish.hpp"
#include "checker/cli/cli_workbook.hpp"
#include "checker/cli/data_dir.hpp"
#include "checker/results/command_line.hpp"
#include "checker/results/verify.hpp"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace granska::checker {

namespace {

// An option that may be repeated, one value each time: `--rules a --rules b`.
// CLI11 lets a vector option take every following argument by default, so
// `--rules rules policies/x` would swallow the case; never here.
CLI::Option* add_repeatable(CLI::App* cmd, const std::string& name,
                            std::vector<std::string>& values, const std::string& description,
                            const std::string& value_name) {
    return cmd->add_option(name, values, description)
        ->allow_extra_args(false)
        ->type_name(value_name);
}

void normalize_all(std::vector<std::string>& paths) {
    for (auto& p : paths)
        p = normalized_path(p);
}

void normalize(std::string& path) {
    path = normalized_path(path);
}

// --version: the version and the data folder this binary reads.
std::string version_text() {
    const auto data = find_data_dir();
    std::string text = std::string("granska ") + GRANSKA_VERSION + "\ndata: ";
    text += data.dir.empty() ? "saknas (letade i " + data.tried + ")"
                             : data.dir + " (" + data.how + ")";
    if (const char* env = std::getenv("GRANSKA_RULES"); env && *env)
        text += std::string("\nregelpaket: ") + env + " (GRANSKA_RULES)";
    return text;
}

} // namespace

int run_cli(int argc, char** argv) {
    // Every sub-command writes through std::cout; this keeps why a write failed.
    checked_stdout standard_output;
    CLI::App app{"granska: kontrollerar kommunala styrdokument mot reglerna i regelpaket"};
    use_swedish(app, version_text());
    app.require_subcommand(1);
    common_options common;
    auto add_common = [&](CLI::App* sub) {
        add_repeatable(sub, "--rules", common.rules,
                       "regelpaket (fil eller mapp); upprepa flaggan för fler", "SÖKVÄG");
        sub->add_option("--policies", common.policies,
                        "mapp med policytexter för citatkontrollen (standard: policies/ bredvid "
                        "regelpaketens mapp)")
            ->type_name("MAPP");
        sub->add_flag("--no-citation-check", common.no_citation_check,
                      "utkast: jämför inte citaten med policytexterna (varje rapport säger det)");
        sub->add_flag("-v,--verbose", common.verbose, "berätta vad som händer (stderr)");
        sub->add_flag("-q,--quiet", common.quiet, "bara fel på stderr");
    };
    auto add_check_options = [](CLI::App* cmd, check_options& check) {
        cmd->add_option("FALL", check.cases, "fall: mappar med *.json eller enskilda filer")
            ->required()
            ->type_name("");
        cmd->add_option("--as-of", check.as_of, "referensdatum ÅÅÅÅ-MM-DD (standard: i dag)")
            ->type_name("DATUM");
        cmd->add_option("-j,--jobs", check.jobs,
                        "antal fall som kontrolleras samtidigt (standard: antal kärnor)")
            ->type_name("ANTAL");
        cmd->add_option("--max-file-size", check.max_file_size,
                        "största indatafil i byte (standard 256 MiB)")
            ->type_name("BYTE");
        cmd->add_option("--waivers", check.waivers, "fil med undantag (granska-waivers/1)")
            ->type_name("FIL");
        cmd->add_flag("--common-only", check.common_only,
                      "pröva fall vars kommunkod inget regelpaket gäller mot bara de gemensamma "
                      "kraven (rapporten säger det); utan flaggan är sådana fall indatafel");
    };

    check_options check;
    auto* check_cmd = app.add_subcommand("check", "kontrollera fall (kommuner) mot regelpaketen");
    add_common(check_cmd);
    add_check_options(check_cmd, check);
    check_cmd
        ->add_option("--baseline", check.baseline,
                     "baslinje: fynd i den räknas som kända, inte nya")
        ->type_name("FIL");
    check_cmd->add_flag("--audit", check.audit,
                        "revision: bortse från baslinje och undantag, rapportera allt");
    check_cmd->add_option("--format", check.format, "utdataformat")
        ->type_name("FORMAT")
        ->check(one_of(
            {"text", "json", "sarif", "junit", "github", "gitlab", "markdown", "html", "pdf"}));
    check_cmd
        ->add_option("--compare", check.compare,
                     "jämför med ett tidigare JSON-resultat (ny/oförändrad/åtgärdad)")
        ->type_name("FIL");
    check_cmd
        ->add_option("--output", check.output, "skriv till fil (atomiskt) i stället för stdout")
        ->type_name("FIL");
    check_cmd->add_option("--fail-on", check.fail_on, "lägsta nivå som ger status 1")
        ->type_name("NIVÅ")
        ->check(one_of({"error", "warning", "info", "never"}));

    check_options baseline_opts;
    auto* baseline_cmd = app.add_subcommand("baseline", "baslinjer för CI");
    auto* baseline_write = baseline_cmd->add_subcommand("write", "spara dagens fynd som baslinje");
    baseline_cmd->require_subcommand(1);
    add_common(baseline_write);
    baseline_write->add_option("FIL", baseline_opts.write_baseline, "baslinjefilen som skrivs")
        ->required()
        ->type_name("");
    add_check_options(baseline_write, baseline_opts);

    auto* rules_cmd = app.add_subcommand("rules", "lista de inlästa reglerna");
    add_common(rules_cmd);

    std::string explain_id, explain_case, explain_as_of;
    auto* explain_cmd = app.add_subcommand("explain", "visa en regel, dess källa och tolkning");
    add_common(explain_cmd);
    explain_cmd->add_option("REGEL", explain_id, "regelns id, t.ex. HER-01")
        ->required()
        ->type_name("");
    explain_cmd->add_option("--case", explain_case, "visa varje prövning av regeln på detta fall")
        ->type_name("FALL");
    explain_cmd->add_option("--as-of", explain_as_of, "referensdatum ÅÅÅÅ-MM-DD (standard: i dag)")
        ->type_name("DATUM");

    rule_test_options tests;
    auto* test_cmd =
        app.add_subcommand("test", "kör regeltesterna (rules/<paket>/tests) och visa täckning");
    add_common(test_cmd);
    test_cmd
        ->add_option("TESTMAPP", tests.paths,
                     "testmappar (standard: varje pakets tests/ under rules/)")
        ->type_name("");
    test_cmd->add_flag("--coverage", tests.coverage,
                       "visa täckning per regelpaket, regel och villkor");
    test_cmd
        ->add_option("--coverage-min", tests.coverage_min,
                     "lägsta andel regler (%) testade åt båda hållen, i varje testat regelpaket")
        ->type_name("PROCENT");

    std::vector<std::string> merge_files;
    std::string merge_format = "json", merge_output;
    auto* merge_cmd =
        app.add_subcommand("merge", "slå ihop JSON-resultat från delkörningar till ett");
    merge_cmd->add_option("RESULTAT", merge_files, "JSON-resultat (--format json)")
        ->required()
        ->type_name("");
    merge_cmd->add_option("--format", merge_format, "utdataformat (standard json)")
        ->type_name("FORMAT")
        ->check(one_of(
            {"text", "json", "sarif", "junit", "github", "gitlab", "markdown", "html", "pdf"}));
    merge_cmd->add_option("--output", merge_output, "skriv till fil (atomiskt)")->type_name("FIL");

    std::string trace_dir, trace_format = "text", trace_output;
    auto* trace_cmd = app.add_subcommand("trace", "spårbarhet: policyns skyldigheter mot reglerna");
    add_common(trace_cmd);
    trace_cmd
        ->add_option(
            "POLICYMAPP", trace_dir,
            "ett fall med policy.json, t.ex. policies/herrljunga, eller en mapp med policy.txt")
        ->required()
        ->type_name("");
    trace_cmd->add_option("--format", trace_format, "text, json eller html")
        ->type_name("FORMAT")
        ->check(one_of({"text", "json", "html"}));
    trace_cmd->add_option("--output", trace_output, "skriv till fil (atomiskt)")->type_name("FIL");

    std::string verify_file;
    auto* verify_cmd =
        app.add_subcommand("verify", "kör om en inspelad körning och jämför hela resultatet");
    verify_cmd
        ->add_option("RESULTAT", verify_file,
                     "JSON-resultat från granska check eller merge (--format json)")
        ->required()
        ->type_name("");
    auto* lint_cmd = app.add_subcommand(
        "lint",
        "granska regelpaketen som en granskare: tolkning, meddelanden, nivåer, citat, tester");
    add_common(lint_cmd);

    std::vector<std::string> fmt_files;
    bool fmt_check = false;
    auto* fmt_cmd = app.add_subcommand("fmt", "skriv regelpaket i standardformen (layouten)");
    fmt_cmd->add_option("FIL", fmt_files, "regelpaket (*.rules) eller mappar med sådana")
        ->required()
        ->type_name("");
    fmt_cmd->add_flag("--check", fmt_check,
                      "skriv inget; lista paketen som behöver formateras (status 1 om något)");

    std::string new_code, new_name, new_rules = "rules";
    auto* new_cmd = app.add_subcommand("new", "skapa ett nytt regelpaket");
    new_cmd->require_subcommand(1);
    auto* new_municipality_cmd = new_cmd->add_subcommand(
        "municipality", "skapa regelpaketet för en kommun, med policytext och regeltester");
    new_municipality_cmd->add_option("KOMMUNKOD", new_code, "SCB:s kommunkod, fyra siffror")
        ->required()
        ->type_name("");
    new_municipality_cmd->add_option("NAMN", new_name, "kommunens namn som SCB skriver det")
        ->required()
        ->type_name("");
    new_municipality_cmd
        ->add_option("--rules", new_rules, "mappen med regelpaketen (standard: rules)")
        ->type_name("MAPP");

    workbook_commands workbooks;
    add_workbook_commands(app, workbooks);
    name_subcommand_groups(app);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        if (standard_output.failed())
            return 2;
        return code == 0 ? 0 : 2;
    }
    setup_logging(common);
    // Every path the same whichever way it was written (checker/base/paths.hpp).
    for (auto* paths : {&common.rules, &check.cases, &baseline_opts.cases, &tests.paths,
                        &merge_files, &fmt_files})
        normalize_all(*paths);
    for (auto* path : {&common.policies, &check.baseline, &check.waivers, &check.compare,
                       &baseline_opts.waivers, &explain_case, &trace_dir, &verify_file, &new_rules})
        normalize(*path);

    const std::vector<std::string> args = recorded_command_line({argv, argv + argc});
    int status = 2;
    if (const int workbook_status = run_workbook_command(workbooks); workbook_status >= 0)
        status = workbook_status;
    else if (check_cmd->parsed())
        status = run_check_command(common, check, args);
    else if (baseline_write->parsed())
        status = run_check_command(common, baseline_opts, args);
    else if (rules_cmd->parsed())
        status = run_rules_command(common);
    else if (trace_cmd->parsed())
        status = run_trace_command(common, trace_dir, trace_format, trace_output);
    else if (merge_cmd->parsed())
        status = run_merge_command(merge_files, merge_format, merge_output, args);
    else if (verify_cmd->parsed())
        status =
            verify_result(verify_file, std::filesystem::read_symlink("/proc/self/exe").string(),
                          std::cout, std::cerr);
    else if (test_cmd->parsed())
        status = run_test_command(common, tests);
    else if (new_municipality_cmd->parsed())
        status = run_new_municipality_command(new_code, new_name, new_rules);
    else if (lint_cmd->parsed())
        status = run_lint_command(common);
    else if (fmt_cmd->parsed())
        status = run_fmt_command(fmt_files, fmt_check);
    else if (explain_cmd->parsed())
        status = run_explain_command(common, explain_id, explain_case, explain_as_of);
    // Output that did not reach its reader is a failed run, whatever the
    // sub-command concluded.
    return standard_output.failed() ? 2 : status;
}

} // namespace granska::checker
