// Built-ins that construct or choose values: date(y, m, d) and
// coalesce(a, b, …). Looked up by name from compiler::builtin.
#include "checker/compile/compiler.hpp"

#include <fmt/format.h>

#include <map>

namespace granska::checker::detail {

namespace {

constexpr type t_int = type::scalar(type_kind::integer);
constexpr type t_date = type::scalar(type_kind::date);

// The value of a lone integer literal (`2026`, `-1`), if the argument is one.
std::optional<std::int64_t> literal_int(const ast::expression& e) {
    if (!e.rest.empty())
        return std::nullopt;
    if (const auto* n = boost::get<ast::number_literal>(&e.first))
        return n->value;
    if (const auto* u = boost::get<x3::forward_ast<ast::unary>>(&e.first))
        if (u->get().op == ast::optoken::op_negative)
            if (const auto* n = boost::get<ast::number_literal>(&u->get().rhs))
                return -n->value;
    return std::nullopt;
}

bool is_int(type t) {
    return t.kind == type_kind::integer || t.kind == type_kind::any;
}

} // namespace

// date(y, m, d): the day, or unknown when it does not exist (2026-02-30).
// Written with three literals, an impossible day is a mistake in the pack:
// a load error, so the rule never runs on a date nobody meant.
std::optional<typed> compiler::date_function(const ast::call& c, std::vector<typed>& args,
                                             const std::string& text) {
    if (args.size() != 3 || !is_int(args[0].t) || !is_int(args[1].t) || !is_int(args[2].t)) {
        error(c, "date() tar (heltal, heltal, heltal): år, månad och dag");
        return std::nullopt;
    }
    const auto y = literal_int(c.args[0]), m = literal_int(c.args[1]), d = literal_int(c.args[2]);
    if (y && m && d) {
        const auto fits = [](std::int64_t v) { return v >= -100000 && v <= 100000; };
        const auto day = fits(*y) && fits(*m) && fits(*d)
                             ? calendar::make_date(static_cast<int>(*y), static_cast<int>(*m),
                                                   static_cast<int>(*d))
                             : std::nullopt;
        if (!day) {
            error(c,
                  fmt::format("datumet {} finns inte: år {}, månad {}, dag {}", text, *y, *m, *d));
            return std::nullopt;
        }
        const auto v = *day;
        return typed{t_date, [v](eval_context&) { return value::of_date(v); }, text, true};
    }
    auto fy = args[0].fn, fm = args[1].fn, fd = args[2].fn;
    return typed{t_date,
                 [fy, fm, fd](eval_context& x) {
                     const value y = fy(x), m = fm(x), d = fd(x);
                     if (y.tag != value_tag::integer || m.tag != value_tag::integer ||
                         d.tag != value_tag::integer)
                         return value::missing();
                     const auto fits = [](std::int64_t v) { return v >= 0 && v <= 100000; };
                     if (!fits(y.integer) || !fits(m.integer) || !fits(d.integer))
                         return value::missing();
                     const auto day = calendar::make_date(static_cast<int>(y.integer),
                                                          static_cast<int>(m.integer),
                                                          static_cast<int>(d.integer));
                     return day ? value::of_date(*day) : value::missing();
                 },
                 text};
}

// coalesce(a, b, …): the first argument that is known (not absent, null or
// uncomputable). Kleene reading: unknown only when every argument is.
std::optional<typed> compiler::coalesce_function(const ast::call& c, std::vector<typed>& args,
                                                 const std::string& text) {
    if (args.size() < 2) {
        error(c, "coalesce() tar minst två argument av samma typ");
        return std::nullopt;
    }
    type result = args[0].t;
    for (std::size_t i = 1; i < args.size(); ++i) {
        const type t = args[i].t;
        const bool same =
            result.kind == type_kind::any || t.kind == type_kind::any ||
            (result.kind == t.kind && result.object == t.object && result.element == t.element);
        if (!same) {
            error(c.args[i], fmt::format("typfel: coalesce() kräver argument av samma typ, fick {} "
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
                 text};
}

const compiler::function_table& compiler::added_functions() {
    static const function_table table{
        {"date", &compiler::date_function},
        {"coalesce", &compiler::coalesce_function},
    };
    return table;
}

} // namespace granska::checker::detail
