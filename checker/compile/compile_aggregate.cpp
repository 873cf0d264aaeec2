// Aggregates with binders: count(x in C where F), exists, none, all, sum,
// min, max over a collection, each element bound in turn.
#include "checker/compile/compiler.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace granska::checker::detail {

namespace {

// Only a known true passes a `where`: unknown and false leave the element out.
bool truthy(const value& v) {
    return v.tag == value_tag::boolean && v.boolean;
}

} // namespace

std::optional<typed> compiler::aggregate(const ast::call& c) {
    const std::string name = c.function.name;
    const auto& b = *c.bound;
    auto coll = expression(b.collection);
    if (!coll)
        return std::nullopt;
    if (coll->t.kind != type_kind::list) {
        error(b.collection,
              fmt::format("förväntade en lista efter 'in', fick {}", describe(coll->t)));
        return std::nullopt;
    }
    push_scope();
    const std::size_t slot = declare(b.variable.name, coll->t.element_type());
    std::optional<typed> filter, body;
    bool ok = true;
    if (b.filter) {
        filter = expression(*b.filter);
        if (filter && filter->t.kind != type_kind::boolean && filter->t.kind != type_kind::any) {
            error(*b.filter, "villkoret efter where måste vara ett sanningsvärde");
            ok = false;
        }
        ok = ok && filter.has_value();
    }
    if (ok && !c.args.empty()) {
        body = expression(c.args.front());
        ok = body.has_value();
    }
    pop_scope();
    if (!ok)
        return std::nullopt;

    const auto element = coll->t.element;
    auto list = coll->fn;
    expr_fn where = filter ? filter->fn : expr_fn{};
    expr_fn each = body ? body->fn : expr_fn{};
    const std::string text =
        fmt::format("{}({} in {}{}{})", name, b.variable.name, coll->text,
                    filter ? " where " + filter->text : "", body ? " : " + body->text : "");
    // Visits the elements that pass the filter; an unknown filter skips the element.
    // Returns false when the collection itself is unknown.
    auto visit = [list, element, slot, where](eval_context& x, const auto& f) {
        const value items = list(x);
        if (items.is_missing())
            return false;
        for_each_element(items, element, [&](const value& e) {
            x.slots[slot] = e;
            if (where && !truthy(where(x)))
                return;
            f(e);
        });
        return true;
    };

    if (name == "count" || name == "exists" || name == "none") {
        if (body) {
            error(c, fmt::format("{}() tar inget ': uttryck'; skriv villkoret efter where", name));
            return std::nullopt;
        }
        if (name == "count")
            return typed{t_int,
                         [visit](eval_context& x) {
                             std::int64_t n = 0;
                             if (!visit(x, [&](const value&) { ++n; }))
                                 return value::missing();
                             return value::of_int(n);
                         },
                         text};
        const bool exists = name == "exists";
        return typed{t_bool,
                     [visit, exists](eval_context& x) {
                         bool any = false;
                         if (!visit(x, [&](const value&) { any = true; }))
                             return value::missing();
                         return value::of_bool(any == exists);
                     },
                     text};
    }
    if (name == "all") {
        if (!body || (body->t.kind != type_kind::boolean && body->t.kind != type_kind::any)) {
            error(c, "all() kräver formen all(x in lista where filter : villkor)");
            return std::nullopt;
        }
        return typed{t_bool,
                     [visit, each](eval_context& x) {
                         bool all = true, unknown = false;
                         unknown |= !visit(x, [&](const value&) {
                             const value v = each(x);
                             if (v.tag != value_tag::boolean)
                                 unknown = true;
                             else if (!v.boolean)
                                 all = false;
                         });
                         return !all      ? value::of_bool(false)
                                : unknown ? value::missing()
                                          : value::of_bool(true);
                     },
                     text};
    }
    if (name == "sum" || name == "min" || name == "max") {
        if (!body) {
            error(c, fmt::format("{}() med 'x in lista' kräver ': uttryck'", name));
            return std::nullopt;
        }
        const bool numeric = body->t.kind == type_kind::integer;
        if (!numeric && !(name != "sum" && body->t.kind == type_kind::date)) {
            error(c.args.front(),
                  fmt::format("{}() kräver heltal{}, fick {}", name,
                              name == "sum" ? "" : " eller datum", describe(body->t)));
            return std::nullopt;
        }
        const int mode = name == "sum" ? 0 : name == "min" ? 1 : 2;
        return typed{body->t,
                     [visit, each, mode](eval_context& x) {
                         value best = mode == 0 ? value::of_int(0) : value::missing();
                         bool unknown = false;
                         unknown |= !visit(x, [&](const value&) {
                             const value v = each(x);
                             if (v.is_missing()) {
                                 unknown = true;
                                 return;
                             }
                             if (mode == 0)
                                 best.integer += v.integer;
                             else if (best.is_missing() ||
                                      (v.tag == value_tag::integer
                                           ? (mode == 1 ? v.integer < best.integer
                                                        : v.integer > best.integer)
                                           : (mode == 1 ? v.date < best.date : v.date > best.date)))
                                 best = v;
                         });
                         return unknown ? value::missing() : best;
                     },
                     text};
    }
    error(c.function, fmt::format("funktionen {}() tar inte formen 'x in lista'", name));
    return std::nullopt;
}

} // namespace granska::checker::detail
