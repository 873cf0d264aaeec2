// Escaping data for the places granska writes it: one function per target,
// used by every reporter and message, never a second copy.
#pragma once

#include "checker/base/diagnostic.hpp"

#include <string>
#include <string_view>

namespace granska::checker {

// For a terminal or a log: every control character (C0, DEL, and the C1
// controls U+0080-U+009F, which some terminals obey as ESC sequences) and
// every bidirectional formatting character (U+202E and its kin, which
// reorder the line around them) shown visibly, as \u001b or \u202e; a
// backslash doubled so the escape cannot be forged. With `keep_line_breaks`,
// '\n' and '\t' pass (a message's own layout); data strings inside a line
// use the default, so a newline cannot start a line.
std::string terminal_escape(std::string_view text, bool keep_line_breaks = false);

// A file name as text: valid UTF-8 unchanged; otherwise each byte that is
// not part of a UTF-8 sequence written as \xNN and each backslash as \\,
// so the name's bytes can be recovered and every format (JSON, XML, SARIF)
// stays valid UTF-8.
std::string utf8_lossless(std::string_view bytes);

// The bytes utf8_lossless() showed: \xNN and \\ undone.
std::string utf8_lossless_decode(std::string_view text);

// For HTML element content and attribute values: & < > " ' escaped.
std::string html_escape(std::string_view text);

// For XML 1.0 text (`attribute` false) or attribute values. What XML 1.0
// forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; surrogates; bytes
// that are not UTF-8) becomes U+FFFD, so the file stays well-formed; DEL too.
// In attributes, whitespace is written as character references so a
// parser's attribute normalisation does not flatten it.
std::string xml_escape(std::string_view text, bool attribute);

// For GitHub-flavoured Markdown inline text (also in table cells): control
// characters shown as by terminal_escape(), then every character that
// starts Markdown syntax inline backslash-escaped, so no data string starts emphasis, a link,
// an image, HTML, an entity, a heading, a list, a table cell or a mention.
std::string markdown_escape(std::string_view text);

// A Markdown code span holding `text` literally (also in a table cell): a
// fence longer than any run of backticks in it, '|' escaped for tables,
// control characters shown as by terminal_escape().
std::string markdown_code(std::string_view text);

// `d` with its data (file, pointer, message, source line) through
// terminal_escape(), for render() on a terminal or in a log.
diagnostic terminal_escape(diagnostic d);

} // namespace granska::checker
