// Comparing durations, arithmetic on values whose type only the data knows
// (fields of undeclared record kinds), and the hint for a date compared with
// a number.
//
// How durations compare (docs/rule-language.md, "Jämföra tidslängder"):
// months and years with months and years (1 year = 12 months), days and weeks
// with days and weeks (1 week = 7 days). A month has no fixed number of days,
// so `1 month < 30 days` has no answer without a start date: written in the
// pack it is a load error that says to compare the dates reached from one
// start instead; met in the data (an interval of P30D against 1 month) it
// cannot be decided, so the require reports "kan inte bedömas".
#include "checker/compile/compiler.hpp"

#include <fmt/format.h>

namespace granska::checker::detail {

namespace {

enum class duration_unit { none, months, days, mixed };

duration_unit unit_of(const calendar::duration& d) {
    const bool months = d.years != 0 || d.months != 0;
    const bool days = d.days != 0;
    if (months && days)
        return duration_unit::mixed;
    return months ? duration_unit::months : days ? duration_unit::days : duration_unit::none;
}

// -1, 0, 1; nothing when the two cannot be compared without a start date.
// A zero duration compares with either unit.
std::optional<int> compare(const calendar::duration& a, const calendar::duration& b) {
    const auto ua = unit_of(a), ub = unit_of(b);
    if (ua == duration_unit::mixed || ub == duration_unit::mixed)
        return std::nullopt;
    if (ua != ub && ua != duration_unit::none && ub != duration_unit::none)
        return std::nullopt;
    const bool in_days = ua == duration_unit::days || ub == duration_unit::days;
    const std::int64_t x = in_days ? a.days : std::int64_t{a.years} * 12 + a.months;
    const std::int64_t y = in_days ? b.days : std::int64_t{b.years} * 12 + b.months;
    return x < y ? -1 : x > y ? 1 : 0;
}

bool holds(ast::optoken op, int cmp) {
    using ast::optoken;
    switch (op) {
    case optoken::op_equal:
        return cmp == 0;
    case optoken::op_not_equal:
        return cmp != 0;
    case optoken::op_less:
        return cmp < 0;
    case optoken::op_less_equal:
        return cmp <= 0;
    case optoken::op_greater:
        return cmp > 0;
    default:
        return cmp >= 0;
    }
}

// int ± int, date ± duration, date − date (days), duration + duration; else unknown.
value add_or_subtract(const value& a, const value& b, bool plus) {
    if (a.tag == value_tag::integer && b.tag == value_tag::integer)
        return value::of_int(plus ? a.integer + b.integer : a.integer - b.integer);
    if (a.tag == value_tag::date && b.tag == value_tag::duration) {
        const auto d =
            plus ? calendar::add(a.date, b.duration) : calendar::subtract(a.date, b.duration);
        return d ? value::of_date(*d) : value::missing();
    }
    if (!plus && a.tag == value_tag::date && b.tag == value_tag::date)
        return value::of_int(calendar::days_between(b.date, a.date));
    if (plus && a.tag == value_tag::duration && b.tag == value_tag::duration)
        return value::of_duration({a.duration.years + b.duration.years,
                                   a.duration.months + b.duration.months,
                                   a.duration.days + b.duration.days});
    return value::missing();
}

} // namespace

std::optional<typed> compiler::compare_durations(const typed& lhs, ast::optoken op,
                                                 const typed& rhs, const x3::position_tagged& at,
                                                 const std::string& text) {
    if (lhs.constant_duration && rhs.constant_duration &&
        !compare(*lhs.constant_duration, *rhs.constant_duration)) {
        error(at, fmt::format("{} och {} kan inte jämföras: en månad har inget bestämt antal "
                              "dagar. Jämför månader och år med månader och år, dagar och veckor "
                              "med dagar och veckor, eller jämför datumen som nås från samma start "
                              "(start + {} <= start + {})",
                              lhs.text, rhs.text, lhs.text, rhs.text));
        return std::nullopt;
    }
    auto l = lhs.fn, r = rhs.fn;
    return typed{t_bool,
                 [l, r, op](eval_context& c) {
                     const value a = l(c), b = r(c);
                     if (a.tag != value_tag::duration || b.tag != value_tag::duration)
                         return value::missing();
                     const auto cmp = compare(a.duration, b.duration);
                     return cmp ? value::of_bool(holds(op, *cmp)) : value::missing();
                 },
                 text};
}

// One side typed only by the data: the operation is chosen when the values
// are known, so a record's dates subtract as any other dates do.
std::optional<typed> compiler::dynamic_arithmetic(const typed& lhs, bool plus, const typed& rhs,
                                                  const std::string& text) {
    const auto date_or_any = [](type t) {
        return t.kind == type_kind::date || t.kind == type_kind::any;
    };
    // date − (date or any) is a number of days only if the other side is a
    // date; it could be a duration, so the result is typed by the data too.
    const type result = !plus && lhs.t.kind == type_kind::any && rhs.t.kind == type_kind::date
                            ? t_int
                            : type::scalar(type_kind::any);
    if (!date_or_any(lhs.t) && lhs.t.kind != type_kind::integer &&
        lhs.t.kind != type_kind::duration)
        return std::nullopt;
    if (!date_or_any(rhs.t) && rhs.t.kind != type_kind::integer &&
        rhs.t.kind != type_kind::duration)
        return std::nullopt;
    auto l = lhs.fn, r = rhs.fn;
    return typed{result,
                 [l, r, plus](eval_context& c) { return add_or_subtract(l(c), r(c), plus); }, text};
}

// A date compared with a number is nearly always a year: say how to write it.
std::string compiler::comparison_hint(const typed& lhs, const char* op, const typed& rhs) {
    if (lhs.t.kind == type_kind::date && rhs.t.kind == type_kind::integer)
        return fmt::format("; jämför årtal med year(): year({}) {} {}", lhs.text, op, rhs.text);
    if (lhs.t.kind == type_kind::integer && rhs.t.kind == type_kind::date)
        return fmt::format("; jämför årtal med year(): {} {} year({})", lhs.text, op, rhs.text);
    return {};
}

} // namespace granska::checker::detail
