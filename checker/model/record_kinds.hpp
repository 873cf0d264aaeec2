// Record kinds a rule pack declares:
//   record civic_orientation { received_on: date, started_on: date? }
// The declaration types `plan.records.civic_orientation` in the pack's rules
// (compile_records.cpp) and is enforced on the input (record_check.hpp).
#pragma once

#include "checker/model/types.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace granska::checker {

struct record_declaration {
    std::string name;    // civic_orientation: the key under plan.records
    std::string swedish; // "posten i registret civic_orientation", for messages
    std::string pack;    // the declaring pack's id
    std::vector<std::string> field_names;
    std::vector<bool> optional; // per field: may be absent or null
    object_type type;           // closed: only the declared fields (and id)
};

// Builds a declaration; field names are copied so the object type's views
// stay valid. `id` (a text, optional) is added unless the pack declares it.
std::unique_ptr<record_declaration> make_record_declaration(std::string name, std::string pack,
                                                            std::vector<std::string> field_names,
                                                            std::vector<type> field_types,
                                                            std::vector<bool> optional);

} // namespace granska::checker
