// How a common criterion bound per municipality (`cite per municipality`) is
// shown to people: one line per municipal pack that runs it, naming that
// municipality's own clause or saying that the criterion does not apply.
#pragma once

#include "checker/compile/packs.hpp"

#include <string>
#include <vector>

namespace granska::checker {

// "Herrljunga (1466): Integrationspolicy …, Dokumenthuvud: "…"" or
// "Dals-Ed (1438): ej tillämplig: kommunens styrdokument saknar kriteriet".
// Empty for a rule that cites its own source.
std::vector<std::string> criterion_lines(const pack_set& packs, const rule_info& rule);

} // namespace granska::checker
