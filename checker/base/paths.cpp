#include "checker/base/paths.hpp"

#include <cstdlib>
#include <filesystem>

namespace granska::checker {

namespace {

namespace fs = std::filesystem;

// Without trailing separators ("policies/herrljunga/" names the folder
// "policies/herrljunga"); "/" stays "/".
fs::path without_trailing_separator(const fs::path& p) {
    std::string text = p.string();
    while (text.size() > 1 && text.back() == '/')
        text.pop_back();
    return text.empty() ? fs::path(".") : fs::path(text);
}

bool same_file(const fs::path& a, const fs::path& b) {
    std::error_code ec;
    return fs::equivalent(a, b, ec) && !ec;
}

// `p` relative to the working directory `cwd` when it lies inside it (and
// names the same file that way); else unchanged.
fs::path inside(const fs::path& p, const fs::path& cwd) {
    if (cwd.empty())
        return p;
    const fs::path rel = p.lexically_relative(cwd);
    const std::string text = rel.string();
    if (text.empty() || text == ".." || text.starts_with("../"))
        return p;
    return same_file(rel, p) ? rel : p;
}

// The working directory as the user sees it ($PWD, which keeps the names of
// symlinks on the way) and as the kernel has it (every symlink resolved): an
// absolute path may be written either way.
fs::path relative_to_working_directory(const fs::path& p) {
    std::error_code ec;
    const fs::path physical = fs::current_path(ec);
    if (const char* logical = std::getenv("PWD");
        logical && *logical == '/' && same_file(fs::path(logical), physical)) {
        const fs::path rel = inside(p, fs::path(logical).lexically_normal());
        if (rel.is_relative())
            return rel;
    }
    return inside(p, ec ? fs::path() : physical);
}

} // namespace

std::string normalized_path(const std::string& given) {
    if (given.empty())
        return given;
    const fs::path original(given);
    std::error_code ec;
    if (!fs::exists(original, ec))
        return given;
    fs::path normal = without_trailing_separator(original.lexically_normal());
    // Lexically, "a/.." is "": right unless a is a symlink, so the shorter
    // form is taken only where it names the same file.
    if (!same_file(normal, original)) {
        normal = fs::weakly_canonical(original, ec);
        if (ec)
            return given;
    }
    if (normal.is_absolute())
        normal = relative_to_working_directory(normal);
    const std::string text = normal.string();
    return text.empty() ? "." : text;
}

} // namespace granska::checker
