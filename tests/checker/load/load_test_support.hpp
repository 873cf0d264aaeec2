// Helpers for the loader tests: a temporary folder that cleans up after
// itself, and files written into it byte for byte.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace granska::test {

class temp_folder {
public:
    temp_folder() {
        std::string pattern =
            (std::filesystem::temp_directory_path() / "granska-load-XXXXXX").string();
        path_ = ::mkdtemp(pattern.data());
    }
    ~temp_folder() {
        std::error_code ec;
        // Restore permissions a test took away, so removal succeeds.
        for (auto it = std::filesystem::recursive_directory_iterator(path_, ec);
             it != std::filesystem::recursive_directory_iterator(); it.increment(ec))
            if (!it->is_symlink())
                std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                             std::filesystem::perm_options::add, ec);
        std::filesystem::remove_all(path_, ec);
    }
    temp_folder(const temp_folder&) = delete;
    temp_folder& operator=(const temp_folder&) = delete;

    const std::string& path() const { return path_; }

    // Writes `bytes` to `relative` (folders created); returns the full path.
    std::string write(const std::string& relative, const std::string& bytes) const {
        const auto full = std::filesystem::path(path_) / relative;
        std::filesystem::create_directories(full.parent_path());
        std::ofstream(full, std::ios::binary) << bytes;
        return full.string();
    }

private:
    std::string path_;
};

} // namespace granska::test
