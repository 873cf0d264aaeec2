// Where a JSON value ends and which column a byte stands in, so a finding
// can carry the region of the value its JSON Pointer names (SARIF clients
// such as GitHub code scanning underline exactly that value).
#pragma once

#include "checker/model/model.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace granska::checker {

// One past the last byte of the JSON value that begins at byte `start` of
// `text`. The text is JSON the loader has accepted; a scalar ends at the
// first delimiter, a string at its closing quote, an object or array at its
// matching bracket (brackets inside strings do not count).
std::size_t json_value_end(std::string_view text, std::size_t start);

// One past the last byte of `n`'s value in `text`, its document's bytes: the
// end the JSON reader recorded when it built the node (no rescan: a finding
// on a whole plan would otherwise read the plan again), or, for a node built
// some other way, json_value_end's scan.
std::size_t value_end(std::string_view text, const model::node& n);

// 1-based column of byte `offset` in its line, counted in UTF-16 code units
// (SARIF's default columnKind, what editors and GitHub count).
std::uint32_t utf16_column(std::string_view text, std::size_t offset);

} // namespace granska::checker
