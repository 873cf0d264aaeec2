// Built-in functions on the values of a case: present/missing, coalesce,
// references between bodies, personal identity numbers in text, and day
// counts in words for messages.
#include "checker/base/personal_number.hpp"
#include "checker/base/swedish.hpp"
#include "checker/compile/builtins.hpp"

#include <fmt/format.h>

namespace granska::checker::detail {

namespace {

// Present: not absent, not null, not an empty or blank string, not an empty list.
bool present(const value& v) {
    if (v.is_missing())
        return false;
    if (v.tag == value_tag::string)
        return v.text().find_first_not_of(" \t\r\n") != std::string_view::npos;
    if (v.is_list())
        return list_size(v) > 0;
    return true;
}

} // namespace

// present(x) and missing(x).
std::optional<typed> compile_present(const builtin_call& call) {
    if (call.args.size() != 1)
        return call.fail(fmt::format("{}() tar ett argument", call.name()));
    auto a = call.arg(0);
    const bool want = call.name() == "present";
    return typed{t_bool,
                 [a, want](eval_context& x) { return value::of_bool(present(a(x)) == want); },
                 call.text};
}

// refers_to(reference, kind): the reference is the kind itself, or the id of
// a body of that kind.
std::optional<typed> compile_refers_to(const builtin_call& call) {
    return on_known(call, t_str, t_str, value_tag::string, t_bool,
                    [](eval_context& x, const value& ref, const value& kind) {
                        if (ref.text() == kind.text())
                            return value::of_bool(true);
                        const auto it = x.data.bodies_by_id.find(ref.text());
                        return value::of_bool(it != x.data.bodies_by_id.end() &&
                                              it->second->get_text("kind") == kind.text());
                    });
}

std::optional<typed> compile_body(const builtin_call& call) {
    return on_known(call, t_str, value_tag::string, type::of(&types::body()),
                    [](eval_context& x, const value& ref) {
                        const auto it = x.data.bodies_by_id.find(ref.text());
                        return it == x.data.bodies_by_id.end()
                                   ? value::missing()
                                   : value::of_object(it->second, &types::body());
                    });
}

std::optional<typed> compile_contains_personal_number(const builtin_call& call) {
    return on_known(call, t_str, value_tag::string, t_bool, [](eval_context&, const value& s) {
        return value::of_bool(!find_personal_numbers(s.text()).empty());
    });
}

// A day count for a sentence: "drygt åtta år (3 002 dagar)".
std::optional<typed> compile_in_words(const builtin_call& call) {
    return on_known(call, t_int, value_tag::integer, t_str, [](eval_context& x, const value& d) {
        return arena_string(x, days_in_words(d.integer));
    });
}

// coalesce(a, b, …): the first argument that is known (not absent, null or
// uncomputable). Kleene reading: unknown only when every argument is.
std::optional<typed> compile_coalesce(const builtin_call& call) {
    const auto& args = call.args;
    if (args.size() < 2)
        return call.fail("coalesce() tar minst två argument av samma typ");
    type result = args[0].t;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const type t = args[i].t;
        const bool same =
            result.kind == type_kind::any || t.kind == type_kind::any ||
            (result.kind == t.kind && result.object == t.object && result.element == t.element);
        if (!same) {
            call.self.error(call.call.args[i],
                            fmt::format("typfel: coalesce() kräver argument av samma typ, fick {} "
                                        "och {}",
                                        describe(result), describe(t)));
            return std::nullopt;
        }
        if (result.kind == type_kind::any)
            result = t;
    }
    std::vector<expr_fn> fns;
    for (const auto& a : args)
        fns.push_back(a.fn);
    return typed{result,
                 [fns](eval_context& x) {
                     for (const auto& f : fns)
                         if (value v = f(x); !v.is_missing())
                             return v;
                     return value::missing();
                 },
                 call.text};
}

} // namespace granska::checker::detail
