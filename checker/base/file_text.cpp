#include "checker/base/file_text.hpp"

#include "checker/base/system_error.hpp"

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace granska::checker {

namespace {

// Closes the descriptor however the read ends.
struct descriptor {
    int fd;
    ~descriptor() {
        if (fd >= 0)
            ::close(fd);
    }
};

// 0 with the bytes in `text`, or the errno why not. A directory is refused
// as one (reading it would fail later with a less clear reason).
int read_all(const std::filesystem::path& p, std::string& text) {
    const descriptor file{::open(p.c_str(), O_RDONLY | O_CLOEXEC)};
    if (file.fd < 0)
        return errno;
    struct stat info {};
    if (::fstat(file.fd, &info) != 0)
        return errno;
    if (S_ISDIR(info.st_mode))
        return EISDIR;
    if (S_ISREG(info.st_mode))
        text.reserve(static_cast<std::size_t>(info.st_size));
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return errno;
        if (n == 0)
            return 0;
        text.append(buffer, static_cast<std::size_t>(n));
    }
}

} // namespace

std::string read_file_text(const std::filesystem::path& p) {
    std::string text;
    return read_all(p, text) == 0 ? text : std::string();
}

std::optional<std::string> read_file_text(const std::filesystem::path& p, std::string& error) {
    std::string text;
    if (const int failed = read_all(p, text); failed != 0) {
        error = "kan inte läsa filen: " +
                swedish_reason(std::error_code(failed, std::generic_category()));
        return std::nullopt;
    }
    return text;
}

} // namespace granska::checker
