#include "checker/base/system_error.hpp"

#include <array>
#include <string_view>

namespace granska::checker {

namespace {

struct reason {
    std::errc condition;
    std::string_view words;
};

// Compared as error conditions, so every platform's code for the same
// condition gets the same words.
constexpr std::array reasons{
    reason{std::errc::permission_denied, "åtkomst nekad"},
    reason{std::errc::no_such_file_or_directory, "finns inte"},
    reason{std::errc::too_many_symbolic_link_levels, "symboliska länkar i en slinga"},
    reason{std::errc::is_a_directory, "är en mapp"},
    reason{std::errc::not_a_directory, "är ingen mapp"},
    reason{std::errc::no_space_on_device, "inget utrymme kvar på enheten"},
    reason{std::errc::broken_pipe, "läsaren har stängt röret"},
    reason{std::errc::io_error, "in- eller utmatningsfel"},
    reason{std::errc::file_too_large, "filen blir för stor"},
};

} // namespace

std::string swedish_reason(const std::error_code& ec) {
    for (const reason& r : reasons)
        if (ec == r.condition)
            return std::string(r.words);
    return ec.message();
}

} // namespace granska::checker
