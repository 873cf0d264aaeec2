// Compiles a parsed rule pack: resolves names and fields against the data
// model, checks types, and builds closures. All problems are diagnostics with
// file:line:column; a pack with any error yields no compiled pack.
#pragma once

#include "checker/runtime/compiled.hpp"
#include "grammar/parse.hpp"

#include <memory>

namespace granska::checker {

struct compile_result {
    std::unique_ptr<compiled_pack> value;
    diagnostics errors;
};

compile_result compile_pack(const parser::parsed_pack& parsed, std::string sha256);

} // namespace granska::checker
