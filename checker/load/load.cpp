#include "checker/load/load.hpp"

#include "checker/base/escape.hpp"
#include "checker/base/sha256.hpp"
#include "checker/load/input_diagnostic.hpp"
#include "checker/load/join.hpp"
#include "checker/load/json_keys.hpp"
#include "checker/load/json_reader.hpp"
#include "checker/load/record_check.hpp"
#include "checker/load/validate.hpp"
#include "checker/load/workbook_read.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <fcntl.h>
#include <filesystem>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace granska::checker {

namespace {

namespace fs = std::filesystem;

struct input_file {
    std::string shown; // the case path joined with the path relative to it
    fs::path path;
};

// JSON files and workbooks; "~$x.xlsx" is the lock file of an open workbook.
bool is_json_name(const fs::path& p) {
    return p.extension() == ".json" ||
           (workbook::is_workbook_name(p.string()) && p.filename().string().rfind("~$", 0) != 0);
}

// The type the listing gave an entry that is not a link, without a syscall
// (directory_entry's status() and symlink_status() always ask the kernel).
fs::file_status cached_status(const fs::directory_entry& entry, std::error_code& ec) {
    if (entry.is_directory(ec))
        return fs::file_status(fs::file_type::directory);
    if (entry.is_regular_file(ec))
        return fs::file_status(fs::file_type::regular);
    return fs::file_status(ec ? fs::file_type::not_found : fs::file_type::unknown); // ec says why
}

// True when the link `link` resolves to a file inside `folder` (canonical):
// a case is what lies in its folder, and a link to /etc/passwd must not
// bring that file's first line into an error excerpt in a CI log.
bool inside(const fs::path& link, const fs::path& folder) {
    std::error_code ec;
    const fs::path target = fs::canonical(link, ec);
    if (ec || folder.empty())
        return false;
    return std::mismatch(folder.begin(), folder.end(), target.begin(), target.end()).first ==
           folder.end();
}

// A folder, searched with an explicit stack. Symbolic links to folders are
// not followed: that is what makes a link loop harmless, and a case should
// not reach outside its folder anyway. Links to files inside the case are
// read; a link to a file outside it is an input error naming the link.
std::vector<input_file> list_folder(const std::string& root, diagnostics& errors) {
    std::vector<std::pair<std::string, fs::path>> found; // relative, full
    std::vector<std::pair<fs::path, fs::path>> pending{{fs::path(root), fs::path()}};
    std::error_code root_ec;
    const fs::path root_real = fs::canonical(root, root_ec);
    while (!pending.empty()) {
        const auto [dir, relative] = pending.back();
        pending.pop_back();
        std::error_code ec;
        fs::directory_iterator it(dir, ec);
        if (ec) {
            errors.push_back(file_diagnostic((fs::path(root) / relative).generic_string(),
                                             "kan inte läsa mappen: " + swedish_reason(ec)));
            continue;
        }
        for (; it != fs::directory_iterator(); it.increment(ec)) {
            const fs::directory_entry& entry = *it;
            const fs::path rel = relative / entry.path().filename();
            std::error_code link_ec;
            const bool is_link = entry.is_symlink(link_ec);
            // The entry knows its own type from the listing (d_type); only a
            // link costs a stat() to learn what it points at.
            std::error_code target_ec;
            const fs::file_status target =
                is_link ? entry.status(target_ec) : cached_status(entry, target_ec);
            if (is_link && fs::is_directory(target))
                continue;
            if (fs::is_directory(target)) {
                pending.emplace_back(entry.path(), rel);
            } else if (is_json_name(rel)) {
                if (target_ec) // a dangling link or a link loop
                    errors.push_back(
                        file_diagnostic((fs::path(root) / rel).generic_string(),
                                        "kan inte läsa filen: " + swedish_reason(target_ec)));
                else if (is_link && !inside(entry.path(), root_real))
                    errors.push_back(file_diagnostic(
                        (fs::path(root) / rel).generic_string(),
                        "är en symbolisk länk till en fil utanför fallmappen; den läses inte"));
                else if (fs::is_regular_file(target))
                    found.emplace_back(rel.generic_string(), entry.path());
                else // a FIFO or device: reading could block forever
                    errors.push_back(file_diagnostic((fs::path(root) / rel).generic_string(),
                                                     "kan inte läsa filen: är ingen vanlig fil"));
            }
        }
        if (ec)
            errors.push_back(file_diagnostic((fs::path(root) / relative).generic_string(),
                                             "kan inte läsa mappen: " + swedish_reason(ec)));
    }
    std::sort(found.begin(), found.end());
    std::vector<input_file> files;
    files.reserve(found.size());
    for (auto& [rel, full] : found)
        files.push_back({utf8_lossless((fs::path(root) / rel).generic_string()), std::move(full)});
    return files;
}

std::vector<input_file> list_case(const std::string& path, diagnostics& errors) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
        errors.push_back(file_diagnostic(
            path, "fallet kan inte läsas: " +
                      swedish_reason(
                          ec ? ec : std::make_error_code(std::errc::no_such_file_or_directory))));
        return {};
    }
    if (fs::is_directory(status)) {
        auto files = list_folder(path, errors);
        if (files.empty() && errors.empty())
            errors.push_back(
                file_diagnostic(path, "mappen innehåller inga .json- eller .xlsx-filer"));
        return files;
    }
    if (!fs::is_regular_file(status)) {
        errors.push_back(
            file_diagnostic(path, "fallet kan inte läsas: är varken en mapp eller en vanlig fil"));
        return {};
    }
    return {{utf8_lossless(path), fs::path(path)}};
}

std::string describe_size(std::uint64_t bytes) {
    constexpr std::uint64_t mb = 1024 * 1024;
    return bytes >= mb ? std::to_string(bytes / mb) + " MB" : std::to_string(bytes) + " byte";
}

// Reads a file read-only into `out` with room for simdjson's padding; never
// more than max_size + 1 bytes, so a huge or growing file costs nothing.
// open + fstat + read: one path lookup per file, no stdio buffer.
bool read_file(const input_file& file, std::uint64_t max_size, std::string& out,
               diagnostics& errors) {
    auto fail = [&](int error) {
        errors.push_back(file_diagnostic(
            file.shown, "kan inte läsa filen: " +
                            swedish_reason(std::error_code(error, std::generic_category()))));
        return false;
    };
    const int fd = ::open(file.path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return fail(errno);
    struct closer {
        int fd;
        ~closer() { ::close(fd); }
    } const close_at_return{fd};
    struct stat st {};
    if (::fstat(fd, &st) != 0)
        return fail(errno);
    if (!S_ISREG(st.st_mode)) { // replaced by a FIFO or a folder since the listing
        errors.push_back(file_diagnostic(file.shown, "kan inte läsa filen: är ingen vanlig fil"));
        return false;
    }
    const std::uint64_t limit = std::min<std::uint64_t>(max_size, UINT32_MAX - 1);
    auto too_big = [&] {
        errors.push_back(file_diagnostic(file.shown, "filen är större än " + describe_size(limit) +
                                                         ", som är mest granska läser per fil"));
        return false;
    };
    const auto size = static_cast<std::uint64_t>(st.st_size);
    if (size > limit)
        return too_big();
    // Straight into the string, one byte more than fstat said: filling that
    // byte means the file grew, and reading goes on (to the limit).
    out.reserve(size + json_padding());
    out.resize(size + 1);
    std::size_t have = 0;
    while (true) {
        if (have == out.size())
            out.resize(have + 65536);
        const ssize_t n = ::read(fd, out.data() + have, out.size() - have);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            const int error = errno;
            out.clear();
            return fail(error);
        }
        if (n == 0)
            break;
        const bool filled = static_cast<std::size_t>(n) == out.size() - have;
        have += static_cast<std::size_t>(n);
        if (have > limit) {
            out.clear();
            return too_big();
        }
        if (!filled) // a short read of a regular file is its end
            break;
    }
    out.resize(have);
    if (out.capacity() < out.size() + json_padding())
        out.reserve(out.size() + json_padding());
    return true;
}

std::string root_kind_text(const model::node* root) {
    const std::string_view kind = root->get_text("kind");
    return kind == "policy" || kind == "organisation" || kind == "plan" ? std::string(kind)
                                                                        : std::string();
}

} // namespace

load_result load_case(const std::string& path, const load_options& options) {
    load_result result;
    auto data = std::make_unique<model::case_data>();
    data->path = utf8_lossless(path);
    const auto files = list_case(path, result.errors);

    json_reader reader;
    std::vector<bool> usable;
    // One document's JSON text -> tree -> schema validation.
    auto read_document = [&](model::document& doc, std::uint32_t index) {
        auto read = reader.read(doc.bytes, index, data->arena, json_reader::strings::in_file);
        for (const auto& e : read.errors)
            result.errors.push_back(e.node ? data_diagnostic(doc, e.node, e.message)
                                           : data_diagnostic(doc, e.offset, e.pointer, e.message));
        if (read.root == nullptr)
            return;
        doc.root = read.root;
        doc.kind = root_kind_text(read.root);
        if (!read.errors.empty())
            return; // duplicated keys: which value was meant is unknown
        auto problems = validate_document(*read.root);
        if (problems.empty()) {
            auto declared = check_declared_records(*read.root, options.record_kinds);
            problems.insert(problems.end(), declared.begin(), declared.end());
        }
        for (const auto& p : problems)
            result.errors.push_back(
                p.at_key && doc.cells.empty() // a workbook's key is its column: the value's cell
                    ? data_diagnostic(doc,
                                      key_offset(doc.bytes, p.at->parent->members[p.at->index]),
                                      model::pointer_of(p.at), p.message)
                    : data_diagnostic(doc, p.at, p.message));
        usable[index] = problems.empty();
    };
    auto add_document = [&](std::string shown) -> model::document& {
        data->documents.push_back(std::make_unique<model::document>());
        usable.push_back(false);
        data->documents.back()->path = std::move(shown);
        return *data->documents.back();
    };
    // A workbook with errors gives no documents; the case then lacks its
    // policy and organisation, which would only repeat what was said.
    bool workbook_failed = false;
    for (const auto& file : files) {
        result.files.push_back(file.shown);
        std::string bytes;
        if (!read_file(file, options.max_file_size, bytes, result.errors)) {
            add_document(file.shown); // listed in the case, unread
            continue;
        }
        const std::string digest = sha256_hex(bytes);
        if (!workbook::is_workbook_name(file.shown)) {
            model::document& doc = add_document(file.shown);
            doc.bytes = std::move(bytes);
            doc.sha256 = digest;
            read_document(doc, static_cast<std::uint32_t>(data->documents.size() - 1));
            continue;
        }
        // A workbook becomes the case's documents, each read as if it were a
        // file, with the workbook's path and its cells as positions.
        auto book = workbook::read_workbook(file.shown, bytes, options.max_file_size);
        result.errors.insert(result.errors.end(), book.errors.begin(), book.errors.end());
        workbook_failed = workbook_failed || book.documents.empty();
        for (auto& converted : book.documents) {
            model::document& doc = add_document(file.shown);
            doc.sha256 = digest;
            doc.bytes = std::move(converted.json);
            doc.bytes.reserve(doc.bytes.size() + json_padding());
            doc.sheets = book.sheets;
            doc.cells = std::move(converted.cells);
            read_document(doc, static_cast<std::uint32_t>(data->documents.size() - 1));
        }
    }

    // With no files at all, the listing has said why; "no policy" would add nothing.
    if (!files.empty() && !workbook_failed)
        join_case(*data, usable, result.errors);
    if (!has_errors(result.errors))
        result.value = std::move(data);
    return result;
}

} // namespace granska::checker
