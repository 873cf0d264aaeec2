#include "checker/base/sha256.hpp"

#include <gcrypt.h>

namespace granska::checker {

namespace {

// libgcrypt, not OpenSSL: the same SHA-NI speed, but OpenSSL 3 spends 3-7 ms
// loading its providers on first use, most of a one-case run's budget.
// gcry_check_version must run once before any other call (thread-safe here
// as a function-local static).
bool initialise() {
    gcry_check_version(nullptr);
    gcry_control(GCRYCTL_DISABLE_SECMEM, 0); // only digests: no secrets to lock in memory
    gcry_control(GCRYCTL_INITIALIZATION_FINISHED, 0);
    return true;
}

} // namespace

std::string sha256_hex(std::string_view bytes) {
    static const bool ready = initialise();
    (void)ready;
    unsigned char digest[32];
    gcry_md_hash_buffer(GCRY_MD_SHA256, digest, bytes.data(), bytes.size());
    static constexpr char hex[] = "0123456789abcdef";
    std::string out(64, '0');
    for (unsigned int i = 0; i < 32; ++i) {
        out[2 * i] = hex[digest[i] >> 4];
        out[2 * i + 1] = hex[digest[i] & 0x0F];
    }
    return out;
}

} // namespace granska::checker
