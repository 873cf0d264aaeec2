#include "checker/cli/cli.hpp"

#include "checker/cli/cli_swedish.hpp"
#include "checker/cli/data_dir.hpp"
#include "checker/cli/subcommands.hpp"
#include "checker/results/command_line.hpp"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>

namespace granska::checker {

namespace {

// --version: the version and the data folder this binary reads.
std::string version_text() {
    const auto data = find_data_dir();
    std::string text = std::string("granska ") + GRANSKA_VERSION + "\ndata: ";
    text += data.dir.empty() ? "saknas (letade i " + data.tried + ")"
                             : data.dir + " (" + data.how + ")";
    if (const char* env = std::getenv("GRANSKA_RULES"); env && *env)
        text += std::string("\nregelpaket: ") + env + " (GRANSKA_RULES)";
    return text;
}

} // namespace

int run_cli(int argc, char** argv) {
    // Every subcommand writes through std::cout; this keeps why a write failed.
    checked_stdout standard_output;
    CLI::App app{"granska: kontrollerar kommunala styrdokument mot reglerna i regelpaket"};
    use_swedish(app, version_text());
    app.require_subcommand(1);
    cli_state state;
    const std::vector<CLI::App*> commands = add_subcommands(app, state);
    name_subcommand_groups(app);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        const int code = app.exit(e);
        if (standard_output.failed())
            return 2;
        return code == 0 ? 0 : 2;
    }
    setup_logging(state.common);
    state.argv = recorded_command_line({argv, argv + argc});
    int status = 2;
    for (std::size_t i = 0; i < commands.size(); ++i)
        if (commands[i]->parsed())
            status = subcommands()[i].run(state);
    // Output that did not reach its reader is a failed run, whatever the
    // subcommand concluded.
    return standard_output.failed() ? 2 : status;
}

} // namespace granska::checker
