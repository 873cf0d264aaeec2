// Swedish words for what the operating system says went wrong with a file,
// for every message that names a file granska could not read or write.
#pragma once

#include <string>
#include <system_error>

namespace granska::checker {

// "åtkomst nekad" for permission denied, and so on; the system's own text for
// an error without a Swedish phrase.
std::string swedish_reason(const std::error_code& ec);

} // namespace granska::checker
