// `granska verify RESULT.json`: re-runs a recorded check on its recorded
// inputs and says whether the findings are identical, and if not which input
// (data file or rule pack) changed since.
#pragma once

#include <ostream>
#include <string>

namespace granska::checker {

// Returns 0 identical, 1 different, 2 the result cannot be read or re-run.
int verify_result(const std::string& result_path, const std::string& self_exe, std::ostream& out);

} // namespace granska::checker
