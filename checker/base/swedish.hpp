// Swedish renderings for finding messages: a data value of an enumerated
// field ("ongoing" -> "pågående"), the Swedish name of a datum
// ("policy.adopted_on" -> "policyns antagandedatum") and day counts in
// words a person uses ("drygt åtta år (3 002 dagar)"). The JSON output keeps
// the data values; only sentences use these.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace granska::checker {

// The Swedish word for a value of an enumerated field (`status` of an
// action: planned, ongoing, done, cancelled), or nullopt when the field is
// not enumerated in English or the value is not one of its values.
std::optional<std::string_view> swedish_data_value(std::string_view field, std::string_view value);

// Is the field one whose values granska/1 spells in English (`status`)?
bool is_enumerated_field(std::string_view field);

// The Swedish name of a field of an object type, definite and possessive
// as a sentence needs it: ("policy", "adopted_on") -> "policyns
// antagandedatum". Empty when the table has no name for it.
std::string_view swedish_datum_name(std::string_view object_type, std::string_view field);

// 3002 -> "3 002": Swedish digit grouping with a space.
std::string group_thousands(std::int64_t n);

// A day count as a person says it, with the exact count after it:
// 1 -> "en dag", 12 -> "12 dagar", 45 -> "drygt en månad (45 dagar)",
// 3002 -> "drygt åtta år (3 002 dagar)", 1461 -> "fyra år (1 461 dagar)".
std::string days_in_words(std::int64_t days);

} // namespace granska::checker
