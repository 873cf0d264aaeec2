// Where granska finds the data it ships with (rule packs, the policy texts
// they cite, the documentation): relative to the running binary, never by a
// path compiled in, so an installed or moved binary reads its own data and
// never the tree it was built in.
#pragma once

#include <string>

namespace granska::checker {

struct data_location {
    std::string dir;   // the data folder (with rules/, policies/, docs/); empty when none was found
    std::string how;   // Swedish: how it was found, for -v and --version
    std::string tried; // Swedish: where it was looked for, for the error when none was found
};

// In order: the folder named in `granska-data-dir` next to the binary (written
// only into the build tree, naming the source tree), then
// <binary's folder>/../share/granska (an installed or unpacked binary).
data_location find_data_dir();

// The bundled rule packs: GRANSKA_RULES when set, else <data>/rules; empty
// when there is no data folder (`why` then says where granska looked).
std::string bundled_rules_dir(std::string& why);

} // namespace granska::checker
