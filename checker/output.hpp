// Writing results: to standard output, or atomically to a file (a temporary
// file in the same folder, flushed, then renamed over the target), so a run
// that dies mid-write leaves the previous file intact and no partial file.
#pragma once

#include <string>
#include <string_view>

namespace granska::checker {

// A file written in pieces and put in place at once. Where the file system
// can, the temporary has no name at all until commit (O_TMPFILE), so a killed
// run leaves nothing behind; elsewhere it is a hidden name beside the target,
// removed by the destructor when commit() was not reached.
class atomic_file {
public:
    atomic_file() = default;
    atomic_file(const atomic_file&) = delete;
    atomic_file& operator=(const atomic_file&) = delete;
    ~atomic_file();

    // Empty on success, else a Swedish message naming the file.
    std::string open(const std::string& path);
    // False after a write error (commit() then reports it).
    bool write(std::string_view bytes);
    // Flushes to disk and renames over the target; empty on success.
    std::string commit();

private:
    std::string fail(int error);

    int fd_ = -1;
    bool unnamed_ = false;
    int error_ = 0;
    std::string path_;
    std::string prefix_; // folder/.NAME.tmp-
    std::string temp_;   // the temporary's name, once it has one
};

} // namespace granska::checker
