// Differences between two JSON documents, each named by the JSON Pointer
// (RFC 6901) of where it lies: `granska verify` compares a recorded result
// with its re-run field by field, so no tampered field goes unnoticed.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace granska::checker {

struct json_difference {
    enum class kind { changed, only_before, only_after };
    std::string pointer; // where, e.g. /cases/0/findings/2/state
    kind what = kind::changed;
    std::string before; // the value there, compact JSON (shortened); empty if absent
    std::string after;
};

// Every place where `before` and `after` differ, in document order (object
// members by name), except under the pointers in `ignored`. Arrays are
// compared element by element; a longer array's extra elements are each a
// difference of their own.
std::vector<json_difference> json_differences(const nlohmann::json& before,
                                              const nlohmann::json& after,
                                              const std::vector<std::string>& ignored);

// "/a~1b" for the member "a/b" of the root, and so on (RFC 6901 escaping).
std::string pointer_append(const std::string& pointer, const std::string& token);

} // namespace granska::checker
