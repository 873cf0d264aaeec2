#include "checker/results/baseline.hpp"

#include "checker/load/json_locate.hpp"
#include "checker/results/json_text.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <map>

namespace granska::checker {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

constexpr const char* baseline_format_id = "granska-baseline/1";

// Reads fingerprints from an array of objects at `pointer`, each with a string
// member `key` (baseline entries, or findings of a JSON result).
void read_entries(const json& list, const std::string& pointer, const char* key,
                  const std::string& file, json_locator& locator, baseline_result& out) {
    if (!list.is_array()) {
        out.errors.push_back(json_diagnostic(file, locator, pointer, "ska vara en lista"));
        return;
    }
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto& entry = list[i];
        const std::string at = fmt::format("{}/{}", pointer, i);
        if (!entry.is_object() || !entry.contains(key) || !entry[key].is_string() ||
            entry[key].get_ref<const std::string&>().empty()) {
            out.errors.push_back(json_diagnostic(
                file, locator, at,
                fmt::format("ska vara ett objekt med \"{}\" (en icke-tom sträng)", key)));
            continue;
        }
        out.value->fingerprints.insert(entry[key].get<std::string>());
    }
}

// SARIF: results of every run; a result without our key is another tool's.
void read_sarif(const json& j, const std::string& file, json_locator& locator,
                baseline_result& out) {
    const auto& runs = j["runs"];
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const auto& run = runs[r];
        if (!run.is_object() || !run.contains("results"))
            continue;
        const auto& results = run["results"];
        if (!results.is_array()) {
            out.errors.push_back(json_diagnostic(file, locator, fmt::format("/runs/{}/results", r),
                                                 "ska vara en lista"));
            continue;
        }
        for (const auto& result : results) {
            if (!result.is_object() || !result.contains("partialFingerprints"))
                continue;
            const auto& fps = result["partialFingerprints"];
            if (fps.is_object() && fps.contains(sarif_fingerprint_key) &&
                fps[sarif_fingerprint_key].is_string())
                out.value->fingerprints.insert(fps[sarif_fingerprint_key].get<std::string>());
        }
    }
}

bool is_sarif(const json& j) {
    return j.contains("version") && j["version"].is_string() && j.contains("runs") &&
           j["runs"].is_array();
}

bool is_json_result(const json& j) {
    return j.contains("tool") && j["tool"].is_object() &&
           j["tool"].value("name", "") == "granska" && j.contains("cases") && j["cases"].is_array();
}

} // namespace

std::string write_baseline(const run_report& report) {
    std::map<std::string, ordered_json> entries; // by fingerprint: sorted, one each
    for (const auto& c : report.cases)
        for (const auto& f : c.findings) {
            if (f.fingerprint.empty() || entries.contains(f.fingerprint))
                continue;
            entries[f.fingerprint] = {{"fingerprint", f.fingerprint},
                                      {"rule", f.rule},
                                      {"kind", f.about.kind},
                                      {"subject", f.about.id},
                                      {"municipality", c.municipality_code},
                                      {"case", c.path}};
        }
    ordered_json j;
    j["format"] = baseline_format_id;
    j["as_of"] = report.as_of;
    j["tool"] = {{"name", "granska"}, {"version", report.tool_version}};
    auto findings = ordered_json::array();
    for (auto& [fingerprint, entry] : entries)
        findings.push_back(std::move(entry));
    j["findings"] = std::move(findings);
    return j.dump(2) + "\n";
}

namespace {

// A baseline in any of its three forms, its entries into `out`.
void read_baseline(const json& j, const std::string& file, json_locator& locator,
                   baseline_result& out) {
    out.value.emplace();
    if (j.is_object() && j.contains("format")) {
        if (j["format"] != baseline_format_id) {
            out.errors.push_back(json_diagnostic(
                file, locator, "/format",
                fmt::format("okänt baslinjeformat; väntade \"{}\"", baseline_format_id)));
        } else if (!j.contains("findings")) {
            out.errors.push_back(
                json_diagnostic(file, locator, "", "baslinjen saknar \"findings\""));
        } else {
            read_entries(j["findings"], "/findings", "fingerprint", file, locator, out);
        }
    } else if (j.is_object() && is_sarif(j)) {
        read_sarif(j, file, locator, out);
    } else if (j.is_object() && is_json_result(j)) {
        const auto& cases = j["cases"];
        for (std::size_t i = 0; i < cases.size(); ++i)
            if (cases[i].is_object() && cases[i].contains("findings"))
                read_entries(cases[i]["findings"], fmt::format("/cases/{}/findings", i),
                             "fingerprint", file, locator, out);
    } else {
        out.errors.push_back(json_diagnostic(
            file, locator, "",
            fmt::format("okänd baslinje: väntade ett objekt med \"format\": \"{}\", en SARIF-fil "
                        "eller ett granska-resultat i JSON",
                        baseline_format_id)));
    }
    if (has_errors(out.errors))
        out.value.reset();
}

} // namespace

baseline_result parse_baseline(std::string_view text, const std::string& file) {
    return read_json_text<baseline_result>(
        text, file, "baslinjen är inte giltig JSON och kan inte läsas", read_baseline);
}

baseline_result load_baseline(const std::string& path) {
    return load_json_file<baseline_result>(path, parse_baseline);
}

void apply_baseline(run_report& report, const baseline& known) {
    for (auto& c : report.cases)
        for (auto& f : c.findings)
            if (f.state == finding_state::active && known.fingerprints.contains(f.fingerprint))
                f.state = finding_state::known;
}

bool uses_baseline(const run_report& report) {
    for (const auto& arg : report.command_line)
        if (arg == "--baseline" || arg.starts_with("--baseline="))
            return true;
    for (const auto& c : report.cases)
        for (const auto& f : c.findings)
            if (f.state == finding_state::known)
                return true;
    return false;
}

} // namespace granska::checker
