// Reading a case: files -> JSON trees with positions -> granska/1 schema
// validation -> joined model. Every problem becomes a diagnostic naming the
// file, line, column and JSON Pointer; nothing is thrown, no input is changed.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/model/model.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace granska::checker {

struct load_options {
    // Files larger than this are refused with a clear error (bounded memory).
    std::uint64_t max_file_size = 256ull * 1024 * 1024;
};

struct load_result {
    std::unique_ptr<model::case_data> value; // empty if the case has any input error
    diagnostics errors;
    std::vector<std::string> files; // every file read, in order
};

// Loads one case: a folder (searched recursively for *.json, sorted by path)
// or a single file.
load_result load_case(const std::string& path, const load_options& options = {});

} // namespace granska::checker
