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

bool write_all(int fd, std::string_view content) {
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

atomic_file::~atomic_file() {
    if (fd_ >= 0)
        ::close(fd_);
    if (!temp_.empty())
        ::unlink(temp_.c_str());
}

std::string atomic_file::fail(int error) {
    if (fd_ >= 0)
        ::close(fd_);
    fd_ = -1;
    if (!temp_.empty())
        ::unlink(temp_.c_str());
    temp_.clear();
    return fmt::format("kan inte skriva {}: {}", path_, reason(error));
}

std::string atomic_file::open(const std::string& path) {
    namespace fs = std::filesystem;
    path_ = path;
    const fs::path target(path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    const auto status = fs::status(folder, ec);
    if (!fs::exists(status))
        return fmt::format("kan inte skriva {}: mappen {} finns inte", path, folder.string());
    if (!fs::is_directory(status))
        return fmt::format("kan inte skriva {}: {} är ingen mapp", path, folder.string());
    // fmt, not `"." + name + ...`: GCC 12 at -O3 warns falsely (-Wrestrict)
    // about the inlined string concatenation.
    prefix_ = (folder / fmt::format(".{}.tmp-", target.filename().string())).string();
    fd_ = open_unnamed(folder.string());
    unnamed_ = fd_ >= 0;
    if (!unnamed_) {
        if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL)
            return fail(errno);
        // No O_TMPFILE here: a named temporary file, readable like any output (mkstemp makes 0600).
        temp_ = prefix_ + "XXXXXX";
        fd_ = ::mkstemp(temp_.data());
        if (fd_ < 0) {
            const int error = errno;
            temp_.clear();
            return fail(error);
        }
        ::fchmod(fd_, 0644);
    }
    return {};
}

bool atomic_file::write(std::string_view bytes) {
    if (fd_ < 0 || error_ != 0)
        return false;
    if (!write_all(fd_, bytes)) {
        error_ = errno;
        return false;
    }
    return true;
}

std::string atomic_file::commit() {
    if (fd_ < 0)
        return fail(EBADF);
    if (error_ != 0)
        return fail(error_);
    // fsync before the rename: after a crash the target is the old file or
    // the whole new one, never an empty file under the new name.
    if (::fsync(fd_) != 0)
        return fail(errno);
    if (unnamed_) {
        temp_ = prefix_ + std::to_string(::getpid());
        if (!name_unnamed(fd_, temp_)) {
            const int error = errno;
            temp_.clear();
            return fail(error);
        }
    }
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0)
        return fail(errno);
    if (::rename(temp_.c_str(), path_.c_str()) != 0)
        return fail(errno);
    temp_.clear();
    return {};
}

} // namespace granska::checker
