// Escaping data for the places granska writes it: one function per target,
// used by every reporter and message, never a second copy.
#pragma once

#include "grammar/diagnostic.hpp"

#include <string>
#include <string_view>

namespace granska::checker {

// For a terminal or a log: every control character (C0, DEL, and the C1
// controls U+0080-U+009F, which some terminals obey as ESC sequences) shown
// visibly as \u001b; a backslash doubled so the escape cannot be forged. With
// `keep_line_breaks`, '\n' and '\t' pass (a message's own layout); data
// strings inside a line use the default, so a newline cannot start a line.
std::string terminal_escape(std::string_view text, bool keep_line_breaks = false);

// `d` with its data (file, pointer, message, source line) through
// terminal_escape(), for render() on a terminal or in a log.
diagnostic terminal_escape(diagnostic d);

} // namespace granska::checker
