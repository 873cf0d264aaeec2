#include "checker/sha256.hpp"

#include <openssl/evp.h>

#include <cassert>

namespace granska::checker {

std::string sha256_hex(std::string_view bytes) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    // EVP_Digest is the one-shot form; it fails only on allocation failure,
    // which the rest of the program does not survive either.
    [[maybe_unused]] const int ok =
        EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
    assert(ok == 1 && length == 32);
    static constexpr char hex[] = "0123456789abcdef";
    std::string out(2 * length, '0');
    for (unsigned int i = 0; i < length; ++i) {
        out[2 * i] = hex[digest[i] >> 4];
        out[2 * i + 1] = hex[digest[i] & 0x0F];
    }
    return out;
}

} // namespace granska::checker
