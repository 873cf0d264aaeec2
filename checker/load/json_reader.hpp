// Bytes of one JSON file -> model::node tree in a case arena, with byte
// offsets, parents and positions in the parent. Reads with simdjson's
// On Demand API (fast, no DOM); when the text is not JSON, asks nlohmann's
// SAX parser why and says it in Swedish (see json_syntax.hpp).
#pragma once

#include "checker/model/model.hpp"

#include <cstdint>
#include <memory>
#include <memory_resource>
#include <string>
#include <string_view>
#include <vector>

namespace granska::checker {

// Deeper nesting than this is refused (bounded recursion, no stack overflow).
inline constexpr std::uint32_t max_json_depth = 64;

// Bytes simdjson may read past the end of a file; reserve this much extra
// capacity in the std::string holding a file to avoid a padded copy.
std::size_t json_padding();

// True when `text` is well-formed UTF-8 (simdjson's validator).
bool is_valid_utf8(std::string_view text);

struct json_error {
    std::uint32_t offset = 0;          // byte offset in the file
    std::string message;               // Swedish; never repeats data except redacted keys
    const model::node* node = nullptr; // the value concerned, when the tree was built
    // Without a tree (a syntax error): the JSON Pointer of the innermost value
    // being read where reading stopped, "" for the document itself.
    std::string pointer;
};

struct json_read_result {
    model::node* root = nullptr;    // nullptr when the text is not JSON
    std::vector<json_error> errors; // one syntax error, or one per duplicated key
};

// Reuses simdjson's buffers and its scratch space across files: make one per
// case (or thread) and call read() for each file. Not thread-safe.
class json_reader {
public:
    json_reader();
    ~json_reader();
    json_reader(const json_reader&) = delete;
    json_reader& operator=(const json_reader&) = delete;

    // Where strings and keys of the tree live.
    enum class strings {
        in_arena, // copied into the arena: the tree outlives `bytes`
        in_file,  // those without escapes point into `bytes`, which the caller
                  // keeps as long as the tree (a case keeps its files' bytes)
    };

    // Reads a whole file. A UTF-8 BOM is skipped (offsets stay file offsets);
    // UTF-16, invalid UTF-8, nesting deeper than max_json_depth, numbers out
    // of range and duplicated keys are errors. Nodes, and keys and strings as
    // `where` says, are allocated in `arena`; every node's document is `document`.
    json_read_result read(const std::string& bytes, std::uint32_t document,
                          std::pmr::memory_resource& arena, strings where = strings::in_arena);

private:
    struct impl;
    std::unique_ptr<impl> impl_;
};

} // namespace granska::checker
