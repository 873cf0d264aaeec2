// Built-in functions on a whole list: count, exists, none, all, sum, min and
// max without a binder (the binder forms are compile_aggregate.cpp's), sort
// and join.
#include "checker/compile/builtins.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace granska::checker::detail {

namespace {

// count(list) and friends take exactly one list.
bool one_list(const builtin_call& call) {
    if (call.args.size() == 1 && call.args[0].t.kind == type_kind::list)
        return true;
    call.self.error(call.call,
                    fmt::format("{}() tar en lista, eller formen {}(x in lista where villkor)",
                                call.name(), call.name()));
    return false;
}

} // namespace

std::optional<typed> compile_count(const builtin_call& call) {
    if (!one_list(call))
        return std::nullopt;
    auto list = call.arg(0);
    return typed{t_int,
                 [list](eval_context& x) {
                     const value l = list(x);
                     return l.is_missing() ? l : value::of_int(list_size(l));
                 },
                 call.text};
}

std::optional<typed> compile_exists(const builtin_call& call) {
    if (!one_list(call))
        return std::nullopt;
    auto list = call.arg(0);
    const bool exists = call.name() == "exists";
    return typed{t_bool,
                 [list, exists](eval_context& x) {
                     const value l = list(x);
                     return l.is_missing() ? l : value::of_bool((list_size(l) > 0) == exists);
                 },
                 call.text};
}

std::optional<typed> compile_all(const builtin_call& call) {
    if (!one_list(call))
        return std::nullopt;
    const auto element = call.args[0].t.element;
    if (element != type_kind::boolean && element != type_kind::any)
        return call.fail("all(lista) kräver en lista av sanningsvärden");
    auto list = call.arg(0);
    return typed{t_bool,
                 [list, element](eval_context& x) {
                     kleene_all all;
                     for_each_element(list(x), element, [&](const value& e) { all.add(e); });
                     return all.result();
                 },
                 call.text};
}

// min/max over record fields (type decided by the data) compare dates or
// integers at run time; anything else is unknown.
std::optional<typed> compile_extreme(const builtin_call& call) {
    if (!one_list(call))
        return std::nullopt;
    const std::string& name = call.name();
    const auto element = call.args[0].t.element;
    const bool is_sum = name == "sum";
    const bool open_element = !is_sum && element == type_kind::any;
    if (element != type_kind::integer && !(!is_sum && element == type_kind::date) && !open_element)
        return call.fail(
            fmt::format("{}() kräver en lista av heltal{}", name, is_sum ? "" : " eller datum"));
    const auto kind = fold_kind_of(name);
    auto list = call.arg(0);
    return typed{call.args[0].t.element_type(),
                 [list, element, kind](eval_context& x) {
                     value_fold fold(kind);
                     for_each_element(list(x), element, [&](const value& e) { fold.add(e); });
                     return fold.result();
                 },
                 call.text};
}

std::optional<typed> compile_sort(const builtin_call& call) {
    const auto& args = call.args;
    if (args.size() != 1 || args[0].t.kind != type_kind::list ||
        (args[0].t.element != type_kind::date && args[0].t.element != type_kind::integer &&
         args[0].t.element != type_kind::string))
        return call.fail("sort() tar en lista av datum, heltal eller text");
    auto a = call.arg(0);
    const auto element = args[0].t.element;
    return typed{args[0].t,
                 [a, element](eval_context& x) {
                     value_list* out;
                     value v = new_list(x, out);
                     bool unknown = false;
                     for_each_element(a(x), element, [&](const value& e) {
                         if (e.is_missing())
                             unknown = true;
                         else
                             out->push_back(e);
                     });
                     if (unknown)
                         return value::missing();
                     std::sort(out->begin(), out->end(), [](const value& l, const value& r) {
                         if (l.tag == value_tag::date)
                             return l.date < r.date;
                         if (l.tag == value_tag::integer)
                             return l.integer < r.integer;
                         return l.text() < r.text();
                     });
                     return v;
                 },
                 call.text};
}

std::optional<typed> compile_join(const builtin_call& call) {
    if (!call.expect({type::list_of(t_str), t_str}))
        return std::nullopt;
    auto a = call.arg(0), b = call.arg(1);
    return typed{t_str,
                 [a, b](eval_context& x) {
                     const value sep = b(x);
                     std::string joined;
                     bool first = true;
                     for_each_element(a(x), type_kind::string, [&](const value& e) {
                         if (e.tag != value_tag::string)
                             return;
                         if (!first)
                             joined += sep.tag == value_tag::string ? sep.text() : ", ";
                         joined += e.text();
                         first = false;
                     });
                     return arena_string(x, joined);
                 },
                 call.text};
}

} // namespace granska::checker::detail
