// CLI11's texts in Swedish (issue 13): help and every kind of usage error,
// for the program and each sub-command, without CLI11's English.
#include "run_binary.hpp"

#include <catch2/catch.hpp>

using granska::e2e::run_granska;

namespace {

// Words CLI11 2.x writes in its help and error texts.
const std::vector<std::string> english{
    "Usage",        "Options",   "OPTIONS",      "Positionals", "Subcommands", "SUBCOMMAND",
    "REQUIRED",     "required",  "not expected", "Run with",    "Could not",   " not in ",
    "At Most",      "Expected",  "Print this",   "Display",     "TEXT",        "UINT",
    "help message", "arguments", "argument was", "Excludes",    "Needs",       "ENUM"};

void check_swedish(const std::string& text) {
    for (const auto& word : english) {
        INFO("English \"" << word << "\" in:\n" << text);
        CHECK(text.find(word) == std::string::npos);
    }
}

} // namespace

TEST_CASE("help for the program and each sub-command is Swedish", "[e2e][cli][swedish]") {
    for (const std::vector<std::string>& args :
         std::vector<std::vector<std::string>>{{"--help"},
                                               {"check", "--help"},
                                               {"baseline", "--help"},
                                               {"baseline", "write", "--help"},
                                               {"rules", "--help"},
                                               {"explain", "--help"},
                                               {"test", "--help"},
                                               {"trace", "--help"},
                                               {"merge", "--help"},
                                               {"verify", "--help"}}) {
        SECTION(args.front() + (args.size() > 2 ? " " + args[1] : "")) {
            const auto r = run_granska(args);
            CHECK(r.status == 0);
            CHECK(r.out.find("Användning: ") != std::string::npos);
            check_swedish(r.out + r.err);
        }
    }
    const auto check = run_granska({"check", "--help"});
    CHECK(check.out.find("Flaggor:") != std::string::npos);
    CHECK(check.out.find("FALL") != std::string::npos);
    CHECK(check.out.find("--rules SÖKVÄG") != std::string::npos);
}

TEST_CASE("usage errors are Swedish and exit 2", "[e2e][cli][swedish]") {
    struct usage_error {
        std::vector<std::string> args;
        std::string message;
    };
    const std::vector<usage_error> errors{
        // The list is what the command offers, as CLI11 has it: it cannot
        // fall behind the subcommand table.
        {{},
         "granska: fel: ange ett underkommando: check, baseline, rules, explain, test, merge, "
         "trace, verify, lint, fmt, new, template eller convert\nSe granska --help.\n"},
        {{"frobnicate"},
         "granska: fel: ange ett underkommando: check, baseline, rules, explain, "
         "test, merge, trace, verify, lint, fmt, new, template eller convert\n"},
        {{"check"}, "granska: fel: argumentet FALL krävs men saknas"},
        {{"check", "--as-of", "2026-11-22"}, "granska: fel: argumentet FALL krävs men saknas"},
        {{"check", "policies/herrljunga", "--bogus"}, "granska: fel: okänt argument: --bogus"},
        {{"check", "policies/herrljunga", "--format", "word"},
         "granska: fel: --format: värdet \"word\" finns inte; välj ett av text, json, sarif"},
        {{"check", "policies/herrljunga", "--fail-on", "sometimes"},
         "granska: fel: --fail-on: värdet \"sometimes\" finns inte"},
        {{"check", "policies/herrljunga", "--jobs", "many"},
         "granska: fel: --jobs: värdet \"many\" går inte att tolka"},
        {{"check", "policies/herrljunga", "--format", "json", "--format", "text"},
         "granska: fel: --format tar ett värde och får anges en gång"},
        {{"check", "policies/herrljunga", "--as-of"}, "granska: fel: --as-of saknar sitt värde"},
        {{"check", "policies/herrljunga", "--audit=maybe"},
         "granska: fel: --audit: värdet \"maybe\" går inte att tolka"},
        {{"check", "policies/herrljunga", "--rules"}, "granska: fel: --rules saknar sitt värde"},
        {{"baseline"},
         "granska: fel: ange ett underkommando: write\nSe granska baseline --help.\n"},
        {{"new"}, "granska: fel: ange ett underkommando: municipality\n"},
        {{"explain"}, "granska: fel: argumentet REGEL krävs men saknas"},
        {{"explain", "HER-01", "HER-02"}, "granska: fel: okänt argument: HER-02"},
        {{"trace"}, "granska: fel: argumentet POLICYMAPP krävs men saknas"},
        {{"trace", "policies/herrljunga", "--format", "pdf"},
         "granska: fel: --format: värdet \"pdf\" finns inte"},
        {{"merge"}, "granska: fel: argumentet RESULTAT krävs men saknas"},
        {{"verify"}, "granska: fel: argumentet RESULTAT krävs men saknas"},
        {{"test", "--coverage-min", "all"},
         "granska: fel: --coverage-min: värdet \"all\" går inte att tolka"},
    };
    for (const auto& e : errors) {
        std::string name = "granska";
        for (const auto& a : e.args)
            name += " " + a;
        SECTION(name) {
            const auto r = run_granska(e.args);
            INFO(r.err);
            CHECK(r.status == 2);
            CHECK(r.out.empty());
            CHECK(r.err.rfind(e.message, 0) == 0);
            CHECK(r.err.find("--help.") != std::string::npos);
            check_swedish(r.err);
        }
    }
}
