#include "checker/results/waivers.hpp"

#include "checker/load/json_locate.hpp"
#include "checker/results/json_text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <set>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace granska::checker {

namespace {

using nlohmann::json;

constexpr const char* waivers_format_id = "granska-waivers/1";

constexpr std::array known_members{"fingerprint",   "rule",       "subject", "municipality",
                                   "justification", "decided_by", "expires"};

// What each required member means, for the message when it is missing.
constexpr std::array<std::pair<const char*, const char*>, 3> required_members{{
    {"justification", "motiveringen"},
    {"decided_by", "vem som beslutade, t.ex. \"KS 2026-03-12 § 45\""},
    {"expires", "sista giltighetsdag, ÅÅÅÅ-MM-DD"},
}};

struct entry_reader {
    const json& entry;
    std::string at; // "/waivers/3"
    const std::string& file;
    json_locator& locator;
    diagnostics& errors;
    bool ok = true;

    void fail(const std::string& pointer, std::string message) {
        errors.push_back(json_diagnostic(file, locator, pointer, std::move(message)));
        ok = false;
    }

    // The member's text; empty if absent. Reports a member that is not a
    // non-empty string.
    std::string text(const char* key) {
        if (!entry.contains(key))
            return {};
        const auto& v = entry[key];
        if (!v.is_string()) {
            fail(at + "/" + key, fmt::format("\"{}\" ska vara en sträng", key));
            return {};
        }
        if (v.get_ref<const std::string&>().empty())
            fail(at + "/" + key, fmt::format("\"{}\" får inte vara tom", key));
        return v.get<std::string>();
    }

    std::optional<waiver> read() {
        for (const auto& [key, value] : entry.items())
            if (std::find(known_members.begin(), known_members.end(), key) == known_members.end())
                fail(at + "/" + key,
                     fmt::format(
                         "okänt fält \"{}\" i ett undantag; tillåtna: fingerprint, rule, subject, "
                         "municipality, justification, decided_by, expires",
                         key));
        waiver w;
        w.fingerprint = text("fingerprint");
        w.rule = text("rule");
        w.subject = text("subject");
        w.municipality = text("municipality");
        w.justification = text("justification");
        w.decided_by = text("decided_by");
        w.expires = text("expires");
        for (const auto& [key, meaning] : required_members)
            if (!entry.contains(key))
                fail(at, fmt::format("undantaget saknar \"{}\" ({})", key, meaning));
        const bool by_fingerprint = entry.contains("fingerprint");
        const bool by_rule = entry.contains("rule") || entry.contains("subject");
        if (by_fingerprint && by_rule)
            fail(at, "ange antingen \"fingerprint\" eller \"rule\" och \"subject\", inte båda");
        else if (!by_fingerprint && !by_rule)
            fail(at, "undantaget måste ange \"fingerprint\" eller \"rule\" och \"subject\"");
        else if (by_rule && !entry.contains("subject"))
            fail(at, "\"rule\" kräver \"subject\" (id för nämnden, planen, målet eller åtgärden)");
        else if (by_rule && !entry.contains("rule"))
            fail(at, "\"subject\" kräver \"rule\" (regelns id, t.ex. \"HER-01\")");
        if (by_fingerprint && entry.contains("municipality"))
            fail(at + "/municipality",
                 "\"municipality\" används bara med \"rule\" och \"subject\"");
        if (!w.expires.empty()) {
            if (const auto d = calendar::parse_date(w.expires))
                w.expires_on = *d;
            else
                fail(at + "/expires",
                     fmt::format("\"expires\" ska vara ett datum ÅÅÅÅ-MM-DD som finns, fick \"{}\"",
                                 w.expires));
        }
        if (!ok)
            return std::nullopt;
        w.file = file;
        w.line = locator.locate(at).line;
        return w;
    }
};

std::string describe(const waiver& w) {
    if (!w.fingerprint.empty())
        return "fingeravtrycket " + w.fingerprint;
    return w.municipality.empty()
               ? fmt::format("{} / {}", w.rule, w.subject)
               : fmt::format("{} / {} (kommun {})", w.rule, w.subject, w.municipality);
}

bool matches(const waiver& w, const finding& f, const case_report& c) {
    if (!w.fingerprint.empty())
        return w.fingerprint == f.fingerprint;
    return w.rule == f.rule && w.subject == f.about.id &&
           (w.municipality.empty() || w.municipality == c.municipality_code);
}

struct located_finding {
    finding* f;
    const case_report* c;
};

// Every finding under each key a waiver can name it by, in report order, so a
// waiver looks at its few candidates instead of every finding of the run
// (1,000 waivers x 200,000 findings took 17 s). matches() still decides; the
// keys view the findings' own strings, which apply_waivers does not change.
class finding_index {
public:
    explicit finding_index(run_report& report) {
        for (auto& c : report.cases)
            for (auto& f : c.findings) {
                by_fingerprint_[f.fingerprint].push_back({&f, &c});
                by_rule_subject_[f.rule][f.about.id].push_back({&f, &c});
            }
    }

    const std::vector<located_finding>& candidates(const waiver& w) const {
        if (!w.fingerprint.empty())
            return found(by_fingerprint_, w.fingerprint);
        const auto rule = by_rule_subject_.find(w.rule);
        return rule == by_rule_subject_.end() ? none_ : found(rule->second, w.subject);
    }

private:
    using by_key = std::unordered_map<std::string_view, std::vector<located_finding>>;

    const std::vector<located_finding>& found(const by_key& map, const std::string& key) const {
        const auto it = map.find(key);
        return it == map.end() ? none_ : it->second;
    }

    by_key by_fingerprint_;
    std::unordered_map<std::string_view, by_key> by_rule_subject_;
    std::vector<located_finding> none_;
};

// Whether this run could have produced a finding the waiver names: otherwise
// "matches nothing" says nothing about the waiver (a batch of other municipalities).
bool in_scope(const waiver& w, const run_report& report) {
    if (!w.fingerprint.empty())
        return true;
    std::string pack;
    bool known_rule = false;
    for (const auto& r : report.rules)
        if (r.id == w.rule) {
            known_rule = true;
            pack = r.pack;
        }
    if (!known_rule)
        return true; // a misspelt rule id: report it
    for (const auto& c : report.cases) {
        if (!c.loaded || (!w.municipality.empty() && w.municipality != c.municipality_code))
            continue;
        if (std::find(c.packs.begin(), c.packs.end(), pack) != c.packs.end())
            return true;
    }
    return false;
}

bool rule_exists(const std::string& id, const run_report& report) {
    for (const auto& r : report.rules)
        if (r.id == id)
            return true;
    return false;
}

// The waiver file's format and its list of entries into `out`.
void read_waiver_file(const json& j, const std::string& file, json_locator& locator,
                      waivers_result& out) {
    if (!j.is_object()) {
        out.errors.push_back(json_diagnostic(
            file, locator, "",
            fmt::format("undantagsfilen ska vara ett objekt med \"format\": \"{}\" och \"waivers\"",
                        waivers_format_id)));
        return;
    }
    if (!j.contains("format") || j["format"] != waivers_format_id) {
        out.errors.push_back(json_diagnostic(
            file, locator, j.contains("format") ? "/format" : "",
            fmt::format("okänt undantagsformat; väntade \"format\": \"{}\"", waivers_format_id)));
        return;
    }
    if (!j.contains("waivers") || !j["waivers"].is_array()) {
        out.errors.push_back(json_diagnostic(file, locator, j.contains("waivers") ? "/waivers" : "",
                                             "\"waivers\" ska vara en lista med undantag"));
        return;
    }
    for (const auto& [key, value] : j.items())
        if (key != "format" && key != "waivers")
            out.errors.push_back(
                json_diagnostic(file, locator, "/" + key,
                                fmt::format("okänt fält \"{}\"; tillåtna: format, waivers", key)));
    out.value.emplace();
    out.value->file = file;
    const auto& list = j["waivers"];
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = fmt::format("/waivers/{}", i);
        if (!list[i].is_object()) {
            out.errors.push_back(
                json_diagnostic(file, locator, at, "ett undantag ska vara ett objekt"));
            continue;
        }
        entry_reader reader{list[i], at, file, locator, out.errors};
        if (auto w = reader.read())
            out.value->entries.push_back(std::move(*w));
    }
}

} // namespace

waivers_result parse_waivers(std::string_view text, const std::string& file) {
    return read_json_text<waivers_result>(
        text, file, "undantagsfilen är inte giltig JSON och kan inte läsas", read_waiver_file);
}

waivers_result load_waivers(const std::string& path) {
    return load_json_file<waivers_result>(path, parse_waivers);
}

void apply_waivers(run_report& report, const waivers& list, calendar::date as_of) {
    const std::string today = calendar::format(as_of);
    const finding_index index(report);
    for (const auto& w : list.entries) {
        if (w.expires_on < as_of) {
            report.waiver_problems.push_back(
                {"expired", w.file, w.line,
                 fmt::format(
                     "undantaget för {} gällde t.o.m. {} och gäller inte längre per {}; förnya "
                     "beslutet eller ta bort undantaget",
                     describe(w), w.expires, today)});
            continue;
        }
        bool matched = false;
        for (const auto& [f, c] : index.candidates(w)) {
            if (!matches(w, *f, *c))
                continue;
            // A finding an earlier waiver already took still counts as matched.
            matched = true;
            if (f->state == finding_state::waived)
                continue;
            f->state = finding_state::waived;
            f->waiver = {w.justification, w.decided_by, w.expires};
        }
        if (matched || !in_scope(w, report))
            continue;
        const std::string message =
            !w.rule.empty() && !rule_exists(w.rule, report)
                ? fmt::format(
                      "undantaget för {} matchar inget fynd: regeln {} finns inte bland de laddade "
                      "reglerna",
                      describe(w), w.rule)
                : fmt::format(
                      "undantaget för {} matchar inget fynd; ta bort det om bristen är åtgärdad",
                      describe(w));
        report.waiver_problems.push_back({"stale", w.file, w.line, message});
    }
}

} // namespace granska::checker
