// The granska/1 JSON Schema compiled once into a tree of plain structs, which
// validate.cpp walks. Only the keywords the project's schema uses are known
// (see validate.hpp); any other keyword is a bug caught by the schema tests.
#pragma once

#include <cstddef>
#include <cstdint>
#include <regex>
#include <string>
#include <utility>
#include <vector>

namespace granska::checker::json_schema {

enum type_bit : std::uint8_t {
    t_null = 1,
    t_boolean = 2,
    t_integer = 4,
    t_number = 8,
    t_string = 16,
    t_array = 32,
    t_object = 64,
};

enum class format_kind { none, date, duration };

struct schema {
    std::uint8_t types = 0; // 0: any type
    format_kind format = format_kind::none;
    std::size_t min_length = 0;
    bool blank_is_missing = false; // x-blank-is-missing: an empty or blank text is null
    bool ordered_period = false;   // x-ordered-period: `to` is not before `from`
    bool has_const = false;
    std::string const_value;
    std::vector<std::string> enum_values; // strings only: all our enums are
    std::vector<std::pair<std::string, const schema*>> properties;
    std::vector<std::string> required;
    const schema* items = nullptr;
    const schema* additional = nullptr;
    bool closed = false;                                        // additionalProperties: false
    std::vector<std::pair<std::regex, const schema*>> patterns; // patternProperties
    const schema* ref = nullptr;
    std::vector<const schema*> all_of;
    const schema* if_schema = nullptr;
    const schema* then_schema = nullptr;
};

// The embedded granska/1 schema, compiled on first use.
const schema& granska_schema();

} // namespace granska::checker::json_schema
