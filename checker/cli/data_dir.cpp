#include "checker/cli/data_dir.hpp"

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace granska::checker {

namespace {

// The running binary's own folder (/proc/self/exe resolves symlinks, so a
// link in /usr/local/bin still finds the data of the real installation).
fs::path binary_dir() {
    std::error_code ec;
    const auto exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}

// The first line of the build tree's marker file: the source folder.
std::string marker_target(const fs::path& marker) {
    std::ifstream in(marker);
    std::string line;
    std::getline(in, line);
    return line;
}

} // namespace

data_location find_data_dir() {
    data_location out;
    const fs::path bin = binary_dir();
    if (bin.empty()) {
        out.tried = "/proc/self/exe (kunde inte läsas)";
        return out;
    }
    std::error_code ec;
    const fs::path marker = bin / "granska-data-dir";
    if (fs::is_regular_file(marker, ec)) {
        const std::string source = marker_target(marker);
        if (!source.empty() && fs::is_directory(fs::path(source) / "rules", ec)) {
            out.dir = source;
            out.how = "källträdet, enligt " + marker.string();
            return out;
        }
        out.tried = marker.string() + " (pekar på " + source + ", som saknar rules/), ";
    }
    const fs::path installed = (bin / ".." / "share" / "granska").lexically_normal();
    if (fs::is_directory(installed / "rules", ec)) {
        out.dir = installed.string();
        out.how = "installerad bredvid programmet";
        return out;
    }
    out.tried += installed.string();
    return out;
}

std::string bundled_rules_dir(std::string& why) {
    if (const char* env = std::getenv("GRANSKA_RULES"); env && *env)
        return env;
    const auto data = find_data_dir();
    if (data.dir.empty()) {
        why = "hittar inga medföljande regelpaket (letade i " + data.tried +
              "); ange --rules eller GRANSKA_RULES";
        return {};
    }
    return (fs::path(data.dir) / "rules").string();
}

} // namespace granska::checker
