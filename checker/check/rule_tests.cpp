#include "checker/check/rule_tests.hpp"

#include "checker/check/run.hpp"
#include "checker/load/load.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <tuple>

namespace fs = std::filesystem;

namespace granska::checker {

namespace {

struct expected_finding {
    std::string rule, subject, level;
    auto key() const { return std::tie(rule, subject, level); }
    bool operator<(const expected_finding& o) const { return key() < o.key(); }
    bool operator==(const expected_finding& o) const { return key() == o.key(); }
};

std::string show(const expected_finding& f) {
    return fmt::format("{} {} {}", f.rule, f.subject, f.level);
}

void find_tests(const fs::path& root, std::vector<fs::path>& out) {
    std::error_code ec;
    if (fs::exists(root / "expected.json", ec)) {
        out.push_back(root);
        return;
    }
    if (!fs::is_directory(root, ec))
        return;
    std::vector<fs::path> children;
    for (const auto& e : fs::directory_iterator(root, ec))
        if (e.is_directory(ec) && !e.is_symlink(ec))
            children.push_back(e.path());
    std::sort(children.begin(), children.end());
    for (const auto& c : children)
        find_tests(c, out);
}

struct rule_tally {
    bool fired = false;
    bool held = false;
};

// Rules a test exercises: those it lists, or (without a list) every rule of
// the packs that apply to its case.
std::set<std::string> exercised_rules(const std::set<std::string>& listed,
                                      const std::vector<const compiled_pack*>& applied) {
    if (!listed.empty())
        return listed;
    std::set<std::string> all;
    for (const auto* p : applied)
        for (const auto& r : p->rules)
            all.insert(r->info.id);
    return all;
}

// Rule ids an expected.json names (in `rules` and in `findings`) that no
// loaded pack has: such a test would pass while testing nothing.
std::vector<std::string> unknown_rules(const nlohmann::json& spec,
                                       const std::map<std::string, rule_tally>& known) {
    std::set<std::string> named;
    for (const auto& r : spec.value("rules", nlohmann::json::array()))
        if (r.is_string())
            named.insert(r.get<std::string>());
    for (const auto& f : spec["findings"])
        if (f.is_object() && f.contains("rule") && f["rule"].is_string())
            named.insert(f["rule"].get<std::string>());
    std::vector<std::string> unknown;
    for (const auto& id : named)
        if (!known.count(id))
            unknown.push_back(id);
    return unknown;
}

// Coverage of the packs whose rules the tests exercised, pack by pack; the
// threshold applies to each of them (never to packs no test ran).
bool report_coverage(const pack_set& packs, std::map<std::string, rule_tally>& tally,
                     const std::set<std::string>& exercised, int coverage_min, std::ostream& out) {
    out << "\ntäckning per regelpaket (utlöses = något test där regeln ger fynd, håller = något "
           "test där den inte gör det):\n";
    bool met = true;
    std::size_t all_both = 0, all_total = 0;
    std::vector<std::string> untested;
    for (const auto& p : packs.packs) {
        const bool tested = std::any_of(p->rules.begin(), p->rules.end(),
                                        [&](const auto& r) { return exercised.count(r->info.id); });
        if (!tested) {
            untested.push_back(p->info.id);
            continue;
        }
        out << fmt::format("\nregelpaket {} ({})\n", p->info.id, p->info.file);
        out << fmt::format("{:<10} {:<8} {:<8} {}\n", "regel", "utlöses", "håller",
                           "villkor: utvärderade/alla (håller/brister/okänt)");
        std::size_t both = 0;
        for (const auto& r : p->rules) {
            const auto& t = tally[r->info.id];
            both += t.fired && t.held;
            std::size_t evaluated = 0;
            std::string detail;
            for (std::size_t i = 0; i < r->require_count; ++i) {
                const auto& c = r->coverage[i];
                const auto h = c.held.load(), f = c.failed.load(), u = c.unknown.load();
                evaluated += (h + f + u) > 0;
                detail += fmt::format(" [{}:{} {}/{}/{}]", r->info.file, c.line, h, f, u);
            }
            out << fmt::format("{:<10} {:<8} {:<8} {}/{}{}\n", r->info.id, t.fired ? "ja" : "NEJ",
                               t.held ? "ja" : "NEJ", evaluated, r->require_count, detail);
        }
        const std::size_t total = p->rules.size();
        const int percent = total ? static_cast<int>(100 * both / total) : 100;
        out << fmt::format("täckning {}: {} av {} regler testade åt båda hållen ({}%)\n",
                           p->info.id, both, total, percent);
        if (coverage_min >= 0 && percent < coverage_min) {
            out << fmt::format("täckningen i regelpaketet {}, {}%, är under kravet {}%\n",
                               p->info.id, percent, coverage_min);
            met = false;
        }
        all_both += both;
        all_total += total;
    }
    const int percent = all_total ? static_cast<int>(100 * all_both / all_total) : 100;
    out << fmt::format("\ntäckning i de testade regelpaketen: {} av {} regler testade åt båda "
                       "hållen ({}%)\n",
                       all_both, all_total, percent);
    if (!untested.empty())
        out << fmt::format("regelpaket utan körda tester (räknas inte): {}\n",
                           fmt::join(untested, ", "));
    return met;
}

} // namespace

int run_rule_tests(const pack_set& packs, const rule_test_options& options, std::ostream& out) {
    std::vector<fs::path> tests;
    for (const auto& p : options.paths)
        find_tests(p, tests);
    std::size_t passed = 0, failed = 0, broken = 0;
    std::map<std::string, rule_tally> tally;
    std::set<std::string> exercised;
    for (const auto& r : packs.rules())
        tally[r.id];

    for (const auto& dir : tests) {
        const std::string name = dir.string();
        nlohmann::json spec;
        try {
            std::ifstream in(dir / "expected.json");
            spec = nlohmann::json::parse(in);
        } catch (const std::exception& e) {
            out << fmt::format("FEL  {}: expected.json går inte att läsa: {}\n", name, e.what());
            ++broken;
            continue;
        }
        const auto as_of = calendar::parse_date(spec.value("as_of", ""));
        if (!as_of || !spec.contains("findings") || !spec["findings"].is_array()) {
            out << fmt::format(
                "FEL  {}: expected.json ska ha as_of (ÅÅÅÅ-MM-DD) och findings (lista)\n", name);
            ++broken;
            continue;
        }
        if (const auto unknown = unknown_rules(spec, tally); !unknown.empty()) {
            out << fmt::format("FEL  {}: expected.json nämner {} {}, som inget inläst regelpaket "
                               "har\n",
                               name, unknown.size() == 1 ? "regeln" : "reglerna",
                               fmt::join(unknown, ", "));
            ++broken;
            continue;
        }
        auto loaded = load_case((dir / "case").string());
        if (!loaded.value) {
            out << fmt::format("FEL  {}: fallet går inte att läsa\n", name);
            for (const auto& e : loaded.errors)
                out << "     " << render(e) << "\n";
            ++broken;
            continue;
        }
        std::set<std::string> rules;
        for (const auto& r : spec.value("rules", nlohmann::json::array()))
            rules.insert(r.get<std::string>());
        const auto applied = packs.for_municipality(loaded.value->municipality_code);
        const auto report = check_case(*loaded.value, applied, *as_of);

        std::vector<expected_finding> actual, expected;
        for (const auto& f : report.findings)
            if (rules.empty() || rules.count(f.rule))
                actual.push_back({f.rule, f.about.id, to_string(f.level)});
        for (const auto& f : spec["findings"])
            expected.push_back(
                {f.value("rule", ""), f.value("subject", ""), f.value("severity", "error")});
        std::sort(actual.begin(), actual.end());
        std::sort(expected.begin(), expected.end());

        for (const auto& r : exercised_rules(rules, applied)) {
            exercised.insert(r);
            const bool fired = std::any_of(actual.begin(), actual.end(),
                                           [&](const expected_finding& f) { return f.rule == r; });
            (fired ? tally[r].fired : tally[r].held) = true;
        }
        if (actual == expected) {
            ++passed;
            continue;
        }
        ++failed;
        out << fmt::format("MISSLYCKADES  {}", name);
        if (spec.contains("description"))
            out << fmt::format(" ({})", spec["description"].get<std::string>());
        out << "\n";
        std::vector<expected_finding> missing, extra;
        std::set_difference(expected.begin(), expected.end(), actual.begin(), actual.end(),
                            std::back_inserter(missing));
        std::set_difference(actual.begin(), actual.end(), expected.begin(), expected.end(),
                            std::back_inserter(extra));
        for (const auto& f : missing)
            out << "  - förväntat: " << show(f) << "\n";
        for (const auto& f : extra) {
            out << "  + faktiskt:  " << show(f);
            for (const auto& r : report.findings)
                if (r.rule == f.rule && r.about.id == f.subject) {
                    out << "  (" << r.message << ")";
                    break;
                }
            out << "\n";
        }
    }

    int status = failed || broken ? 1 : 0;
    if ((options.coverage || options.coverage_min >= 0) &&
        !report_coverage(packs, tally, exercised, options.coverage_min, out))
        status = 1;
    out << fmt::format("{} passed, {} failed\n", passed, failed + broken);
    return broken && !failed ? 2 : status;
}

} // namespace granska::checker
