// Helpers for the rule-language tests: compile a pack from source, and run it
// on a case folder. The pack text for rule bodies cites the made-up policy in
// tests/language/provkoping/ and declares its record kind.
#pragma once

#include "checker/compile/compile.hpp"
#include "checker/load/load.hpp"
#include "checker/compile/packs.hpp"
#include "checker/check/run.hpp"
#include "grammar/parse.hpp"

#include <string>
#include <vector>

namespace granska::test {

inline const std::string language_dir = GRANSKA_SOURCE_DIR "/tests/language";
inline const std::string example_case = language_dir + "/example-case";

inline const std::string language_header = "pack provkoping-doc \"Integrationsprogram för "
                                           "Provköpings kommun\"\n"
                                           "document \"Integrationsprogram för Provköpings "
                                           "kommun\"\n"
                                           "applies to \"9999\"\n";

inline const std::string civic_orientation =
    "record civic_orientation { received_on: date, started_on: date? }\n";

// `body` as the statements of rule DOC-1 in a pack with the header and the record kind.
inline std::string rule_with(const std::string& body) {
    return language_header + civic_orientation +
           "rule DOC-1 \"Exempel\" {\n  severity error\n  cite section \"Planering\"\n"
           "       clause \"Varje nämnd ska ha en verksamhetsplan som beskriver hur nämnden "
           "bidrar till integrationsarbetet.\"\n" +
           body + "\n}\n";
}

struct compiled_source {
    checker::pack_set packs;
    std::string errors; // every diagnostic, "line:column: message", one a line
};

inline compiled_source compile_source(const std::string& source) {
    compiled_source out;
    auto parsed = parser::parse_rule_pack("doc.rules", source);
    diagnostics errors = parsed.errors;
    if (parsed.value) {
        auto compiled = checker::compile_pack(*parsed.value, "");
        errors.insert(errors.end(), compiled.errors.begin(), compiled.errors.end());
        if (compiled.value) {
            out.packs.top_level.push_back(compiled.value->info.id);
            out.packs.packs.push_back(std::move(compiled.value));
        }
    }
    for (const auto& e : errors)
        out.errors +=
            std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message + "\n";
    return out;
}

struct run_outcome {
    std::string errors;                // pack or input errors
    std::vector<std::string> findings; // "subject: message"
};

// Compiles `source` and checks the case folder with it per `as_of`.
inline run_outcome run_source(const std::string& source, const std::string& case_dir,
                              const std::string& as_of = "2026-11-22") {
    run_outcome out;
    auto compiled = compile_source(source);
    out.errors = compiled.errors;
    if (!out.errors.empty())
        return out;
    checker::load_options options;
    options.record_kinds = compiled.packs.record_kinds();
    auto loaded = checker::load_case(case_dir, options);
    for (const auto& e : loaded.errors)
        out.errors += render(e) + "\n";
    if (!loaded.value)
        return out;
    std::vector<const checker::compiled_pack*> packs;
    for (const auto& p : compiled.packs.packs)
        packs.push_back(p.get());
    const auto report = checker::check_case(*loaded.value, packs, *calendar::parse_date(as_of));
    for (const auto& f : report.findings)
        out.findings.push_back(f.about.id + ": " + f.message);
    return out;
}

} // namespace granska::test
