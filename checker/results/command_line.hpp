// The command line as results record it (`command_line` in the JSON result)
// and as `granska verify` runs it again.
#pragma once

#include <string>
#include <vector>

namespace granska::checker {

// Without the options that cannot change a finding (parallelism, logging,
// where the output goes), so a result is byte-identical whatever --jobs it
// ran with. argv[0] becomes "granska".
std::vector<std::string> recorded_command_line(const std::vector<std::string>& argv);

// The sub-commands whose JSON result verify can re-create.
bool is_rerunnable(const std::vector<std::string>& recorded);

// The arguments (without argv[0]) that run a recorded command line again
// with its JSON result written to `output`: --format, --output and (for
// check) --as-of replaced by json, `output` and `as_of`, put right after the
// sub-command so that no positional and no `--` can come between; every
// other option and operand as recorded.
std::vector<std::string> rerun_arguments(const std::vector<std::string>& recorded,
                                         const std::string& as_of, const std::string& output);

} // namespace granska::checker
