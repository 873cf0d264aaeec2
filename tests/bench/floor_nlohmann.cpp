// Floor 2: nlohmann::json's DOM parse of every file, one thread. What a
// checker that reads its input through nlohmann::json::parse pays at least.
//   floor_nlohmann FOLDER...
#include "floor_files.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <fstream>
#include <iterator>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "användning: floor_nlohmann MAPP...\n");
        return 2;
    }
    const auto start = granska::bench::clock::now();
    const auto files = granska::bench::json_files(argc, argv);
    std::size_t bytes = 0, members = 0;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        const std::string text{std::istreambuf_iterator<char>(in),
                               std::istreambuf_iterator<char>()};
        const auto root = nlohmann::json::parse(text, nullptr, false);
        if (root.is_discarded()) {
            std::fprintf(stderr, "%s: ogiltig JSON\n", path.c_str());
            return 1;
        }
        bytes += text.size();
        members += root.size(); // uses the tree, so the parse cannot be dropped
    }
    granska::bench::report("nlohmann::json", files.size(), bytes, start);
    return members == 0 && !files.empty() ? 1 : 0;
}
