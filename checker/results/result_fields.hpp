// The fields of a JSON result read back (merge, verify, --compare), checked
// as strictly as an input file: a shard is data from elsewhere, and what it
// says (its as_of, a severity, a name) goes into summaries, comments and
// workflow commands. Every member known, of its type and form; every
// problem a diagnostic with the JSON Pointer.
#pragma once

#include "checker/base/diagnostic.hpp"

#include <nlohmann/json_fwd.hpp>

#include <string>

namespace granska::checker {

// The problems of result `j` read from `file`; empty when it is one granska wrote.
diagnostics check_result_fields(const nlohmann::json& j, const std::string& file);

} // namespace granska::checker
