#include "checker/runtime/operators.hpp"

namespace granska::checker {

std::partial_ordering compare_values(const value& a, const value& b) {
    constexpr auto unordered = std::partial_ordering::unordered;
    const auto equal_or_unordered = [](bool equal) {
        return equal ? std::partial_ordering::equivalent : std::partial_ordering::unordered;
    };
    if (a.tag != b.tag)
        return unordered;
    switch (a.tag) {
    case value_tag::boolean:
        return a.boolean <=> b.boolean;
    case value_tag::integer:
        return a.integer <=> b.integer;
    case value_tag::string:
        return a.text() <=> b.text();
    case value_tag::date:
        return a.date <=> b.date;
    case value_tag::duration:
        return equal_or_unordered(a.duration == b.duration);
    case value_tag::period:
        return equal_or_unordered(a.period == b.period);
    case value_tag::object:
        return equal_or_unordered(a.node == b.node);
    default:
        return unordered;
    }
}

value kleene_not(const value& v) {
    return v.tag == value_tag::boolean ? value::of_bool(!v.boolean) : value::missing();
}

value kleene_logic(const expr_fn& lhs, const expr_fn& rhs, bool is_and, eval_context& c) {
    const value a = lhs(c);
    if (a.tag == value_tag::boolean && a.boolean != is_and)
        return a;
    const value b = rhs(c);
    if (b.tag == value_tag::boolean && b.boolean != is_and)
        return b;
    if (a.is_missing() || b.is_missing())
        return value::missing();
    return value::of_bool(is_and);
}

value equal_values(const value& a, const value& b, bool negate) {
    const std::partial_ordering order = compare_values(a, b);
    if (order == std::partial_ordering::unordered) // includes missing operands
        return value::missing();
    return value::of_bool((order == 0) != negate);
}

value ordered_values(const value& a, const value& b, order_test test) {
    const std::partial_ordering order = compare_values(a, b);
    if (order == std::partial_ordering::unordered)
        return value::missing();
    switch (test) {
    case order_test::less:
        return value::of_bool(order < 0);
    case order_test::less_equal:
        return value::of_bool(order <= 0);
    case order_test::greater:
        return value::of_bool(order > 0);
    case order_test::greater_equal:
        break;
    }
    return value::of_bool(order >= 0);
}

value value_between(const value& v, const value& low, const value& high) {
    const std::partial_ordering above = compare_values(v, low), below = compare_values(v, high);
    if (above == std::partial_ordering::unordered || below == std::partial_ordering::unordered)
        return value::missing();
    return value::of_bool(above >= 0 && below <= 0);
}

value date_in_period(const value& d, const value& p, bool negate) {
    if (d.tag != value_tag::date || p.tag != value_tag::period)
        return value::missing();
    return value::of_bool(calendar::contains(p.period, d.date) != negate);
}

value element_of(const value& x, const value& list, type_kind element, bool negate) {
    if (x.is_missing())
        return value::missing();
    bool found = false;
    for_each_element(list, element, [&](const value& e) {
        if (!found && compare_values(x, e) == 0)
            found = true;
    });
    return value::of_bool(found != negate);
}

value add_integers(const value& a, const value& b, bool plus) {
    if (a.tag != value_tag::integer || b.tag != value_tag::integer)
        return value::missing();
    return value::of_int(plus ? a.integer + b.integer : a.integer - b.integer);
}

value shift_date(const value& d, const value& by, bool plus) {
    if (d.tag != value_tag::date || by.tag != value_tag::duration)
        return value::missing();
    auto shifted =
        plus ? calendar::add(d.date, by.duration) : calendar::subtract(d.date, by.duration);
    return shifted ? value::of_date(*shifted) : value::missing();
}

value days_from(const value& later, const value& earlier) {
    if (later.tag != value_tag::date || earlier.tag != value_tag::date)
        return value::missing();
    return value::of_int(calendar::days_between(earlier.date, later.date));
}

value add_durations(const value& a, const value& b) {
    if (a.tag != value_tag::duration || b.tag != value_tag::duration)
        return value::missing();
    return value::of_duration({a.duration.years + b.duration.years,
                               a.duration.months + b.duration.months,
                               a.duration.days + b.duration.days});
}

value concatenate(const value& a, const value& b, type_kind element,
                  std::pmr::memory_resource* arena) {
    auto* out = std::pmr::polymorphic_allocator<value_list>(arena).new_object<value_list>();
    const auto push = [&](const value& e) { out->push_back(e); };
    for_each_element(a, element, push);
    for_each_element(b, element, push);
    return value::of_list(out);
}

} // namespace granska::checker
