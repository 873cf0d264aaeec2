// Lower case for comparing Swedish text (spreadsheet labels, words): ASCII
// A–Z and every capital letter of Latin-1 Supplement (À–Þ but ×: Å Ä Ö, and
// É Ü Æ Ø in names) and of Latin Extended-A (Ł Ś Ž Ő …), by Unicode's simple
// case mapping. Every other byte, valid UTF-8 or not, is left as it is.
#pragma once

#include <string>
#include <string_view>

namespace granska::checker {

std::string lower_case(std::string_view text);

} // namespace granska::checker
