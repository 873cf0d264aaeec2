#include "checker/base/file_text.hpp"

#include <fstream>
#include <sstream>

namespace granska::checker {

std::string read_file_text(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace granska::checker
