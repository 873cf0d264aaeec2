// Writing results: to standard output, or atomically to a file (a temporary
// file in the same folder, flushed, then renamed over the target), so a run
// that dies mid-write leaves the previous file intact and no partial file.
#pragma once

#include <string>

namespace granska::checker {

// Returns an empty string on success, else a Swedish error message.
std::string write_atomically(const std::string& path, const std::string& content);

} // namespace granska::checker
