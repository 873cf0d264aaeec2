// The municipality codes of SCB (Statistiska centralbyrån): four digits, the
// county's two and the municipality's two, with the municipality's name.
// `granska new municipality` refuses a code that is not one of them.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace granska::checker {

// The name SCB gives the municipality with `code` ("1466" → "Herrljunga"),
// or nothing when no municipality has that code.
std::optional<std::string_view> municipality_name(std::string_view code);

std::size_t municipality_count();

} // namespace granska::checker
