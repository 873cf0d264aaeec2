#include "checker/model/value.hpp"

namespace granska::checker {

std::size_t list_size(const value& v) {
    switch (v.tag) {
    case value_tag::json_array:
        return v.node->count;
    case value_tag::node_list:
        return v.nodes->size();
    case value_tag::list:
        return v.items->size();
    default:
        return 0;
    }
}

namespace {

value node_as_any(const model::node* n) {
    using model::node_type;
    switch (n->type) {
    case node_type::boolean:
        return value::of_bool(n->boolean);
    case node_type::integer:
        return value::of_int(n->integer);
    case node_type::string: {
        // Records are typed `any`: a string that is a date is a date.
        if (auto d = calendar::parse_date(n->text()))
            return value::of_date(*d);
        return value::of_string(n->text(), n);
    }
    case node_type::date:
        return value::of_date(n->date);
    case node_type::duration:
        return value::of_duration(n->as_duration());
    case node_type::object:
        return value::of_object(n, &types::record());
    case node_type::array: {
        return value::of_json_array(n, nullptr);
    }
    default:
        return value::missing();
    }
}

} // namespace

const value_list& empty_list() {
    static const value_list none;
    return none;
}

value from_node(const model::node* n, type expected) {
    using model::node_type;
    if (n == nullptr || n->type == node_type::null_value) {
        // An absent list is an empty list: "no goals" is data, not ignorance.
        // Missing lists only arise from computations that lacked an input.
        if (expected.kind == type_kind::list) {
            return value::of_list(&empty_list(), expected.object);
        }
        return value::missing();
    }
    switch (expected.kind) {
    case type_kind::boolean:
        return n->type == node_type::boolean ? value::of_bool(n->boolean) : value::missing();
    case type_kind::integer:
        return n->type == node_type::integer ? value::of_int(n->integer) : value::missing();
    case type_kind::string:
        return n->type == node_type::string ? value::of_string(n->text(), n) : value::missing();
    case type_kind::date:
        if (n->type == node_type::date)
            return value::of_date(n->date);
        if (n->type == node_type::string)
            if (auto d = calendar::parse_date(n->text()))
                return value::of_date(*d);
        return value::missing();
    case type_kind::duration:
        if (n->type == node_type::duration)
            return value::of_duration(n->as_duration());
        if (n->type == node_type::string)
            if (auto d = calendar::parse_duration(n->text()))
                return value::of_duration(*d);
        return value::missing();
    case type_kind::period:
        return value::missing();
    case type_kind::object: {
        if (n->type != node_type::object)
            return value::missing();
        if (expected.object == &types::period()) {
            const auto from = from_node(n->get("from"), t_date);
            const auto to = from_node(n->get("to"), t_date);
            if (from.is_missing() || to.is_missing())
                return value::missing();
            value v = value::of_period({from.date, to.date});
            v.origin = n;
            return v;
        }
        return value::of_object(n, expected.object);
    }
    case type_kind::list: {
        if (n->type != node_type::array)
            return value::missing();
        return value::of_json_array(n, expected.object);
    }
    case type_kind::any:
        return node_as_any(n);
    }
    return value::missing();
}

} // namespace granska::checker
