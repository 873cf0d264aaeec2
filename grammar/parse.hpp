// The only door out of grammar/: text in, AST and diagnostics out.
// Spirit and its exceptions never leave this folder.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "grammar/ast.hpp"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace granska::parser {

namespace x3 = boost::spirit::x3;

struct source_position {
    std::uint32_t line = 0;   // 1-based
    std::uint32_t column = 0; // 1-based, bytes
};

// A parsed pack keeps its source so that any AST node can be located later
// (the compiler's type errors name file:line:column too).
class parsed_pack {
public:
    ast::pack pack;
    std::string file;

    // Position of a node tagged by the parser. {0,0} if the node was not tagged.
    source_position where(const x3::position_tagged& node) const;
    // The text of line n (1-based), without its newline.
    std::string line_text(std::uint32_t line) const;
    // A diagnostic at a node, with the source line for the caret.
    diagnostic error_at(const x3::position_tagged& node, std::string message) const;

    struct impl;
    std::shared_ptr<const impl> impl_;
};

struct parse_result {
    std::optional<parsed_pack> value; // empty if any error
    diagnostics errors;               // every error found, in source order
};

// Parses one pack. `file` is only used in diagnostics.
parse_result parse_rule_pack(std::string file, std::string source);

} // namespace granska::parser
