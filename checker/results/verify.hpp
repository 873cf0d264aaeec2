// `granska verify RESULT.json`: runs the command line recorded in a JSON
// result again (check or merge, with every option it had) and compares the
// whole recorded result with the new one, field by field. Each difference is
// named by its JSON Pointer; inputs (data files, rule packs) changed since
// are named too. Only fields that legitimately vary are not compared:
// /command_line (the re-run adds --format json, --output and --as-of) and
// /tool/version (a later granska may re-run an older result; both versions
// are shown when they differ).
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace granska::checker {

// The JSON Pointers verify does not compare, for its output and the docs.
const std::vector<std::string>& verify_ignored_pointers();

// Returns 0 identical; 1 different; 2 the result cannot be read, has no
// command line verify can run, the re-run cannot be started, or the re-run
// exits with status 2 (input errors or rule packs with errors).
// The comparison goes to `out`, errors to `err`.
int verify_result(const std::string& result_path, const std::string& self_exe, std::ostream& out,
                  std::ostream& err);

} // namespace granska::checker
