// SHA-256 digests for the audit trail (rule packs, input files) and fingerprints.
#pragma once

#include <string>
#include <string_view>

namespace granska::checker {

// Lower-case hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

} // namespace granska::checker
