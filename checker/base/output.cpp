#include "checker/base/output.hpp"

#include "checker/base/system_error.hpp"

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

std::string errno_text(int error) {
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
    return fmt::format("kan inte skriva {}: {}", path_, errno_text(error));
}

namespace {

// Why a path that is neither a regular file, a FIFO nor a character device
// (nor a link to one) is not written.
std::string refusal(mode_t mode) {
    static const std::pair<mode_t, const char*> kinds[] = {
        {S_IFDIR, "är en mapp"},
        {S_IFBLK, "är en blockenhet"},
    };
    for (const auto& [kind, words] : kinds)
        if ((mode & S_IFMT) == kind)
            return words;
    return "är varken en vanlig fil, en namngiven rörledning (FIFO) eller en teckenenhet";
}

} // namespace

std::string atomic_file::open(const std::string& path) {
    path_ = path;
    struct stat at {};
    if (::lstat(path.c_str(), &at) != 0)
        return errno == ENOENT || errno == ENOTDIR ? open_replacement(path) : fail(errno);
    std::string target = path;
    if (S_ISLNK(at.st_mode)) {
        if (::stat(path.c_str(), &at) != 0) {
            if (errno == ENOENT)
                return fmt::format("kan inte skriva {}: en symbolisk länk till något som inte "
                                   "finns skrivs inte (den kunde peka var som helst)",
                                   path);
            return fail(errno);
        }
        if (S_ISREG(at.st_mode)) {
            std::error_code ec;
            target = std::filesystem::canonical(path, ec).string();
            if (ec)
                return fail(ec.value());
        }
    }
    if (S_ISREG(at.st_mode))
        return open_replacement(target);
    if (S_ISFIFO(at.st_mode) || S_ISCHR(at.st_mode)) {
        // A pipe, a terminal or /dev/null: written through, never replaced.
        fd_ = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
        if (fd_ < 0)
            return fail(errno);
        through_ = true;
        return {};
    }
    return fmt::format("kan inte skriva {}: {}", path, refusal(at.st_mode));
}

std::string atomic_file::open_replacement(const std::string& target_path) {
    namespace fs = std::filesystem;
    target_ = target_path;
    const fs::path target(target_path);
    const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
    std::error_code ec;
    const auto status = fs::status(folder, ec);
    if (!fs::exists(status))
        return fmt::format("kan inte skriva {}: mappen {} finns inte", path_, folder.string());
    if (!fs::is_directory(status))
        return fmt::format("kan inte skriva {}: {} är ingen mapp", path_, folder.string());
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
    if (through_) {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0 ? std::string() : fail(errno);
    }
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
    if (::rename(temp_.c_str(), target_.c_str()) != 0)
        return fail(errno);
    temp_.clear();
    return {};
}

namespace {

// True when `inner` is `outer` or lies below it (both canonical).
bool lies_in(const std::filesystem::path& inner, const std::filesystem::path& outer) {
    auto i = inner.begin();
    for (auto o = outer.begin(); o != outer.end(); ++o, ++i)
        if (i == inner.end() || *i != *o)
            return false;
    return true;
}

} // namespace

std::string refuse_output_among_inputs(const std::string& output,
                                       const std::vector<std::string>& inputs) {
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path out = fs::weakly_canonical(output, ec);
    if (ec)
        return {};
    for (const auto& input : inputs) {
        if (input.empty())
            continue;
        const fs::path in = fs::weakly_canonical(input, ec);
        if (ec)
            continue;
        if (fs::is_directory(in, ec) ? lies_in(out, in) : out == in)
            return fmt::format("kan inte skriva {}: sökvägen hör till indata ({}), som då "
                               "skulle skrivas över eller ändras; välj en fil utanför det som "
                               "kontrolleras",
                               output, input);
    }
    return {};
}

} // namespace granska::checker
