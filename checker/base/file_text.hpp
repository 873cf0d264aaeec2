// A whole file as bytes, for every file granska reads whole: the texts beside
// its packs (policy texts, packs, statutes), results, baselines, waivers,
// workbooks. One read, one message when it fails.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace granska::checker {

// The file's bytes; empty if it cannot be read. For callers that check the
// path themselves first (they must tell "empty" from "unreadable").
std::string read_file_text(const std::filesystem::path& p);

// The file's bytes; nullopt when it cannot be read, with `error` set to the
// one message every reader gives: "kan inte läsa filen: <why>" (the reason in
// Swedish, checker/base/system_error.hpp).
std::optional<std::string> read_file_text(const std::filesystem::path& p, std::string& error);

} // namespace granska::checker
