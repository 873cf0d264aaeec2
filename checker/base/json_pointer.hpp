// JSON Pointer (RFC 6901) reference tokens: one escaping for every place that
// builds a pointer (the case model's node paths, the result comparison).
#pragma once

#include <string>
#include <string_view>

namespace granska::checker {

// Appends `token` to `out` with '~' written as "~0" and '/' as "~1" (the
// caller writes the '/' that separates tokens).
void append_pointer_token(std::string& out, std::string_view token);

} // namespace granska::checker
