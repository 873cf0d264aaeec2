// Statute texts shipped in a pack's own folder (rules/<pack>/statutes/), so
// that a rule quoting a statute (`cite statute "skollagen (2010:800)" chapter
// 8 paragraph 14 clause "…"`) is verified word for word like a policy quote.
//
// File format: <pack folder>/statutes/<year>-<number>.txt, e.g. 2018-218.txt.
// Lines starting with '#' are the header (the statute's name, the source URL
// and the date the text was retrieved and verified). Each paragraph starts
// with a line of its own: "3 kap. 10 §" (or "1 §" in a statute without
// chapters); its text runs to the next such line.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/compile/packs.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace granska::checker {

struct statute_text {
    std::string file;
    std::string sfs;                               // "2018:218"
    std::map<std::string, std::string> paragraphs; // "3 kap. 10 §" -> text, whitespace collapsed
};

// "skollagen (2010:800)" -> "2010:800"; empty when the name holds no SFS number.
std::string sfs_number(std::string_view statute_name);

// The statutes/ folder of the pack in `pack_file`: where its statute texts lie.
std::filesystem::path statutes_folder_of(const std::string& pack_file);

// Every <year>-<number>.txt in the folder (none when it does not exist).
std::vector<statute_text> load_statutes(const std::string& dir);

// Every rule citing a statute names its SFS number; a quoted clause must
// stand word for word in that paragraph of a shipped statute text. A rule
// that cites by reference (no clause) needs no text.
diagnostics check_statute_citations(const pack_set& packs,
                                    const std::vector<statute_text>& statutes);

} // namespace granska::checker
