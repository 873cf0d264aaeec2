// granska/1 schema validation of one document tree. The rules come from the
// project's JSON Schema (schema/granska-1.schema.json, embedded in the
// binary), read once and interpreted: type, properties, required, enum,
// const, items, additionalProperties (a schema, or false: a closed object
// whose unknown keys are errors), patternProperties, $ref/$defs, allOf,
// if/then, format (date, duration), minLength and granska's annotation
// x-blank-is-missing (an empty or blank text becomes null: a date whose
// absence a rule reports may be empty in a valid file). Any other keyword in
// the schema is a bug.
#pragma once

#include "checker/model/model.hpp"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace granska::checker {

struct schema_error {
    const model::node* at = nullptr; // the value concerned (an object for a missing field)
    std::string message;             // Swedish: what was expected, never the value itself
    bool at_key = false;             // about the member's key (unknown key), not its value
};

// At most this many errors are reported per document; a last one says more were left out.
inline constexpr std::size_t max_schema_errors = 100;

// Validates a document against the schema. Strings the schema declares as
// dates or durations are checked with calendar::parse_date/parse_duration and
// turned into node_type::date / node_type::duration in place.
std::vector<schema_error> validate_document(model::node& root);

// The embedded schema, byte for byte the file schema/granska-1.schema.json.
std::string_view granska_schema_text();

} // namespace granska::checker
