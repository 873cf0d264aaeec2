// Writing results: to standard output, or atomically to a file (a temporary
// file in the same folder, flushed, then renamed over the target), so a run
// that dies mid-write leaves the previous file intact and no partial file.
//
// What is at the output path decides how it is written (README, "Säkerhet"):
// - nothing, or a regular file: replaced atomically as above;
// - a FIFO or a character device (a pipe, a terminal, /dev/null): written
//   through, as a shell redirection would; the node itself is never replaced;
// - a symbolic link: followed; its target is treated by the same rules (a
//   regular file is replaced atomically, the link stays); a link to nothing
//   is refused, as creating its target would write where the link points;
// - anything else (a folder, a socket, a block device): refused.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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
    std::string open_replacement(const std::string& target);

    bool through_ = false; // a FIFO or character device, written in place
    int fd_ = -1;
    bool unnamed_ = false;
    int error_ = 0;
    std::string path_;   // as given, for messages
    std::string target_; // the file renamed over: the path, or a link's target
    std::string prefix_; // folder/.NAME.tmp-
    std::string temp_;   // the temporary's name, once it has one
};

// Empty when `output` may be written, else a Swedish message: an output path
// that is one of the `inputs` (a file given, or a file inside a case folder
// given) is refused, as writing it would destroy what was checked.
std::string refuse_output_among_inputs(const std::string& output,
                                       const std::vector<std::string>& inputs);

} // namespace granska::checker
