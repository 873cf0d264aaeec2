#include "checker/runtime/folds.hpp"

namespace granska::checker {

void kleene_all::add(const value& v) {
    if (v.tag != value_tag::boolean)
        unknown = true;
    else if (!v.boolean)
        all = false;
}

value kleene_all::result() const {
    return !all ? value::of_bool(false) : unknown ? value::missing() : value::of_bool(true);
}

value_fold::value_fold(fold_kind k)
    : kind(k), best(k == fold_kind::sum ? value::of_int(0) : value::missing()) {}

void value_fold::add(const value& v) {
    const bool comparable =
        v.tag == value_tag::integer || (kind != fold_kind::sum && v.tag == value_tag::date);
    if (!comparable || (!best.is_missing() && kind != fold_kind::sum && v.tag != best.tag)) {
        unknown = true;
        return;
    }
    if (kind == fold_kind::sum) {
        best.integer += v.integer;
        return;
    }
    if (best.is_missing()) {
        best = v;
        return;
    }
    const bool integers = v.tag == value_tag::integer;
    const bool less = integers ? v.integer < best.integer : v.date < best.date;
    const bool greater = integers ? v.integer > best.integer : v.date > best.date;
    if (kind == fold_kind::min ? less : greater)
        best = v;
}

} // namespace granska::checker
