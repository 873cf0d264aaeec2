#include "checker/cli/cli_swedish.hpp"

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <regex>

namespace granska::checker {

namespace {

// Completed with the subcommands of the command that lacks one, as CLI11 has
// them (use_swedish), so the list cannot fall behind the subcommand table.
constexpr const char* subcommand_required = "ange ett underkommando";

// CLI11 2.x builds its messages from fixed English templates (CLI/Error.hpp);
// each is matched here and said again in Swedish with the same pieces.
struct error_translation {
    const char* error_name; // CLI::Error::get_name(); "" for any (a sub-command's
                            // ExtrasError is named after the sub-command)
    std::regex english;
    const char* swedish; // fmt pattern over the captured pieces
};

const std::vector<error_translation>& translations() {
    static const std::vector<error_translation> table{
        {"RequiredError",
         std::regex("^A subcommand( is required)?$|^Requires at least \\d+ subcommands$"),
         subcommand_required},
        {"RequiredError", std::regex("^(.+) is required$"), "argumentet {0} krävs men saknas"},
        {"", std::regex("^The following arguments? (?:was|were) not expected: (.*)$"),
         "okänt argument: {0} (en flagga som inte finns, eller ett värde för mycket)"},
        {"ArgumentMismatch", std::regex("^(.+): At Most (\\d+) required but received (\\d+)$"),
         "{0} tar ett värde och får anges en gång (angavs {2} gånger)"},
        {"ArgumentMismatch", std::regex("^(.+): At least (\\d+) required but received (\\d+)$"),
         "{0} kräver minst {1} värden (fick {2})"},
        {"ArgumentMismatch", std::regex("^(.+): (\\d+) required (.*) missing$"),
         "{0} saknar sitt värde"},
        {"ArgumentMismatch", std::regex("^Expected exactly (\\d+) arguments? to (.+), got (\\d+)$"),
         "{1} ska ha {0} värde (fick {2})"},
        {"ArgumentMismatch",
         std::regex("^Expected at least (\\d+) arguments? to (.+), got (\\d+)$"),
         "{1} ska ha minst {0} värden (fick {2})"},
        {"ArgumentMismatch", std::regex("^(.+) was given a disallowed flag override$"),
         "{0} tar inget värde"},
        {"ConversionError", std::regex("^Could not convert: (.+) = (.*)$"),
         "{0}: värdet \"{1}\" går inte att tolka"},
        {"ConversionError", std::regex("^The value (.*) is not an allowed value for (.+)$"),
         "{1}: värdet \"{0}\" är inte tillåtet"},
        {"ConversionError", std::regex("^(.+): too many inputs for a flag$"),
         "{0} är en flagga och tar inget värde"},
        {"ConversionError", std::regex("^(.+): Should be true/false or a number$"),
         "{0} tar inget värde"},
        {"ValidationError", std::regex("^(.+): (.*)$"), "{0}: {1}"},
    };
    return table;
}

class swedish_formatter : public CLI::Formatter {
public:
    swedish_formatter() {
        for (const auto& [english, swedish] : std::vector<std::pair<const char*, const char*>>{
                 {"Usage", "Användning"},
                 {"OPTIONS", "FLAGGOR"},
                 {"SUBCOMMAND", "UNDERKOMMANDO"},
                 {"SUBCOMMANDS", "UNDERKOMMANDON"},
                 {"Positionals", "Argument"},
                 {"REQUIRED", "KRÄVS"},
                 {"Env", "miljövariabel"},
                 {"Needs", "kräver"},
                 {"Excludes", "utesluter"},
                 {"TEXT", "VÄRDE"},
                 {"UINT", "HELTAL"},
                 {"INT", "HELTAL"},
                 {"FLOAT", "TAL"},
             })
            label(english, swedish);
    }
};

// "check, baseline, …, template eller convert": what `app` offers, in the
// order --help lists it.
std::string subcommand_names(const CLI::App& app) {
    const auto subs = app.get_subcommands([](const CLI::App*) { return true; });
    std::string out;
    for (std::size_t i = 0; i < subs.size(); ++i)
        out += (i == 0 ? "" : i + 1 == subs.size() ? " eller " : ", ") + subs[i]->get_name();
    return out;
}

} // namespace

std::string swedish_parse_error(const CLI::Error& e) {
    const std::string english = e.what();
    for (const auto& t : translations()) {
        std::smatch m;
        if ((*t.error_name && e.get_name() != t.error_name) ||
            !std::regex_match(english, m, t.english))
            continue;
        fmt::dynamic_format_arg_store<fmt::format_context> pieces;
        for (std::size_t i = 1; i < m.size(); ++i)
            pieces.push_back(m[i].str());
        for (std::size_t i = m.size(); i < 4; ++i)
            pieces.push_back(std::string());
        return fmt::vformat(t.swedish, pieces);
    }
    // A template this CLI11 version has that the table lacks: say so in
    // Swedish rather than show English.
    return "kommandoraden går inte att tolka";
}

CLI::Validator one_of(std::vector<std::string> choices) {
    std::string listed = "{";
    for (const auto& c : choices)
        listed += (listed.size() > 1 ? "," : "") + c;
    listed += "}";
    return CLI::Validator(
        [choices](std::string& value) -> std::string {
            if (std::find(choices.begin(), choices.end(), value) != choices.end())
                return {};
            std::string list;
            for (const auto& c : choices)
                list += (list.empty() ? "" : ", ") + c;
            return fmt::format("värdet \"{}\" finns inte; välj ett av {}", value, list);
        },
        listed);
}

void use_swedish(CLI::App& app, const std::string& version) {
    app.formatter(std::make_shared<swedish_formatter>());
    app.option_defaults()->group("Flaggor");
    app.set_help_flag("-h,--help", "visa den här hjälpen och avsluta");
    app.set_version_flag("--version", version, "visa versionen och avsluta");
    app.failure_message([](const CLI::App* failed, const CLI::Error& e) {
        std::string where = "granska";
        const CLI::App* deepest = failed;
        while (deepest && !deepest->get_subcommands().empty()) {
            deepest = deepest->get_subcommands().front();
            where += " " + deepest->get_name();
        }
        std::string message = swedish_parse_error(e);
        if (message == subcommand_required && deepest)
            message += ": " + subcommand_names(*deepest);
        return fmt::format("granska: fel: {}\nSe {} --help.\n", message, where);
    });
}

void name_subcommand_groups(CLI::App& app) {
    for (CLI::App* sub : app.get_subcommands({})) {
        sub->group("Underkommandon");
        // Made when the sub-command was, before it had the Swedish group.
        sub->set_help_flag("-h,--help", "visa den här hjälpen och avsluta");
        name_subcommand_groups(*sub);
    }
}

} // namespace granska::checker
