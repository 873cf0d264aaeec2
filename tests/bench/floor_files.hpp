// Shared by the two benchmark floors: the *.json files under the given
// folders, and the one line each floor prints. The floors read and parse
// exactly what `granska check` reads, one thread, nothing else, so their wall
// time is the cost of the bytes alone.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace granska::bench {

// Every *.json file under each argument (a folder, searched recursively, or
// a single file), sorted by path within a folder as granska reads them.
inline std::vector<std::string> json_files(int argc, char** argv) {
    namespace fs = std::filesystem;
    std::vector<std::string> out;
    for (int i = 1; i < argc; ++i) {
        const fs::path root(argv[i]);
        if (fs::is_regular_file(root)) {
            out.push_back(root.string());
            continue;
        }
        std::vector<std::string> found;
        for (const auto& entry : fs::recursive_directory_iterator(root))
            if (entry.is_regular_file() && entry.path().extension() == ".json")
                found.push_back(entry.path().string());
        std::sort(found.begin(), found.end());
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

using clock = std::chrono::steady_clock;

inline void report(const char* name, std::size_t files, std::size_t bytes,
                   clock::time_point start) {
    const double seconds = std::chrono::duration<double>(clock::now() - start).count();
    std::printf("%s: %zu filer, %zu byte, %.4f s, %.0f MB/s\n", name, files, bytes, seconds,
                seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0);
}

} // namespace granska::bench
