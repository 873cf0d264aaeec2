// Built-in functions on dates and periods: years, gaps between dates, the
// calendar year and the Swedish mandate periods. The arithmetic is
// calendar.hpp's; these only check the arguments and call it. date(y, m, d)
// is here too: an impossible day written with literals is a load error.
#include "checker/compile/builtins.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace granska::checker::detail {

namespace {

// The sorted dates of a list; nothing when the list or any element is unknown.
std::optional<std::vector<calendar::date>> dates_of(const value& list) {
    if (list.is_missing())
        return std::nullopt;
    std::vector<calendar::date> out;
    bool unknown = false;
    for_each_element(list, type_kind::date, [&](const value& e) {
        if (e.tag == value_tag::date)
            out.push_back(e.date);
        else
            unknown = true;
    });
    if (unknown)
        return std::nullopt;
    std::sort(out.begin(), out.end());
    return out;
}

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

std::optional<typed> compile_longest_gap(const builtin_call& call) {
    if (!call.expect({type::list_of(t_date)}))
        return std::nullopt;
    auto a = call.arg(0);
    // The longest gap between consecutive dates (the first of equals).
    return typed{t_period,
                 [a](eval_context& x) {
                     const auto dates = dates_of(a(x));
                     if (!dates || dates->size() < 2)
                         return value::missing();
                     const auto& d = *dates;
                     calendar::period best{d[0], d[1]};
                     for (std::size_t i = 2; i < d.size(); ++i)
                         if (d[i].days - d[i - 1].days > best.to.days - best.from.days)
                             best = {d[i - 1], d[i]};
                     return value::of_period(best);
                 },
                 call.text};
}

std::optional<typed> compile_gaps(const builtin_call& call) {
    if (!call.expect({type::list_of(t_date)}))
        return std::nullopt;
    auto a = call.arg(0);
    return typed{type::list_of(t_period),
                 [a](eval_context& x) {
                     const auto d = dates_of(a(x));
                     if (!d)
                         return value::missing();
                     value_list* out;
                     value v = new_list(x, out);
                     for (std::size_t i = 1; i < d->size(); ++i)
                         out->push_back(value::of_period({(*d)[i - 1], (*d)[i]}));
                     return v;
                 },
                 call.text};
}

std::optional<typed> compile_year(const builtin_call& call) {
    return on_known(call, t_date, value_tag::date, t_int, [](eval_context&, const value& d) {
        return value::of_int(calendar::year_of(d.date));
    });
}

std::optional<typed> compile_calendar_year(const builtin_call& call) {
    return on_known(call, t_int, value_tag::integer, t_period, [](eval_context&, const value& y) {
        if (y.integer < calendar::min_year || y.integer > calendar::max_year)
            return value::missing();
        return value::of_period(calendar::calendar_year(static_cast<int>(y.integer)));
    });
}

std::optional<typed> compile_years(const builtin_call& call) {
    return on_known(call, t_int, t_int, value_tag::integer, type::list_of(t_int),
                    [](eval_context& x, const value& from, const value& to) {
                        value_list* out;
                        value v = new_list(x, out);
                        // Bounded: a year range in a rule never spans more than the calendar.
                        for (auto y = std::max<std::int64_t>(from.integer, calendar::min_year);
                             y <= std::min<std::int64_t>(to.integer, calendar::max_year); ++y)
                            out->push_back(value::of_int(y));
                        return v;
                    });
}

// The mandate periods that lie wholly within [from, to]; unknown if either is.
std::optional<typed> compile_mandate_periods_within(const builtin_call& call) {
    return on_known(call, t_date, t_date, value_tag::date, type::list_of(t_period),
                    [](eval_context& x, const value& from, const value& to) {
                        value_list* out;
                        value v = new_list(x, out);
                        for (const auto& p : calendar::mandate_periods_until(to.date))
                            if (p.from >= from.date && p.to <= to.date)
                                out->push_back(value::of_period(p));
                        return v;
                    });
}

std::optional<typed> compile_mandate_periods(const builtin_call& call) {
    if (!call.expect({}))
        return std::nullopt;
    return typed{type::list_of(t_period),
                 [](eval_context& x) {
                     value_list* out;
                     value v = new_list(x, out);
                     for (const auto& p : calendar::mandate_periods_until(x.as_of))
                         out->push_back(value::of_period(p));
                     return v;
                 },
                 call.text};
}

std::optional<typed> compile_mandate_period(const builtin_call& call) {
    return on_known(call, t_date, value_tag::date, t_period, [](eval_context&, const value& d) {
        return value::of_period(calendar::mandate_period_of(d.date));
    });
}

std::optional<typed> compile_overlaps(const builtin_call& call) {
    return on_known(call, t_period, t_period, value_tag::period, t_bool,
                    [](eval_context&, const value& p, const value& q) {
                        return value::of_bool(calendar::overlaps(p.period, q.period));
                    });
}

// date(y, m, d): the day, or unknown when it does not exist (2026-02-30).
// Written with three literals, an impossible day is a mistake in the pack:
// a load error, so the rule never runs on a date nobody meant.
std::optional<typed> compile_date(const builtin_call& call) {
    const auto& args = call.args;
    if (args.size() != 3 || !is_int(args[0].t) || !is_int(args[1].t) || !is_int(args[2].t))
        return call.fail("date() tar (heltal, heltal, heltal): år, månad och dag");
    const auto& written = call.call.args;
    const auto y = literal_int(written[0]), m = literal_int(written[1]),
               d = literal_int(written[2]);
    if (y && m && d) {
        const auto fits = [](std::int64_t v) { return v >= -100000 && v <= 100000; };
        const auto day = fits(*y) && fits(*m) && fits(*d)
                             ? calendar::make_date(static_cast<int>(*y), static_cast<int>(*m),
                                                   static_cast<int>(*d))
                             : std::nullopt;
        if (!day)
            return call.fail(fmt::format("datumet {} finns inte: år {}, månad {}, dag {}",
                                         call.text, *y, *m, *d));
        const auto v = *day;
        return typed{t_date, [v](eval_context&) { return value::of_date(v); }, call.text, true};
    }
    auto fy = call.arg(0), fm = call.arg(1), fd = call.arg(2);
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
                 call.text};
}

} // namespace granska::checker::detail
