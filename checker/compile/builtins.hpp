// Internal to compile*.cpp and builtins*.cpp: the built-in functions of the
// rule language as one registry. Each row names a function and the compiler
// for it, which checks the arguments at load time and returns the closure.
#pragma once

#include "checker/compile/compiler.hpp"
#include "checker/runtime/folds.hpp"

#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace granska::checker::detail {

// One call of a built-in function being compiled.
struct builtin_call {
    compiler& self;
    const ast::call& call;
    std::vector<typed>& args;
    std::string text; // "f(a, b)", shown as evidence

    const std::string& name() const { return call.function.name; }
    expr_fn arg(std::size_t i) const { return args[i].fn; }
    // The arity and argument types; false (with "f() tar (typ, typ)" reported)
    // when the call does not match them.
    bool expect(std::initializer_list<type> wanted) const;
    // Reports an error at the call and returns nothing, for `return call.fail(…)`.
    std::nullopt_t fail(std::string message) const;
};

using builtin_compiler = std::optional<typed> (*)(const builtin_call& call);

// One call of an aggregate with a binder being compiled: the collection, the
// filter and the body (after ':') are compiled already.
struct bound_call {
    compiler& self;
    const ast::call& call;
    bound_elements visit;
    std::optional<typed> body;
    std::string text; // "count(x in C where F)", shown as evidence

    const std::string& name() const { return call.function.name; }
};

using bound_compiler = std::optional<typed> (*)(const bound_call& call);

struct builtin_function {
    std::string_view name;
    // any_arity: the row's compiler checks the arguments; else the row is the
    // overload for calls with exactly this many.
    int arity;
    builtin_compiler compile;
    // The form with a binder, for the aggregates; nullptr for the others.
    bound_compiler compile_bound = nullptr;
};
inline constexpr int any_arity = -1;

// Every built-in function, in the order they are tried and listed.
std::span<const builtin_function> builtins();
// The compiler of the binder form of `name`; nullptr when it has none.
bound_compiler bound_form_of(std::string_view name);

// A built-in whose result is unknown unless its argument is a known value of
// the kind it takes (`needs`): checks the argument's type, then applies
// f(context, argument) to known arguments only.
template <typename F>
std::optional<typed> on_known(const builtin_call& call, type param, value_tag needs, type result,
                              F f) {
    if (!call.expect({param}))
        return std::nullopt;
    return typed{result,
                 [a = call.arg(0), needs, f](eval_context& x) {
                     const value v = a(x);
                     return v.tag == needs ? f(x, v) : value::missing();
                 },
                 call.text};
}

// The same for two arguments, both of the kind `needs`.
template <typename F>
std::optional<typed> on_known(const builtin_call& call, type param1, type param2, value_tag needs,
                              type result, F f) {
    if (!call.expect({param1, param2}))
        return std::nullopt;
    return typed{result,
                 [a = call.arg(0), b = call.arg(1), needs, f](eval_context& x) {
                     const value v = a(x), w = b(x);
                     return v.tag == needs && w.tag == needs ? f(x, v, w) : value::missing();
                 },
                 call.text};
}

// sum, min or max, by the function's name.
inline fold_kind fold_kind_of(std::string_view name) {
    return name == "sum" ? fold_kind::sum : name == "min" ? fold_kind::min : fold_kind::max;
}

// A list built during evaluation, in its arena; `out` receives its elements.
value new_list(eval_context& c, value_list*& out);
// A string made during evaluation, kept in its arena.
value arena_string(eval_context& c, std::string_view s);

// Aggregates over a list without a binder, sort and join (builtins_lists.cpp).
std::optional<typed> compile_count(const builtin_call& call);
std::optional<typed> compile_exists(const builtin_call& call); // exists() and none()
std::optional<typed> compile_all(const builtin_call& call);
std::optional<typed> compile_extreme(const builtin_call& call); // sum(), min() and max()
std::optional<typed> compile_sort(const builtin_call& call);
std::optional<typed> compile_join(const builtin_call& call);

// The same aggregates with a binder (compile_aggregate.cpp).
std::optional<typed> compile_count_bound(const bound_call& call);
std::optional<typed> compile_exists_bound(const bound_call& call); // exists() and none()
std::optional<typed> compile_all_bound(const bound_call& call);
std::optional<typed> compile_extreme_bound(const bound_call& call); // sum(), min() and max()

// Dates and periods (builtins_dates.cpp).
std::optional<typed> compile_longest_gap(const builtin_call& call);
std::optional<typed> compile_gaps(const builtin_call& call);
std::optional<typed> compile_year(const builtin_call& call);
std::optional<typed> compile_calendar_year(const builtin_call& call);
std::optional<typed> compile_years(const builtin_call& call);
std::optional<typed> compile_mandate_periods_within(const builtin_call& call);
std::optional<typed> compile_mandate_periods(const builtin_call& call);
std::optional<typed> compile_mandate_period(const builtin_call& call);
std::optional<typed> compile_overlaps(const builtin_call& call);
std::optional<typed> compile_date(const builtin_call& call);

// Values of the case (builtins_data.cpp).
std::optional<typed> compile_present(const builtin_call& call); // present() and missing()
std::optional<typed> compile_refers_to(const builtin_call& call);
std::optional<typed> compile_body(const builtin_call& call);
std::optional<typed> compile_contains_personal_number(const builtin_call& call);
std::optional<typed> compile_in_words(const builtin_call& call);
std::optional<typed> compile_coalesce(const builtin_call& call);

} // namespace granska::checker::detail
