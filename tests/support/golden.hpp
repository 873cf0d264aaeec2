// Golden files, the one helper every test uses: compare a whole output with
// the file under tests/golden/, show a readable line diff when they differ,
// and rewrite the file instead when GRANSKA_UPDATE_GOLDEN=1 is set (review
// the rewrite with git diff before committing it).
#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <string>

namespace granska::testing {

// The folder holding the golden files: <source>/tests/golden.
std::filesystem::path golden_root();

// True when GRANSKA_UPDATE_GOLDEN=1: golden files are rewritten, not compared.
bool updating_golden();

// The whole file, bytes as they are ("" when it cannot be read).
std::string read_bytes(const std::filesystem::path& path);

// A line diff of `expected` against `actual` ("-" expected, "+" actual, " "
// context), limited to the region that differs; "" when equal.
std::string line_diff(const std::string& expected, const std::string& actual);

// Compares `actual` with tests/golden/<relative> byte for byte (a Catch2
// CHECK whose message is the line diff); rewrites the file first when
// updating. A missing golden file fails, naming the variable that creates it.
void check_golden(const std::string& relative, const std::string& actual);

// Every <folder>/*.<input_extension>, in name order, through `render`; each
// result compared with the file of the same name ending in .expect. Returns
// how many were compared (a test asserts it is not zero).
std::size_t
check_golden_folder(const std::string& folder, const std::string& input_extension,
                    const std::function<std::string(const std::filesystem::path&)>& render);

} // namespace granska::testing
