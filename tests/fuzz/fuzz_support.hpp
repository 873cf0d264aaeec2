// Shared by the fuzz targets: a private scratch folder for inputs that the
// loader only takes as files, and the invariants every run must keep.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/base/personal_number.hpp"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>

namespace granska::fuzz {

// A folder of its own per fuzzing process, in RAM when /dev/shm exists, so
// that writing the input costs little next to parsing it.
inline const std::filesystem::path& scratch() {
    static const std::filesystem::path dir = [] {
        namespace fs = std::filesystem;
        const fs::path base =
            fs::is_directory("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
        fs::path d = base / ("granska-fuzz-" + std::to_string(::getpid()));
        fs::create_directories(d);
        return d;
    }();
    return dir;
}

inline void write_file(const std::filesystem::path& path, std::string_view bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

// Personal identity numbers must never reach a message, log line or output.
// Inputs are made of fuzzed bytes, so this is checked on what granska derives
// from them (messages, diagnostics), never on hashes or fingerprints.
inline void require_no_personal_number(std::string_view where, std::string_view text) {
    if (!checker::find_personal_numbers(text).empty()) {
        std::fprintf(stderr, "personnummer i %.*s: %.*s\n", static_cast<int>(where.size()),
                     where.data(), static_cast<int>(text.size()), text.data());
        std::abort();
    }
}

inline void check_diagnostics(const diagnostics& ds) {
    for (const auto& d : ds) {
        require_no_personal_number("diagnostic", render(d));
        if (d.message.empty()) {
            std::fprintf(stderr, "diagnostic utan meddelande: %s\n", d.file.c_str());
            std::abort();
        }
    }
}

} // namespace granska::fuzz
