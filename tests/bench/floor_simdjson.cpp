// Floor 1: simdjson's DOM parse of every file, one thread, one reused parser.
// The fastest JSON reader there is: no checker can read the bytes faster.
//   floor_simdjson FOLDER...
#include "floor_files.hpp"

#include <simdjson.h>

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "användning: floor_simdjson MAPP...\n");
        return 2;
    }
    const auto start = granska::bench::clock::now();
    const auto files = granska::bench::json_files(argc, argv);
    simdjson::dom::parser parser;
    std::size_t bytes = 0;
    for (const auto& path : files) {
        simdjson::padded_string text;
        if (simdjson::padded_string::load(path).get(text)) {
            std::fprintf(stderr, "%s: kan inte läsas\n", path.c_str());
            return 1;
        }
        simdjson::dom::element root;
        if (const auto error = parser.parse(text).get(root)) {
            std::fprintf(stderr, "%s: ogiltig JSON: %s\n", path.c_str(),
                         simdjson::error_message(error));
            return 1;
        }
        bytes += text.size();
    }
    const std::string name = "simdjson DOM (" + simdjson::get_active_implementation()->name() + ")";
    granska::bench::report(name.c_str(), files.size(), bytes, start);
    return 0;
}
