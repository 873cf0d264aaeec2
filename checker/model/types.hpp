// The static types of the rule language and the data model the rules see.
// The compiler checks every rule against these before any data is read:
// an unknown field, a type mismatch or an unknown function is a load-time error.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace granska::checker {

enum class type_kind : std::uint8_t {
    boolean,
    integer,
    string,
    date,
    duration,
    period,
    object,
    list,
    any, // record fields: checked at run time
};

struct object_type;

// A type: a scalar, an object of a known shape, or a list of scalars/objects.
struct type {
    type_kind kind = type_kind::any;
    const object_type* object = nullptr; // kind == object, or list of objects
    type_kind element = type_kind::any;  // kind == list: the element's kind

    // constexpr: tables of types are constant-initialized, so no static
    // initialization order between translation units can bite.
    static constexpr type scalar(type_kind k) { return {k, nullptr, type_kind::any}; }
    static constexpr type of(const object_type* o) {
        return {type_kind::object, o, type_kind::any};
    }
    static constexpr type list_of(type e) { return {type_kind::list, e.object, e.kind}; }
    constexpr type element_type() const { return {element, object, type_kind::any}; }
    bool operator==(const type&) const = default;
};

// The types the compiler and the data model name most, defined once.
inline constexpr type t_bool = type::scalar(type_kind::boolean);
inline constexpr type t_int = type::scalar(type_kind::integer);
inline constexpr type t_str = type::scalar(type_kind::string);
inline constexpr type t_date = type::scalar(type_kind::date);
inline constexpr type t_dur = type::scalar(type_kind::duration);
inline constexpr type t_strs = type::list_of(t_str);

// Swedish name of a type for error messages: "datum", "heltal", "lista av mål".
std::string describe(type t);

// How a field's value is found.
enum class field_source : std::uint8_t {
    json,        // the JSON member of the same name
    body_plans,  // body.plans: the plans whose `body` is this body (the join)
    period_days, // period.days: days from `from` to `to`
    record_set,  // plan.records.<name>: any key, a list of records
    // Derived in compile_derived.cpp (catalogue v2):
    covered_period,       // follow_up/report.covered: `covers`, else the year its date follows up
    serves_policy,        // goal/action.serves_policy: linked to the case's policy
    is_committee,         // body.is_committee: a nämnd in the Local Government Act's sense
    wholly_owned_company, // body.wholly_owned_company: helägt, directly or through holdings
};

struct field {
    std::string_view name;
    type value_type;
    field_source source = field_source::json;
};

struct object_type {
    std::string_view name;         // English, as in the spec: "body", "plan"
    std::string_view swedish;      // for messages: "organ", "plan"
    std::string_view subject_kind; // findings about it: "body", ...; "" if it can't be a subject
    std::vector<field> fields;
    bool open = false; // records: any field, type any

    const field* find(std::string_view name) const;
};

// The object types of granska/1 (and the synthesized ones: period, text).
namespace types {
const object_type& policy();
const object_type& organisation();
const object_type& body();
const object_type& plan();
const object_type& goal();
const object_type& action();
const object_type& follow_up();
const object_type& revision();
const object_type& derived_document();
const object_type& report();
const object_type& municipality();
const object_type& period();
const object_type& records();
const object_type& record();
const object_type& text(); // one string anywhere in a case (COM-05)
} // namespace types

// A period (from, to, days). Not constexpr: the object type is built on first
// use; read it only from functions, never from another static initializer.
inline const type t_period = type::of(&types::period());

} // namespace granska::checker
