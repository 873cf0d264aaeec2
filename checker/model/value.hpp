// Run-time values of the rule language. Small and trivially copyable: JSON
// data is referenced (model::node pointers), never copied; lists built during
// evaluation live in the evaluation's arena.
#pragma once

#include "checker/base/calendar.hpp"
#include "checker/model/model.hpp"
#include "checker/model/types.hpp"

#include <cstdint>
#include <memory_resource>
#include <string_view>
#include <vector>

namespace granska::checker {

struct value;
using value_list = std::pmr::vector<value>;

enum class value_tag : std::uint8_t {
    missing, // absent, null, or not computable: "unknown" in conditions
    boolean,
    integer,
    string,
    date,
    duration,
    period,
    object,     // a JSON object (node) of a known object_type
    json_array, // a JSON array node whose elements have `element` type
    node_list,  // a list of object nodes held by the case (bodies, body.plans)
    list,       // a list built during evaluation
};

// Text in the case's files or the evaluation arena (not NUL-terminated).
struct text_ref {
    const char* data;
    std::uint32_t size;
};

struct value {
    value_tag tag = value_tag::missing;
    const object_type* object = nullptr; // object / lists of objects: the element's type
    const model::node* origin = nullptr; // where a JSON-derived value came from (for subjects)
    union {
        bool boolean;
        std::int64_t integer;
        text_ref string;
        calendar::date date;
        calendar::duration duration;
        calendar::period period;
        const model::node* node;                      // object, json_array
        const std::vector<const model::node*>* nodes; // node_list
        const value_list* items;                      // list
    };

    value() : integer(0) {}

    static value missing() { return {}; }
    static value of_bool(bool b) { return holding(value_tag::boolean, &value::boolean, b); }
    static value of_int(std::int64_t i) { return holding(value_tag::integer, &value::integer, i); }
    static value of_string(std::string_view s, const model::node* origin = nullptr) {
        value v = holding(value_tag::string, &value::string,
                          text_ref{s.data(), static_cast<std::uint32_t>(s.size())});
        v.origin = origin;
        return v;
    }
    static value of_date(calendar::date d) { return holding(value_tag::date, &value::date, d); }
    static value of_duration(calendar::duration d) {
        return holding(value_tag::duration, &value::duration, d);
    }
    static value of_period(calendar::period p) {
        return holding(value_tag::period, &value::period, p);
    }
    static value of_object(const model::node* n, const object_type* t) {
        value v = holding(value_tag::object, &value::node, n);
        v.object = t;
        v.origin = n;
        return v;
    }

    // A list built during evaluation (or the empty list); `element_object`
    // types its objects.
    static value of_list(const value_list* items, const object_type* element_object = nullptr) {
        value v = holding(value_tag::list, &value::items, items);
        v.object = element_object;
        return v;
    }
    static value of_json_array(const model::node* n, const object_type* element_object) {
        value v = holding(value_tag::json_array, &value::node, n);
        v.object = element_object;
        v.origin = n;
        return v;
    }
    static value of_node_list(const std::vector<const model::node*>* nodes, const object_type* t) {
        value v = holding(value_tag::node_list, &value::nodes, nodes);
        v.object = t;
        return v;
    }

    bool is_missing() const { return tag == value_tag::missing; }
    bool is_list() const {
        return tag == value_tag::json_array || tag == value_tag::node_list ||
               tag == value_tag::list;
    }
    std::string_view text() const { return {string.data, string.size}; }

private:
    // A value of `tag` whose payload is the union member `member`.
    template <typename T>
    static value holding(value_tag tag, T value::*member, T payload) {
        value v;
        v.tag = tag;
        v.*member = payload;
        return v;
    }
};

// Number of elements of a list value (0 for missing).
std::size_t list_size(const value& v);

// Calls f(element) for every element of a list value (nothing for missing).
// The element type of json_array/node_list elements comes from v.object and `element_kind`.
template <typename F>
void for_each_element(const value& v, type_kind element_kind, F&& f);

// Formats a value for a message: dates ISO, durations in Swedish words,
// objects by name (else id), lists comma-separated, missing as "(saknas)".
std::string format_value(const value& v, type t);

// Converts a JSON node to a value of the expected static type (missing on null/absent/mismatch).
value from_node(const model::node* n, type expected);

template <typename F>
void for_each_element(const value& v, type_kind element_kind, F&& f) {
    switch (v.tag) {
    case value_tag::json_array:
        for (std::uint32_t i = 0; i < v.node->count; ++i)
            f(from_node(&v.node->items[i], type{element_kind, v.object, type_kind::any}));
        break;
    case value_tag::node_list:
        for (const auto* n : *v.nodes)
            f(value::of_object(n, v.object));
        break;
    case value_tag::list:
        for (const auto& e : *v.items)
            f(e);
        break;
    default:
        break;
    }
}

} // namespace granska::checker
