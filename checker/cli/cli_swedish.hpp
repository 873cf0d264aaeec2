// CLI11 in Swedish: the help layout's labels ("Usage", "Options", ...) and
// its parse errors ("cases is required", "The following argument was not
// expected", ...), so the whole interface speaks one language.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace granska::checker {

// Sets the Swedish help formatter, help and version flags, the option group
// name and the failure message on `app`; call before adding sub-commands,
// which inherit them.
void use_swedish(CLI::App& app, const std::string& version);

// Gives every sub-command (recursively) the Swedish group name and help flag.
void name_subcommand_groups(CLI::App& app);

// The Swedish message for a CLI11 parse error (without "granska: fel: ").
std::string swedish_parse_error(const CLI::Error& e);

// A validator accepting exactly `choices`, with a Swedish message.
CLI::Validator one_of(std::vector<std::string> choices);

} // namespace granska::checker
