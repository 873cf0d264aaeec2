// The parts of an .xlsx file (an Office Open XML zip package), read with
// libzip from memory. Every part is read against one budget of unpacked
// bytes, counted as they come out of the decompressor (a zip bomb's headers
// may lie), so memory stays bounded whatever the file claims.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace granska::checker::workbook {

class archive {
public:
    // Opens `bytes` (kept by the caller while the archive lives). On failure
    // `error` holds a Swedish sentence: not a zip, a password-protected
    // workbook, an old .xls file.
    static std::unique_ptr<archive> open(const std::string& bytes, std::uint64_t max_unpacked,
                                         std::string& error);
    ~archive();
    archive(const archive&) = delete;
    archive& operator=(const archive&) = delete;

    // The part's content, or nullopt if the package has no such part. When
    // the budget runs out or the part is damaged, `error` is set.
    std::optional<std::string> read(const std::string& name, std::string& error);

private:
    archive() = default;
    struct impl;
    std::unique_ptr<impl> impl_;
};

// True for the first bytes of an OLE compound file (an encrypted workbook
// or an old .xls file).
bool is_ole_container(const std::string& bytes);

} // namespace granska::checker::workbook
