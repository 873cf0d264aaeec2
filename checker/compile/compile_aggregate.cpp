// Aggregates with binders: count(x in C where F), exists, none, all, sum,
// min, max over a collection, each element bound in turn. Which of them a
// name is, is the registry's (builtins_table.cpp).
#include "checker/compile/builtins.hpp"

#include <fmt/format.h>

namespace granska::checker::detail {

std::optional<typed> compiler::where_condition(const ast::expression& e) {
    auto condition = expression(e);
    if (condition && condition->t.kind != type_kind::boolean &&
        condition->t.kind != type_kind::any) {
        error(e, "villkoret efter where måste vara ett sanningsvärde");
        return std::nullopt;
    }
    return condition;
}

std::optional<typed> compiler::aggregate(const ast::call& c) {
    const std::string& name = c.function.name;
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
        filter = where_condition(*b.filter);
        ok = filter.has_value();
    }
    if (ok && !c.args.empty()) {
        body = expression(c.args.front());
        ok = body.has_value();
    }
    pop_scope();
    if (!ok)
        return std::nullopt;

    const auto compile = bound_form_of(name);
    if (compile == nullptr) {
        error(c.function, fmt::format("funktionen {}() tar inte formen 'x in lista'", name));
        return std::nullopt;
    }
    std::string text =
        fmt::format("{}({} in {}{}{})", name, b.variable.name, coll->text,
                    filter ? " where " + filter->text : "", body ? " : " + body->text : "");
    const bound_elements visit{coll->fn, coll->t.element, slot, filter ? filter->fn : expr_fn{}};
    return compile({*this, c, visit, std::move(body), std::move(text)});
}

namespace {

// count, exists and none count elements: what to count is the filter's.
bool without_body(const bound_call& call) {
    if (!call.body)
        return true;
    call.self.error(
        call.call,
        fmt::format("{}() tar inget ': uttryck'; skriv villkoret efter where", call.name()));
    return false;
}

} // namespace

std::optional<typed> compile_count_bound(const bound_call& call) {
    if (!without_body(call))
        return std::nullopt;
    return typed{t_int,
                 [visit = call.visit](eval_context& x) {
                     std::int64_t n = 0;
                     if (!visit(x, [&](const value&) { ++n; }))
                         return value::missing();
                     return value::of_int(n);
                 },
                 call.text};
}

std::optional<typed> compile_exists_bound(const bound_call& call) {
    if (!without_body(call))
        return std::nullopt;
    const bool exists = call.name() == "exists";
    return typed{t_bool,
                 [visit = call.visit, exists](eval_context& x) {
                     bool any = false;
                     if (!visit(x, [&](const value&) { any = true; }))
                         return value::missing();
                     return value::of_bool(any == exists);
                 },
                 call.text};
}

std::optional<typed> compile_all_bound(const bound_call& call) {
    const auto& body = call.body;
    if (!body || (body->t.kind != type_kind::boolean && body->t.kind != type_kind::any)) {
        call.self.error(call.call, "all() kräver formen all(x in lista where filter : villkor)");
        return std::nullopt;
    }
    return typed{t_bool,
                 [visit = call.visit, each = body->fn](eval_context& x) {
                     kleene_all all;
                     all.unknown |= !visit(x, [&](const value&) { all.add(each(x)); });
                     return all.result();
                 },
                 call.text};
}

std::optional<typed> compile_extreme_bound(const bound_call& call) {
    const std::string& name = call.name();
    const auto& body = call.body;
    if (!body) {
        call.self.error(call.call, fmt::format("{}() med 'x in lista' kräver ': uttryck'", name));
        return std::nullopt;
    }
    const bool is_sum = name == "sum";
    if (body->t.kind != type_kind::integer && !(!is_sum && body->t.kind == type_kind::date)) {
        call.self.error(call.call.args.front(),
                        fmt::format("{}() kräver heltal{}, fick {}", name,
                                    is_sum ? "" : " eller datum", describe(body->t)));
        return std::nullopt;
    }
    const auto kind = fold_kind_of(name);
    return typed{body->t,
                 [visit = call.visit, each = body->fn, kind](eval_context& x) {
                     value_fold fold(kind);
                     fold.unknown |= !visit(x, [&](const value&) { fold.add(each(x)); });
                     return fold.result();
                 },
                 call.text};
}

} // namespace granska::checker::detail
