#include "checker/output.hpp"

#include "checker/input_diagnostic.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>

namespace granska::checker {

namespace {

std::string reason(int error) {
    return swedish_reason(std::error_code(error, std::generic_category()));
}

bool write_all(int fd, const std::string& content) {
    const char* data = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += n;
        left -= static_cast<std::size_t>(n);
    }
    return true;
}

// An unnamed file in `folder` (O_TMPFILE): a run killed while writing it
// leaves nothing behind, as the kernel frees a file that never got a name.
// -1 where the file system cannot do that (then errno says why).
int open_unnamed(const std::string& folder) {
#ifdef O_TMPFILE
    return ::open(folder.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
#else
    errno = EOPNOTSUPP;
    return -1;
#endif
}

// Gives the unnamed file a temporary name beside the target, for rename().
bool name_unnamed(int fd, const std::string& temp) {
    const std::string self = "/proc/self/fd/" + std::to_string(fd);
    if (::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) == 0)
        return true;
    if (errno !=
        EEXIST) // left by a run with the same pid killed in the instant between link and rename
        return false;
    ::unlink(temp.c_str());
    return ::linkat(AT_FDCWD, self.c_str(), AT_FDCWD, temp.c_str(), AT_SYMLINK_FOLLOW) == 0;
}

} // namespace

std::string write_atomically(const std::string& path, const std::string& content) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    const auto status = fs::status(folder, ec);
    if (!fs::exists(status))
        return fmt::format("kan inte skriva {}: mappen {} finns inte", path, folder.string());
    if (!fs::is_directory(status))
        return fmt::format("kan inte skriva {}: {} är ingen mapp", path, folder.string());
    const std::string prefix = (folder / ("." + target.filename().string() + ".tmp-")).string();
    auto failed = [&](int error, int fd, const std::string& temp) {
        if (fd >= 0)
            ::close(fd);
        if (!temp.empty())
            ::unlink(temp.c_str());
        return fmt::format("kan inte skriva {}: {}", path, reason(error));
    };

    std::string temp;
    int fd = open_unnamed(folder.string());
    const bool unnamed = fd >= 0;
    if (!unnamed) {
        if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
            return failed(errno, -1, "");
        // No O_TMPFILE here: a named temporary file, readable like any output (mkstemp makes 0600).
        temp = prefix + "XXXXXX";
        fd = ::mkstemp(temp.data());
        if (fd < 0)
            return failed(errno, -1, "");
        ::fchmod(fd, 0644);
    }
    if (!write_all(fd, content) || ::fsync(fd) != 0)
        return failed(errno, fd, temp);
    if (unnamed) {
        temp = prefix + std::to_string(::getpid());
        if (!name_unnamed(fd, temp))
            return failed(errno, fd, "");
    }
    if (::close(fd) != 0)
        return failed(errno, -1, temp);
    if (::rename(temp.c_str(), path.c_str()) != 0)
        return failed(errno, -1, temp);
    return {};
}

} // namespace granska::checker
