// Compiles rules written inline in a test and runs them on a case, the way
// run_check does for one pack: for the compiler's and evaluator's unit tests.
#pragma once

#include "checker/compile/compile.hpp"
#include "checker/load/load.hpp"
#include "checker/runtime/compiled.hpp"
#include "grammar/parse.hpp"

#include <catch2/catch.hpp>

#include <memory>
#include <memory_resource>
#include <string>
#include <vector>

namespace granska::testing {

// The header every inline pack gets: one pack applying to all municipalities.
inline std::string pack_source(const std::string& rules) {
    return "pack prov \"Provpaket\"\ndocument \"Provpolicy\"\napplies to all\n" + rules;
}

// A rule with the given severity and body, cited from the header's document.
inline std::string rule_source(const std::string& id, const std::string& body,
                               const std::string& severity = "error") {
    return "rule " + id + " \"Provregel\" {\n  severity " + severity +
           "\n  cite section \"1\" clause \"Klausul.\"\n" + body + "\n}\n";
}

// Every rendered diagnostic of compiling `rules` (with pack_source's header,
// which takes three lines), one per line; "" when it compiles.
inline std::string compile_errors(const std::string& rules) {
    auto parsed = parser::parse_rule_pack("prov.rules", pack_source(rules));
    std::string out;
    for (const auto& d : parsed.errors)
        out += render(d) + "\n";
    if (!parsed.value)
        return out;
    auto compiled = checker::compile_pack(*parsed.value, "");
    for (const auto& d : compiled.errors)
        out += render(d) + "\n";
    return out;
}

inline std::unique_ptr<checker::compiled_pack> compile_or_fail(const std::string& rules) {
    auto parsed = parser::parse_rule_pack("prov.rules", pack_source(rules));
    INFO(compile_errors(rules));
    REQUIRE(parsed.value);
    auto compiled = checker::compile_pack(*parsed.value, "");
    REQUIRE(compiled.value);
    return std::move(compiled.value);
}

// A case from the test fixtures, loaded without error.
inline std::unique_ptr<model::case_data> fixture_case(const std::string& relative) {
    auto loaded = checker::load_case(std::string(GRANSKA_SOURCE_DIR) + "/" + relative);
    REQUIRE(loaded.errors.empty());
    REQUIRE(loaded.value);
    return std::move(loaded.value);
}

// Every finding of every rule in `rules` on the case, in rule order.
inline std::vector<checker::finding>
findings_of(const std::string& rules, const model::case_data& data, const std::string& as_of) {
    const auto pack = compile_or_fail(rules);
    const auto date = calendar::parse_date(as_of);
    REQUIRE(date);
    std::pmr::monotonic_buffer_resource arena;
    std::vector<checker::finding> out;
    for (const auto& rule : pack->rules) {
        checker::eval_context ctx(data, *date, &arena, &out);
        checker::evaluate_rule(*rule, ctx);
    }
    return out;
}

// The messages of `findings`, in order.
inline std::vector<std::string> messages(const std::vector<checker::finding>& findings) {
    std::vector<std::string> out;
    for (const auto& f : findings)
        out.push_back(f.message);
    return out;
}

} // namespace granska::testing
