// A whole file as bytes, for the texts granska reads beside its packs
// (policy texts, packs, statutes). Callers that must tell "empty" from
// "unreadable" check the path themselves first.
#pragma once

#include <filesystem>
#include <string>

namespace granska::checker {

// The file's bytes; empty if it cannot be opened.
std::string read_file_text(const std::filesystem::path& p);

} // namespace granska::checker
