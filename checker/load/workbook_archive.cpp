#include "checker/load/workbook_archive.hpp"

#include <zip.h>

#include <algorithm>
#include <string_view>

namespace granska::checker::workbook {

namespace {

constexpr std::string_view ole_signature{"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8};

// Office writes an encrypted workbook as an OLE file holding the streams
// "EncryptionInfo" and "EncryptedPackage"; directory names are UTF-16LE.
bool holds_encryption_info(const std::string& bytes) {
    constexpr std::string_view name = "EncryptionInfo";
    std::string utf16;
    for (char c : name) {
        utf16 += c;
        utf16 += '\0';
    }
    return bytes.find(utf16) != std::string::npos;
}

std::string megabytes(std::uint64_t bytes) {
    return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)) + " MB";
}

} // namespace

bool is_ole_container(const std::string& bytes) {
    return std::string_view(bytes).substr(0, ole_signature.size()) == ole_signature;
}

struct archive::impl {
    zip_t* zip = nullptr;
    std::uint64_t budget = 0; // unpacked bytes left
    std::uint64_t limit = 0;
    ~impl() {
        if (zip != nullptr)
            zip_discard(zip); // read-only: nothing to write back
    }
};

std::unique_ptr<archive> archive::open(const std::string& bytes, std::uint64_t max_unpacked,
                                       std::string& error) {
    if (is_ole_container(bytes)) {
        error = holds_encryption_info(bytes)
                    ? "arbetsboken är lösenordsskyddad (krypterad); spara en kopia utan lösenord "
                      "och kontrollera den"
                    : "filen är i det gamla Excel-formatet (.xls); spara den som .xlsx";
        return nullptr;
    }
    zip_error_t zerr;
    zip_error_init(&zerr);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
    zip_t* zip = source ? zip_open_from_source(source, ZIP_RDONLY, &zerr) : nullptr;
    if (zip == nullptr) {
        if (source)
            zip_source_free(source);
        zip_error_fini(&zerr);
        error = "filen är ingen xlsx-arbetsbok: den är inte ett zip-arkiv";
        return nullptr;
    }
    zip_error_fini(&zerr);
    std::unique_ptr<archive> out(new archive());
    out->impl_ = std::make_unique<impl>();
    out->impl_->zip = zip;
    out->impl_->budget = max_unpacked;
    out->impl_->limit = max_unpacked;
    return out;
}

archive::~archive() = default;

std::optional<std::string> archive::read(const std::string& name, std::string& error) {
    zip_t* zip = impl_->zip;
    const zip_int64_t index = zip_name_locate(zip, name.c_str(), ZIP_FL_ENC_GUESS);
    if (index < 0)
        return std::nullopt;
    zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(index), 0);
    if (file == nullptr) {
        const int code = zip_error_code_zip(zip_get_error(zip));
        error = code == ZIP_ER_ENCRNOTSUPP || code == ZIP_ER_NOPASSWD
                    ? "arbetsboken är lösenordsskyddad; spara en kopia utan lösenord"
                    : "delen " + name + " i arbetsboken kan inte packas upp";
        return std::nullopt;
    }
    // Read in chunks against the budget, never trusting the stated size.
    std::string out;
    char chunk[65536];
    while (true) {
        const zip_int64_t n = zip_fread(file, chunk, sizeof chunk);
        if (n < 0) {
            error = "delen " + name + " i arbetsboken är skadad";
            break;
        }
        if (n == 0)
            break;
        if (static_cast<std::uint64_t>(n) > impl_->budget) {
            error = "arbetsboken packas upp till mer än " + megabytes(impl_->limit) +
                    ", som är mest granska läser (en zip-bomb?)";
            break;
        }
        impl_->budget -= static_cast<std::uint64_t>(n);
        out.append(chunk, static_cast<std::size_t>(n));
    }
    zip_fclose(file);
    if (!error.empty())
        return std::nullopt;
    return out;
}

} // namespace granska::checker::workbook
