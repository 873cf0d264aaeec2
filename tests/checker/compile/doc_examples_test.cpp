// Every example of docs/rule-language.md is run: a ```granska block that
// starts with `pack` is compiled as it stands; one that starts with `rule` or
// `record` is compiled in a pack for the made-up municipality of
// tests/language/provkoping and its citations checked against that policy
// text; any other block is a rule body run on tests/language/example-case,
// where it must give no finding. A ```granska-error block must be refused
// when the pack loads with the message its first line (`// fel: …`) quotes.
#include "checker/compile/policy_text.hpp"
#include "tests/checker/compile/language_support.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace granska::test;

namespace {

struct example {
    std::string kind; // "granska" or "granska-error"
    std::string text;
    std::size_t line = 0; // of the opening fence, for messages
};

std::vector<example> examples_of(const std::string& path) {
    std::ifstream in(path);
    std::vector<example> out;
    std::string line;
    std::size_t number = 0;
    example* open = nullptr;
    while (std::getline(in, line)) {
        ++number;
        if (open != nullptr) {
            if (line == "```")
                open = nullptr;
            else
                open->text += line + "\n";
        } else if (line == "```granska" || line == "```granska-error") {
            out.push_back({line.substr(3), "", number});
            open = &out.back();
        }
    }
    return out;
}

bool starts_with(const std::string& text, const std::string& word) {
    const auto first = text.find_first_not_of(" \n");
    if (first != std::string::npos && text.compare(first, 2, "//") == 0) {
        const auto next = text.find('\n', first);
        return next != std::string::npos && starts_with(text.substr(next + 1), word);
    }
    return first != std::string::npos && text.compare(first, word.size() + 1, word + " ") == 0;
}

std::string source_of(const example& e) {
    if (starts_with(e.text, "pack"))
        return e.text;
    if (starts_with(e.text, "rule") || starts_with(e.text, "record"))
        return language_header + e.text;
    return rule_with(e.text);
}

// Citation check against the made-up policy's text.
std::string citation_errors(const granska::checker::pack_set& packs) {
    const auto text = granska::checker::load_policy_folder(language_dir + "/provkoping");
    REQUIRE(text);
    std::string out;
    for (const auto& d : granska::checker::check_citations(packs, {*text}, {}, language_dir))
        out += d.message + "\n";
    return out;
}

} // namespace

TEST_CASE("every example of the rule language reference runs", "[language][docs]") {
    const auto examples = examples_of(GRANSKA_SOURCE_DIR "/docs/rule-language.md");
    REQUIRE(examples.size() >= 15);
    std::size_t errors_shown = 0;
    for (const auto& e : examples) {
        INFO("docs/rule-language.md, block on line " << e.line << ":\n" << e.text);
        const std::string source = source_of(e);
        if (e.kind == "granska-error") {
            const auto marker = e.text.find("// fel: ");
            REQUIRE(marker == 0);
            const auto end = e.text.find('\n');
            const std::string expected = e.text.substr(8, end - 8);
            const auto compiled = compile_source(source);
            CHECK(compiled.errors.find(expected) != std::string::npos);
            CHECK(compiled.errors.find(": ") != std::string::npos);
            ++errors_shown;
            continue;
        }
        const bool runs = !starts_with(e.text, "pack") && !starts_with(e.text, "rule") &&
                          !starts_with(e.text, "record");
        if (runs) {
            const auto out = run_source(source, example_case);
            std::string found;
            for (const auto& f : out.findings)
                found += f + "\n";
            INFO(out.errors << found);
            CHECK(out.errors.empty());
            CHECK(out.findings.empty());
            continue;
        }
        const auto compiled = compile_source(source);
        CHECK(compiled.errors.empty());
        if (compiled.errors.empty())
            CHECK(citation_errors(compiled.packs).empty());
    }
    CHECK(errors_shown >= 5);
}
