// The built-in functions of the rule language. Each checks its argument types
// at load time and returns a closure; the date ones call calendar.hpp.
#include "checker/base/personal_number.hpp"
#include "checker/base/swedish.hpp"
#include "checker/compile/compiler.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace granska::checker::detail {

namespace {

value new_list(eval_context& c, value_list*& out) {
    out = std::pmr::polymorphic_allocator<value_list>(c.arena).new_object<value_list>();
    value v;
    v.tag = value_tag::list;
    v.items = out;
    return v;
}

bool matches(type actual, type wanted) {
    if (actual.kind == type_kind::any || wanted.kind == type_kind::any)
        return true;
    if (actual.kind != wanted.kind)
        return false;
    if (actual.kind == type_kind::list)
        return wanted.element == type_kind::any || actual.element == wanted.element;
    if (actual.kind == type_kind::object)
        return wanted.object == nullptr || actual.object == wanted.object;
    return true;
}

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

} // namespace

std::optional<typed> compiler::builtin(const ast::call& c, std::vector<typed>& args) {
    const std::string& name = c.function.name;
    std::string text = name + "(";
    for (std::size_t i = 0; i < args.size(); ++i)
        text += (i ? ", " : "") + args[i].text;
    text += ")";

    // Checks arity and argument types; reports "f(typ, typ)" on mismatch.
    auto expect = [&](std::initializer_list<type> wanted) {
        bool ok = args.size() == wanted.size();
        std::size_t i = 0;
        for (const auto& w : wanted) {
            if (ok && !matches(args[i].t, w))
                ok = false;
            ++i;
        }
        if (!ok) {
            std::string sig;
            for (const auto& w : wanted)
                sig += (sig.empty() ? "" : ", ") + describe(w);
            error(c, fmt::format("{}() tar ({})", name, sig));
        }
        return ok;
    };
    auto arg = [&](std::size_t i) { return args[i].fn; };

    if (name == "present" || name == "missing") {
        if (args.size() != 1) {
            error(c, fmt::format("{}() tar ett argument", name));
            return std::nullopt;
        }
        auto a = arg(0);
        const bool want = name == "present";
        return typed{t_bool,
                     [a, want](eval_context& x) { return value::of_bool(present(a(x)) == want); },
                     text};
    }
    if (name == "sort") {
        if (args.size() != 1 || args[0].t.kind != type_kind::list ||
            (args[0].t.element != type_kind::date && args[0].t.element != type_kind::integer &&
             args[0].t.element != type_kind::string)) {
            error(c, "sort() tar en lista av datum, heltal eller text");
            return std::nullopt;
        }
        auto a = arg(0);
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
                     text};
    }
    if (name == "longest_gap" || name == "gaps") {
        if (!expect({type::list_of(t_date)}))
            return std::nullopt;
        auto a = arg(0);
        if (name == "gaps")
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
                         text};
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
                     text};
    }
    if (name == "year") {
        if (!expect({t_date}))
            return std::nullopt;
        auto a = arg(0);
        return typed{t_int,
                     [a](eval_context& x) {
                         const value d = a(x);
                         return d.tag == value_tag::date ? value::of_int(calendar::year_of(d.date))
                                                         : value::missing();
                     },
                     text};
    }
    if (name == "calendar_year") {
        if (!expect({t_int}))
            return std::nullopt;
        auto a = arg(0);
        return typed{t_period,
                     [a](eval_context& x) {
                         const value y = a(x);
                         if (y.tag != value_tag::integer || y.integer < calendar::min_year ||
                             y.integer > calendar::max_year)
                             return value::missing();
                         return value::of_period(
                             calendar::calendar_year(static_cast<int>(y.integer)));
                     },
                     text};
    }
    if (name == "years") {
        if (!expect({t_int, t_int}))
            return std::nullopt;
        auto a = arg(0), b = arg(1);
        return typed{type::list_of(t_int),
                     [a, b](eval_context& x) {
                         const value from = a(x), to = b(x);
                         if (from.tag != value_tag::integer || to.tag != value_tag::integer)
                             return value::missing();
                         value_list* out;
                         value v = new_list(x, out);
                         // Bounded: a year range in a rule never spans more than the calendar.
                         for (auto y = std::max<std::int64_t>(from.integer, calendar::min_year);
                              y <= std::min<std::int64_t>(to.integer, calendar::max_year); ++y)
                             out->push_back(value::of_int(y));
                         return v;
                     },
                     text};
    }
    if (name == "mandate_periods" && args.size() == 2) {
        // The mandate periods that lie wholly within [from, to]; unknown if either is.
        if (!expect({t_date, t_date}))
            return std::nullopt;
        auto a = arg(0), b = arg(1);
        return typed{type::list_of(t_period),
                     [a, b](eval_context& x) {
                         const value from = a(x), to = b(x);
                         if (from.tag != value_tag::date || to.tag != value_tag::date)
                             return value::missing();
                         value_list* out;
                         value v = new_list(x, out);
                         for (const auto& p : calendar::mandate_periods_until(to.date))
                             if (p.from >= from.date && p.to <= to.date)
                                 out->push_back(value::of_period(p));
                         return v;
                     },
                     text};
    }
    if (name == "mandate_periods") {
        if (!expect({}))
            return std::nullopt;
        return typed{type::list_of(t_period),
                     [](eval_context& x) {
                         value_list* out;
                         value v = new_list(x, out);
                         for (const auto& p : calendar::mandate_periods_until(x.as_of))
                             out->push_back(value::of_period(p));
                         return v;
                     },
                     text};
    }
    if (name == "mandate_period") {
        if (!expect({t_date}))
            return std::nullopt;
        auto a = arg(0);
        return typed{t_period,
                     [a](eval_context& x) {
                         const value d = a(x);
                         return d.tag == value_tag::date
                                    ? value::of_period(calendar::mandate_period_of(d.date))
                                    : value::missing();
                     },
                     text};
    }
    if (name == "overlaps") {
        if (!expect({t_period, t_period}))
            return std::nullopt;
        auto a = arg(0), b = arg(1);
        return typed{t_bool,
                     [a, b](eval_context& x) {
                         const value p = a(x), q = b(x);
                         if (p.tag != value_tag::period || q.tag != value_tag::period)
                             return value::missing();
                         return value::of_bool(calendar::overlaps(p.period, q.period));
                     },
                     text};
    }
    if (name == "refers_to") {
        if (!expect({t_str, t_str}))
            return std::nullopt;
        auto a = arg(0), b = arg(1);
        return typed{t_bool,
                     [a, b](eval_context& x) {
                         const value ref = a(x), kind = b(x);
                         if (ref.tag != value_tag::string || kind.tag != value_tag::string)
                             return value::missing();
                         if (ref.text() == kind.text())
                             return value::of_bool(true);
                         const auto it = x.data.bodies_by_id.find(ref.text());
                         return value::of_bool(it != x.data.bodies_by_id.end() &&
                                               it->second->get_text("kind") == kind.text());
                     },
                     text};
    }
    if (name == "body") {
        if (!expect({t_str}))
            return std::nullopt;
        auto a = arg(0);
        return typed{type::of(&types::body()),
                     [a](eval_context& x) {
                         const value ref = a(x);
                         if (ref.tag != value_tag::string)
                             return value::missing();
                         const auto it = x.data.bodies_by_id.find(ref.text());
                         return it == x.data.bodies_by_id.end()
                                    ? value::missing()
                                    : value::of_object(it->second, &types::body());
                     },
                     text};
    }
    if (name == "contains_personal_number") {
        if (!expect({t_str}))
            return std::nullopt;
        auto a = arg(0);
        return typed{t_bool,
                     [a](eval_context& x) {
                         const value s = a(x);
                         if (s.tag != value_tag::string)
                             return value::missing();
                         return value::of_bool(!find_personal_numbers(s.text()).empty());
                     },
                     text};
    }
    if (name == "join") {
        if (!expect({type::list_of(t_str), t_str}))
            return std::nullopt;
        auto a = arg(0), b = arg(1);
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
                         auto* kept = std::pmr::polymorphic_allocator<std::pmr::string>(x.arena)
                                          .new_object<std::pmr::string>(joined);
                         return value::of_string(*kept);
                     },
                     text};
    }
    if (name == "in_words") {
        // A day count for a sentence: "drygt åtta år (3 002 dagar)".
        if (!expect({t_int}))
            return std::nullopt;
        auto a = arg(0);
        return typed{t_str,
                     [a](eval_context& x) {
                         const value d = a(x);
                         if (d.tag != value_tag::integer)
                             return value::missing();
                         auto* kept = std::pmr::polymorphic_allocator<std::pmr::string>(x.arena)
                                          .new_object<std::pmr::string>(days_in_words(d.integer));
                         return value::of_string(*kept);
                     },
                     text};
    }
    error(
        c.function,
        fmt::format(
            "okänd funktion '{}' (kända: count, exists, none, all, sum, min, max, present, "
            "missing, sort, longest_gap, gaps, year, calendar_year, years, mandate_periods, "
            "mandate_period, overlaps, refers_to, body, contains_personal_number, join, in_words)",
            name));
    return std::nullopt;
}

} // namespace granska::checker::detail
