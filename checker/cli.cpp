#include "checker/cli.hpp"

#include "checker/baseline.hpp"
#include "checker/cli_workbook.hpp"
#include "checker/compare.hpp"
#include "checker/formats.hpp"
#include "checker/load.hpp"
#include "checker/merge.hpp"
#include "checker/output.hpp"
#include "checker/packs.hpp"
#include "checker/pdf.hpp"
#include "checker/policy_text.hpp"
#include "checker/rule_tests.hpp"
#include "checker/run.hpp"
#include "checker/sha256.hpp"
#include "checker/trace.hpp"
#include "checker/validate.hpp"
#include "checker/verify.hpp"
#include "checker/waivers.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace granska::checker {

namespace {

struct common_options {
    std::vector<std::string> rules;
    std::string policies; // policy texts for the citation check
    bool verbose = false;
    bool quiet = false;
};

std::string default_rules_dir() {
    if (const char* env = std::getenv("GRANSKA_RULES"))
        return env;
    return GRANSKA_DEFAULT_RULES_DIR;
}

std::string default_policies_dir(const common_options& o) {
    if (!o.policies.empty())
        return o.policies;
    if (const char* env = std::getenv("GRANSKA_POLICIES"))
        return env;
    return GRANSKA_DEFAULT_POLICIES_DIR;
}

void setup_logging(const common_options& o) {
    auto logger = spdlog::stderr_color_mt("granska");
    logger->set_pattern("granska: %^%l%$: %v");
    logger->set_level(o.verbose ? spdlog::level::debug
                      : o.quiet ? spdlog::level::err
                                : spdlog::level::warn);
    spdlog::set_default_logger(logger);
}

std::string today() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buffer[11];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d", &local);
    return buffer;
}

// Loads the packs; prints their diagnostics. Returns false if any error.
bool load_rules(const common_options& o, pack_set& packs, diagnostics& errors) {
    // The bundled packs are named relative to the working directory when they
    // lie under it, so results read the same on every checkout.
    std::string bundled = default_rules_dir();
    std::error_code ec;
    const auto relative = std::filesystem::relative(bundled, std::filesystem::current_path(), ec);
    if (!ec && !relative.empty() && relative.native().rfind("..", 0) != 0)
        bundled = relative.string();
    auto loaded = load_packs(o.rules.empty() ? std::vector<std::string>{bundled} : o.rules);
    packs = std::move(loaded.value);
    errors = std::move(loaded.errors);
    // Citation drift: every quoted clause must stand word for word in the policy text.
    const auto texts = load_policy_texts(default_policies_dir(o));
    std::vector<policy_text> extra;
    const std::string format_doc = std::string(GRANSKA_DOCS_DIR) + "/submission-format.md";
    spdlog::debug("schema: granska/1, inbyggt i programmet (sha256 {})",
                  sha256_hex(granska_schema_text()));
    if (std::filesystem::exists(format_doc)) {
        spdlog::debug("formatbeskrivning (citat i paket som gäller alla): läser {}", format_doc);
        policy_text doc;
        doc.file = format_doc;
        std::ifstream in(format_doc);
        std::stringstream buffer;
        buffer << in.rdbuf();
        doc.text = buffer.str();
        doc.normalized = normalize_text(doc.text);
        extra.push_back(std::move(doc));
    }
    if (texts.empty())
        spdlog::debug("inga policytexter i {}: citaten kontrolleras inte", default_policies_dir(o));
    for (auto& d : check_citations(packs, texts, extra))
        errors.push_back(std::move(d));
    return !has_errors(errors);
}

void print_diagnostics(const diagnostics& ds) {
    for (const auto& d : ds)
        std::cerr << render(d) << "\n";
}

// Writes a text produced in pieces to standard output or atomically to
// `output`; 2 (with a message) when the file cannot be written.
int emit_stream(const std::string& output, const std::function<void(const output_sink&)>& produce) {
    if (output.empty()) {
        produce([](std::string_view piece) {
            std::cout.write(piece.data(), static_cast<std::streamsize>(piece.size()));
        });
        std::cout << std::flush;
        return 0;
    }
    atomic_file file;
    std::string error = file.open(output);
    if (error.empty()) {
        produce([&](std::string_view piece) { file.write(piece); });
        error = file.commit();
    }
    if (!error.empty()) {
        std::cerr << "granska: fel: " << error << "\n";
        return 2;
    }
    return 0;
}

// A whole text, the same way.
int emit(const std::string& text, const std::string& output) {
    return emit_stream(output, [&](const output_sink& sink) { sink(text); });
}

// Renders a report in a format; false (with a message) if the format is unknown.
bool render(const run_report& report, const std::string& format, const std::string& output,
            std::string& text, const comparison* compare = nullptr) {
    format_options fo;
    fo.compare = compare;
    fo.working_dir = std::filesystem::current_path().string();
    fo.color =
        output.empty() && format == "text" && ::isatty(STDOUT_FILENO) && !std::getenv("NO_COLOR");
    if (format == "text")
        text = format_text(report, fo);
    else if (format == "json")
        text = format_json(report, fo);
    else if (format == "sarif")
        text = format_sarif(report, fo);
    else if (format == "junit")
        text = format_junit(report, fo);
    else if (format == "github")
        text = format_github(report, fo);
    else if (format == "gitlab")
        text = format_gitlab(report, fo);
    else if (format == "markdown")
        text = format_markdown(report, fo);
    else if (format == "html")
        text = format_html(report, fo);
    else if (format == "pdf") {
        if (output.empty() && ::isatty(STDOUT_FILENO)) {
            std::cerr
                << "granska: fel: --format pdf skriver en binärfil; ange --output rapport.pdf\n";
            return false;
        }
        // The HTML report printed by headless Chromium: the meeting papers.
        auto pdf = html_to_pdf(format_html(report, fo));
        if (!pdf.error.empty()) {
            std::cerr << "granska: fel: " << pdf.error << "\n";
            return false;
        }
        text = std::move(pdf.pdf);
    } else {
        std::cerr << "granska: fel: formatet " << format << " finns inte i den här versionen\n";
        return false;
    }
    return true;
}

struct check_options {
    std::vector<std::string> cases;
    std::string as_of;
    std::string format = "text";
    std::string output;
    std::string fail_on = "error";
    unsigned jobs = 0;
    std::uint64_t max_file_size = 256ull * 1024 * 1024;
    std::string baseline;
    std::string waivers;
    std::string compare;
    bool audit = false;
    bool common_only = false;
    std::string write_baseline; // `granska baseline write FILE`
};

void add_check_options(CLI::App* cmd, check_options& check) {
    cmd->add_option("cases", check.cases, "fall: mappar med *.json eller enskilda filer")
        ->required();
    cmd->add_option("--as-of", check.as_of, "referensdatum ÅÅÅÅ-MM-DD (standard: i dag)");
    cmd->add_option("-j,--jobs", check.jobs,
                    "antal fall som kontrolleras samtidigt (standard: antal kärnor)");
    cmd->add_option("--max-file-size", check.max_file_size,
                    "största indatafil i byte (standard 256 MiB)");
    cmd->add_option("--waivers", check.waivers, "fil med undantag (granska-waivers/1)");
    cmd->add_flag("--common-only", check.common_only,
                  "pröva fall vars kommunkod inget regelpaket gäller mot bara de gemensamma "
                  "kraven (rapporten säger det); utan flaggan är sådana fall indatafel");
}

int run_check_command(const common_options& common, const check_options& o,
                      const std::vector<std::string>& argv) {
    const auto as_of = calendar::parse_date(o.as_of.empty() ? today() : o.as_of);
    if (!as_of) {
        std::cerr << "granska: fel: --as-of ska vara ett datum ÅÅÅÅ-MM-DD som finns, fick \""
                  << o.as_of << "\"\n";
        return 2;
    }
    severity fail_level = severity::error;
    const bool never = o.fail_on == "never";
    if (!never)
        fail_level = o.fail_on == "warning" ? severity::warning
                     : o.fail_on == "info"  ? severity::info
                                            : severity::error;

    pack_set packs;
    diagnostics pack_errors;
    if (!load_rules(common, packs, pack_errors)) {
        print_diagnostics(pack_errors);
        std::cerr << "granska: fel: regelpaketen har fel; inget fall kontrollerades\n";
        return 2;
    }
    run_options options;
    options.cases = o.cases;
    options.as_of = *as_of;
    options.jobs = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
    options.load.max_file_size = o.max_file_size;
    options.common_only = o.common_only;
    run_report report = run_check(packs, options);
    report.tool_version = GRANSKA_VERSION;
    report.command_line = argv;
    report.errors.insert(report.errors.begin(), pack_errors.begin(), pack_errors.end());
    report.audit = o.audit;

    // Baselines and waivers: a file that does not parse is an input error (exit 2).
    if (!o.baseline.empty() && !o.audit) {
        auto known = load_baseline(o.baseline);
        report.errors.insert(report.errors.end(), known.errors.begin(), known.errors.end());
        if (known.value)
            apply_baseline(report, *known.value);
    }
    if (!o.waivers.empty()) {
        auto list = load_waivers(o.waivers);
        report.errors.insert(report.errors.end(), list.errors.begin(), list.errors.end());
        if (list.value)
            apply_waivers(report, *list.value, *as_of);
    }
    if (!o.write_baseline.empty()) {
        print_diagnostics(report.errors);
        if (const int status = emit(write_baseline(report), o.write_baseline); status != 0)
            return status;
        return has_errors(report.errors) ? 2 : 0;
    }

    std::optional<comparison> compared;
    if (!o.compare.empty()) {
        auto previous = load_comparison(o.compare, report);
        report.errors.insert(report.errors.end(), previous.errors.begin(), previous.errors.end());
        compared = std::move(previous.value);
    }
    // Input errors also go to stderr, whatever the format, so a pipeline log shows them.
    int status = 0;
    if (o.format == "json") {
        // The big machine-readable result goes out in pieces as it is written.
        print_diagnostics(report.errors);
        status =
            emit_stream(o.output, [&](const output_sink& sink) { write_json(report, {}, sink); });
    } else {
        std::string text;
        if (!render(report, o.format, o.output, text, compared ? &*compared : nullptr))
            return 2;
        if (o.format != "text")
            print_diagnostics(report.errors);
        status = emit(text, o.output);
    }
    return status != 0 ? status : exit_status(report, never ? nullptr : &fail_level);
}

int run_rules_command(const common_options& common) {
    pack_set packs;
    diagnostics errors;
    const bool ok = load_rules(common, packs, errors);
    print_diagnostics(errors);
    for (const auto& r : packs.rules())
        std::cout << fmt::format("{:<8} {:<8} {}\n         {}, {}: \"{}\"\n", r.id,
                                 to_string(r.level), r.title, r.cite.document, r.cite.section,
                                 r.cite.text);
    return ok ? 0 : 2;
}

// For one case: every subject the rule looked at, and why each passed or failed.
int explain_on_case(const compiled_rule& rule, const std::string& case_path,
                    const std::string& as_of_text) {
    const auto as_of = calendar::parse_date(as_of_text.empty() ? today() : as_of_text);
    if (!as_of) {
        std::cerr << "granska: fel: --as-of ska vara ett datum ÅÅÅÅ-MM-DD\n";
        return 2;
    }
    auto loaded = load_case(case_path);
    print_diagnostics(loaded.errors);
    if (!loaded.value)
        return 2;
    std::vector<finding> findings;
    std::vector<explained_check> checks;
    std::pmr::monotonic_buffer_resource arena;
    eval_context ctx(*loaded.value, *as_of, &arena, &findings);
    ctx.explain = &checks;
    evaluate_rule(rule, ctx);
    std::cout << fmt::format("\n{} på {} per {}: {} prövningar, {} fynd\n", rule.info.id, case_path,
                             calendar::format(*as_of), checks.size(), findings.size());
    for (const auto& c : checks) {
        std::cout << fmt::format("\n{} {} ({}:{} {}): {}\n", c.about.kind, c.about.id, c.about.file,
                                 c.about.line, c.about.pointer, c.outcome);
        for (const auto& e : c.evidence)
            std::cout << fmt::format("    {} = {}\n", e.name, e.value);
        if (!c.message.empty())
            std::cout << fmt::format("    => {}\n", c.message);
    }
    return 0;
}

int run_explain_command(const common_options& common, const std::string& id,
                        const std::string& case_path, const std::string& as_of) {
    pack_set packs;
    diagnostics errors;
    const bool ok = load_rules(common, packs, errors);
    print_diagnostics(errors);
    for (const auto& r : packs.rules()) {
        if (r.id != id)
            continue;
        std::cout << fmt::format("{} — {}\n", r.id, r.title);
        std::cout << fmt::format("allvarlighetsgrad: {} ({})\n", to_string(r.level),
                                 swedish(r.level));
        std::cout << fmt::format("regelpaket: {} ({}:{})\n", r.pack, r.file, r.line);
        std::cout << fmt::format("källa: {}, {}\n  \"{}\"\n", r.cite.document, r.cite.section,
                                 r.cite.text);
        if (!r.note.empty())
            std::cout << fmt::format("tolkning: {}\n", r.note);
        if (!case_path.empty())
            for (const auto& p : packs.packs)
                for (const auto& compiled : p->rules)
                    if (compiled->info.id == id)
                        return explain_on_case(*compiled, case_path, as_of);
        return ok ? 0 : 2;
    }
    std::cerr << "granska: fel: ingen regel med id " << id << "\n";
    return 2;
}

int run_test_command(const common_options& common, rule_test_options options) {
    pack_set packs;
    diagnostics errors;
    const bool ok = load_rules(common, packs, errors);
    print_diagnostics(errors);
    if (!ok)
        return 2;
    if (options.paths.empty())
        options.paths.push_back(default_rules_dir() + "/tests");
    return run_rule_tests(packs, options, std::cout);
}

int run_trace_command(const common_options& common, const std::string& dir,
                      const std::string& format, const std::string& output) {
    pack_set packs;
    diagnostics errors;
    const bool ok = load_rules(common, packs, errors);
    print_diagnostics(errors);
    if (!ok)
        return 2;
    const std::filesystem::path folder(dir);
    auto texts =
        load_policy_texts(folder.parent_path().empty() ? "." : folder.parent_path().string());
    const auto it = std::find_if(texts.begin(), texts.end(), [&](const policy_text& t) {
        return std::filesystem::equivalent(t.folder, folder);
    });
    if (it == texts.end()) {
        std::cerr << "granska: fel: " << dir
                  << " saknar policy.txt eller policy.json med kommunkod\n";
        return 2;
    }
    const auto matrix = trace_policy(*it, packs);
    const std::string text = format == "json"   ? format_trace_json(matrix)
                             : format == "html" ? format_trace_html(matrix)
                                                : format_trace_text(matrix);
    if (const int status = emit(text, output); status != 0)
        return status;
    return matrix.uncovered() == 0 ? 0 : 1;
}

int run_merge_command(const std::vector<std::string>& files, const std::string& format,
                      const std::string& output, const std::vector<std::string>& argv) {
    auto merged = merge_reports(files);
    print_diagnostics(merged.errors);
    if (!merged.value)
        return 2;
    merged.value->command_line = argv;
    std::string text;
    if (!render(*merged.value, format, output, text))
        return 2;
    return emit(text, output);
}

// The command line as recorded in results: without the options that cannot
// change a finding (parallelism, logging, where the output goes), so a result
// is byte-identical whatever --jobs it ran with.
std::vector<std::string> recorded_command_line(const std::vector<std::string>& args) {
    std::vector<std::string> out{"granska"};
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-j" || a == "--jobs" || a == "--output") {
            ++i;
            continue;
        }
        if (a.rfind("--jobs=", 0) == 0 || a.rfind("--output=", 0) == 0 || a.rfind("-j", 0) == 0 ||
            a == "-v" || a == "--verbose" || a == "-q" || a == "--quiet")
            continue;
        out.push_back(a);
    }
    return out;
}

} // namespace

int run_cli(int argc, char** argv) {
    CLI::App app{"granska: kontrollerar kommunala styrdokument mot reglerna i regelpaket"};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string("granska ") + GRANSKA_VERSION);
    common_options common;
    auto add_common = [&](CLI::App* sub) {
        sub->add_option("--rules", common.rules, "regelpaket (fil eller mapp), kan upprepas");
        sub->add_option("--policies", common.policies,
                        "mapp med policytexter för citatkontrollen (standard: policies/)");
        sub->add_flag("-v,--verbose", common.verbose, "berätta vad som händer (stderr)");
        sub->add_flag("-q,--quiet", common.quiet, "bara fel på stderr");
    };

    check_options check;
    auto* check_cmd = app.add_subcommand("check", "kontrollera fall (kommuner) mot regelpaketen");
    add_common(check_cmd);
    add_check_options(check_cmd, check);
    check_cmd->add_option("--baseline", check.baseline,
                          "baslinje: fynd i den räknas som kända, inte nya");
    check_cmd->add_flag("--audit", check.audit,
                        "revision: bortse från baslinje och undantag, rapportera allt");
    check_cmd->add_option("--format", check.format, "utdataformat")
        ->check(CLI::IsMember(
            {"text", "json", "sarif", "junit", "github", "gitlab", "markdown", "html", "pdf"}));
    check_cmd->add_option("--compare", check.compare,
                          "jämför med ett tidigare JSON-resultat (ny/oförändrad/åtgärdad)");
    check_cmd->add_option("--output", check.output,
                          "skriv till fil (atomiskt) i stället för stdout");
    check_cmd->add_option("--fail-on", check.fail_on, "lägsta nivå som ger status 1")
        ->check(CLI::IsMember({"error", "warning", "info", "never"}));

    check_options baseline_opts;
    auto* baseline_cmd = app.add_subcommand("baseline", "baslinjer för CI");
    auto* baseline_write = baseline_cmd->add_subcommand("write", "spara dagens fynd som baslinje");
    baseline_cmd->require_subcommand(1);
    add_common(baseline_write);
    baseline_write->add_option("file", baseline_opts.write_baseline, "baslinjefilen som skrivs")
        ->required();
    add_check_options(baseline_write, baseline_opts);

    auto* rules_cmd = app.add_subcommand("rules", "lista de inlästa reglerna");
    add_common(rules_cmd);

    std::string explain_id;
    auto* explain_cmd = app.add_subcommand("explain", "visa en regel, dess källa och tolkning");
    add_common(explain_cmd);
    explain_cmd->add_option("rule", explain_id, "regelns id, t.ex. HER-01")->required();
    std::string explain_case, explain_as_of;
    explain_cmd->add_option("--case", explain_case, "visa varje prövning av regeln på detta fall");
    explain_cmd->add_option("--as-of", explain_as_of, "referensdatum ÅÅÅÅ-MM-DD (standard: i dag)");

    rule_test_options tests;
    auto* test_cmd =
        app.add_subcommand("test", "kör regeltesterna (rules/tests) och visa täckning");
    add_common(test_cmd);
    test_cmd->add_option("paths", tests.paths, "testmappar (standard: rules/tests)");
    test_cmd->add_flag("--coverage", tests.coverage, "visa täckning per regel och villkor");
    test_cmd->add_option("--coverage-min", tests.coverage_min,
                         "lägsta andel regler (%) testade åt båda hållen");

    std::vector<std::string> merge_files;
    std::string merge_format = "json", merge_output;
    auto* merge_cmd =
        app.add_subcommand("merge", "slå ihop JSON-resultat från delkörningar till ett");
    merge_cmd->add_option("results", merge_files, "JSON-resultat (--format json)")->required();
    merge_cmd->add_option("--format", merge_format, "utdataformat (standard json)");
    merge_cmd->add_option("--output", merge_output, "skriv till fil (atomiskt)");

    std::string trace_dir, trace_format = "text", trace_output;
    auto* trace_cmd = app.add_subcommand("trace", "spårbarhet: policyns skyldigheter mot reglerna");
    add_common(trace_cmd);
    trace_cmd
        ->add_option("policy", trace_dir, "policymapp med policy.txt, t.ex. policies/herrljunga")
        ->required();
    trace_cmd->add_option("--format", trace_format, "text, json eller html")
        ->check(CLI::IsMember({"text", "json", "html"}));
    trace_cmd->add_option("--output", trace_output, "skriv till fil (atomiskt)");

    std::string verify_file;
    auto* verify_cmd =
        app.add_subcommand("verify", "kör om en inspelad kontroll och jämför fynden");
    verify_cmd->add_option("result", verify_file, "JSON-resultat från granska check --format json")
        ->required();

    workbook_commands workbooks;
    add_workbook_commands(app, workbooks);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        return code == 0 ? 0 : 2;
    }
    setup_logging(common);
    const std::vector<std::string> args = recorded_command_line({argv, argv + argc});
    if (const int status = run_workbook_command(workbooks); status >= 0)
        return status;
    if (check_cmd->parsed())
        return run_check_command(common, check, args);
    if (baseline_write->parsed())
        return run_check_command(common, baseline_opts, args);
    if (rules_cmd->parsed())
        return run_rules_command(common);
    if (trace_cmd->parsed())
        return run_trace_command(common, trace_dir, trace_format, trace_output);
    if (merge_cmd->parsed())
        return run_merge_command(merge_files, merge_format, merge_output, args);
    if (verify_cmd->parsed())
        return verify_result(verify_file, std::filesystem::read_symlink("/proc/self/exe").string(),
                             std::cout);
    if (test_cmd->parsed())
        return run_test_command(common, tests);
    if (explain_cmd->parsed())
        return run_explain_command(common, explain_id, explain_case, explain_as_of);
    return 2;
}

} // namespace granska::checker
