// Expressions: names, fields, operators with precedence, literals, lists.
// Each returns a typed closure; type errors are reported at the node.
#include "checker/compile/compiler.hpp"
#include "checker/runtime/operators.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <mutex>

namespace granska::checker::detail {

void compiler::error(const x3::position_tagged& at, std::string message) {
    errors_.push_back(parsed_.error_at(at, std::move(message)));
}

std::optional<typed> compiler::expression(const ast::expression& e) {
    std::size_t next = 0;
    auto first = operand(e.first);
    if (!first)
        return std::nullopt;
    return climb(e, next, std::move(first), 1);
}

// Precedence climbing over the flat operator list, as calc9's compiler does.
std::optional<typed> compiler::climb(const ast::expression& e, std::size_t& next,
                                     std::optional<typed> lhs, int min_precedence) {
    while (lhs && next < e.rest.size() && precedence(e.rest[next].op) >= min_precedence) {
        const auto& operation = e.rest[next++];
        const int prec = precedence(operation.op);
        if (operation.op == ast::optoken::op_between) {
            const auto* range = boost::get<x3::forward_ast<ast::range_literal>>(&operation.rhs);
            if (range == nullptr) {
                error(operation, "förväntade 'a and b' efter between");
                return std::nullopt;
            }
            lhs = between(*lhs, range->get());
            continue;
        }
        auto rhs = operand(operation.rhs);
        if (!rhs)
            return std::nullopt;
        while (next < e.rest.size() && precedence(e.rest[next].op) > prec) {
            rhs = climb(e, next, std::move(rhs), precedence(e.rest[next].op));
            if (!rhs)
                return std::nullopt;
        }
        lhs = binary(*lhs, operation.op, *rhs, operation);
    }
    return lhs;
}

std::optional<typed> compiler::list(const ast::list_literal& l) {
    std::vector<typed> items;
    for (const auto& e : l.items) {
        auto item = expression(e);
        if (!item)
            return std::nullopt;
        if (!items.empty() && !compatible(items.front().t, item->t)) {
            error(e, fmt::format("typfel: listans element måste ha samma typ ({} och {})",
                                 describe(items.front().t), describe(item->t)));
            return std::nullopt;
        }
        if (item->t.kind == type_kind::list) {
            error(e, "en lista av listor stöds inte");
            return std::nullopt;
        }
        items.push_back(std::move(*item));
    }
    const type element = items.empty() ? type::scalar(type_kind::any) : items.front().t;
    std::string text = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        text += (i ? ", " : "") + items[i].text;
    text += "]";
    const bool constant =
        std::all_of(items.begin(), items.end(), [](const typed& t) { return t.literal; });
    if (constant) {
        // A literal list is built once; its values live as long as the rule.
        auto built = std::make_shared<value_list>();
        std::vector<expr_fn> keep;
        for (auto& i : items)
            keep.push_back(i.fn);
        return typed{type::list_of(element),
                     [built, keep, done = std::make_shared<std::once_flag>()](eval_context& c) {
                         std::call_once(*done, [&] {
                             for (const auto& f : keep)
                                 built->push_back(f(c));
                         });
                         return value::of_list(built.get());
                     },
                     text, true};
    }
    std::vector<expr_fn> fns;
    for (auto& i : items)
        fns.push_back(i.fn);
    return typed{
        type::list_of(element),
        [fns](eval_context& c) {
            auto* out =
                std::pmr::polymorphic_allocator<value_list>(c.arena).new_object<value_list>();
            for (const auto& f : fns)
                out->push_back(f(c));
            return value::of_list(out);
        },
        text};
}

std::size_t compiler::declare(const std::string& name, type t) {
    const std::size_t slot = slots_++;
    scopes_.back()[name] = variable{slot, t};
    return slot;
}

const compiler::variable* compiler::lookup(const std::string& name) const {
    for (auto it = scopes_.rbegin(); it != scopes_.rend(); ++it)
        if (auto found = it->find(name); found != it->end())
            return &found->second;
    return nullptr;
}

std::optional<typed> compiler::comprehension(const ast::comprehension& c) {
    push_scope();
    struct generator {
        std::size_t slot;
        type_kind element;
        expr_fn collection;
        expr_fn filter;
    };
    std::vector<generator> gens;
    std::string text = "[";
    bool ok = true;
    for (const auto& g : c.generators) {
        auto coll = expression(g.collection);
        if (!coll) {
            ok = false;
            break;
        }
        if (coll->t.kind != type_kind::list) {
            error(g.collection, fmt::format("förväntade en lista, fick {}", describe(coll->t)));
            ok = false;
            break;
        }
        const std::size_t slot = declare(g.variable.name, coll->t.element_type());
        expr_fn filter;
        if (g.filter) {
            auto f = expression(*g.filter);
            if (!f || !compatible(f->t, t_bool)) {
                if (f)
                    error(*g.filter, "villkoret efter where måste vara ett sanningsvärde");
                ok = false;
                break;
            }
            filter = f->fn;
        }
        gens.push_back({slot, coll->t.element, coll->fn, filter});
    }
    std::optional<typed> element = ok ? expression(c.element) : std::nullopt;
    pop_scope();
    if (!element)
        return std::nullopt;
    if (element->t.kind == type_kind::list) {
        error(c.element, "en lista av listor stöds inte; lägg till ett for-led i stället");
        return std::nullopt;
    }
    text += element->text + " for …]";
    auto body = element->fn;
    auto run = [gens, body](eval_context& ctx) {
        auto* out = std::pmr::polymorphic_allocator<value_list>(ctx.arena).new_object<value_list>();
        // Nested loops over the generators, innermost last.
        std::function<void(std::size_t)> loop = [&](std::size_t i) {
            if (i == gens.size()) {
                out->push_back(body(ctx));
                return;
            }
            const auto& g = gens[i];
            for_each_element(g.collection(ctx), g.element, [&](const value& e) {
                ctx.slots[g.slot] = e;
                if (g.filter) {
                    const value f = g.filter(ctx);
                    if (f.tag != value_tag::boolean || !f.boolean)
                        return;
                }
                loop(i + 1);
            });
        };
        loop(0);
        return value::of_list(out);
    };
    return typed{type::list_of(element->t), run, text};
}

std::optional<typed> compiler::operand(const ast::operand& o) {
    struct visitor {
        compiler& self;
        using result_type = std::optional<typed>;

        result_type operator()(const ast::nil&) const { return std::nullopt; }
        result_type operator()(const ast::number_literal& n) const {
            const auto v = n.value;
            return typed{t_int, [v](eval_context&) { return value::of_int(v); }, std::to_string(v),
                         true};
        }
        result_type operator()(const ast::string_literal& s) const {
            auto text = std::make_shared<const std::string>(s.value);
            return typed{t_str, [text](eval_context&) { return value::of_string(*text); },
                         "\"" + s.value + "\"", true};
        }
        result_type operator()(const ast::date_literal& d) const {
            const auto date = calendar::make_date(d.year, d.month, d.day);
            if (!date) {
                self.error(
                    d, fmt::format("datumet {:04}-{:02}-{:02} finns inte", d.year, d.month, d.day));
                return std::nullopt;
            }
            const auto v = *date;
            return typed{t_date, [v](eval_context&) { return value::of_date(v); },
                         calendar::format(v), true};
        }
        result_type operator()(const ast::duration_literal& d) const {
            const calendar::duration v{d.years, d.months, d.days};
            return typed{t_dur, [v](eval_context&) { return value::of_duration(v); },
                         calendar::describe(v), true, v};
        }
        result_type operator()(const ast::bool_literal& b) const {
            const bool v = b.value;
            return typed{t_bool, [v](eval_context&) { return value::of_bool(v); },
                         v ? "true" : "false", true};
        }
        result_type operator()(const ast::path& p) const { return self.path(p); }
        result_type operator()(const x3::forward_ast<ast::list_literal>& l) const {
            return self.list(l.get());
        }
        result_type operator()(const x3::forward_ast<ast::comprehension>& c) const {
            return self.comprehension(c.get());
        }
        result_type operator()(const x3::forward_ast<ast::call>& c) const {
            return self.call(c.get());
        }
        result_type operator()(const x3::forward_ast<ast::unary>& u) const {
            auto rhs = self.operand(u.get().rhs);
            if (!rhs)
                return std::nullopt;
            auto f = rhs->fn;
            if (u.get().op == ast::optoken::op_not) {
                if (!compatible(rhs->t, t_bool)) {
                    self.error(u.get(), fmt::format("typfel: not kräver ett sanningsvärde, fick {}",
                                                    describe(rhs->t)));
                    return std::nullopt;
                }
                return typed{t_bool, [f](eval_context& c) { return kleene_not(f(c)); },
                             "not " + rhs->text};
            }
            if (!compatible(rhs->t, t_int)) {
                self.error(u.get(), fmt::format("typfel: minus kräver ett heltal, fick {}",
                                                describe(rhs->t)));
                return std::nullopt;
            }
            return typed{t_int,
                         [f](eval_context& c) {
                             const value v = f(c);
                             return v.tag == value_tag::integer ? value::of_int(-v.integer)
                                                                : value::missing();
                         },
                         "-" + rhs->text, rhs->literal};
        }
        result_type operator()(const x3::forward_ast<ast::range_literal>& r) const {
            self.error(r.get(), "ett intervall (a and b) får bara stå efter between");
            return std::nullopt;
        }
        result_type operator()(const x3::forward_ast<ast::member_access>& m) const {
            return self.member_access(m.get());
        }
        result_type operator()(const x3::forward_ast<ast::expression>& e) const {
            auto inner = self.expression(e.get());
            if (inner)
                inner->text = "(" + inner->text + ")";
            return inner;
        }
    };
    return boost::apply_visitor(visitor{*this}, o);
}

} // namespace granska::checker::detail
