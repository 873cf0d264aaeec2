// granska fmt: the one layout of a rule pack. Works on the token stream
// (checker/compile/pack_tokens.hpp), so it changes only the blanks between tokens
// and never what a pack means, and new syntax formats without changes here.
//
// The layout, like gofmt's, fixes what a reviewer should not have to argue
// about and keeps what carries the author's intent:
// - two spaces per level of braces; statements and declarations each start
//   a line; `{` ends its line, `}` stands on its own;
// - one space between tokens, none inside brackets, before `,` `.` `)` `]`,
//   after `.` or a unary minus, or between a function's name and its `(`;
// - a line break the author put inside a statement stays, and the next line
//   is indented by what it continues: after an open bracket, under its first
//   element; `else` and top-level continuations two spaces in; otherwise
//   under what follows the statement's keyword (`clause` under `section`);
// - runs of blank lines become one, none after `{` or before `}`, and one
//   blank line always separates a top-level rule from what precedes it;
// - comments stay where they are, a trailing comment one space after code;
// - no trailing blanks, a line break at the end, `\n` line endings.
#pragma once

#include <string>
#include <string_view>

namespace granska::checker {

// The formatted text of a pack. The caller has parsed `source` (a pack that
// does not parse is never formatted).
std::string format_pack(std::string_view source);

// True when `a` and `b` are the same tokens in the same order: what
// format_pack must preserve (checked before any file is written).
bool same_tokens(std::string_view a, std::string_view b);

} // namespace granska::checker
