// Expressions: names, fields, operators with precedence, literals, lists.
// Each returns a typed closure; type errors are reported at the node.
#include "checker/compiler.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <mutex>

namespace granska::checker::detail {

namespace {

constexpr type t_bool = type::scalar(type_kind::boolean);
constexpr type t_int = type::scalar(type_kind::integer);
constexpr type t_str = type::scalar(type_kind::string);
constexpr type t_date = type::scalar(type_kind::date);
constexpr type t_dur = type::scalar(type_kind::duration);
const type t_period = type::of(&types::period());

bool is_period(type t) { return t.kind == type_kind::object && t.object == &types::period(); }

// Values compared for ==, <, in: the tags must agree; otherwise unknown.
// Returns -1/0/1, or 2 when not comparable.
int compare(const value& a, const value& b) {
    if (a.tag != b.tag)
        return 2;
    switch (a.tag) {
    case value_tag::boolean: return a.boolean == b.boolean ? 0 : (a.boolean ? 1 : -1);
    case value_tag::integer: return a.integer == b.integer ? 0 : (a.integer < b.integer ? -1 : 1);
    case value_tag::string: {
        const int c = a.text().compare(b.text());
        return c == 0 ? 0 : (c < 0 ? -1 : 1);
    }
    case value_tag::date: return a.date == b.date ? 0 : (a.date < b.date ? -1 : 1);
    case value_tag::duration: return a.duration == b.duration ? 0 : 2;
    case value_tag::period: return a.period == b.period ? 0 : 2;
    case value_tag::object: return a.node == b.node ? 0 : 2;
    default: return 2;
    }
}

int precedence(ast::optoken op) {
    using ast::optoken;
    switch (op) {
    case optoken::op_or: return 1;
    case optoken::op_and: return 2;
    case optoken::op_equal:
    case optoken::op_not_equal:
    case optoken::op_less:
    case optoken::op_less_equal:
    case optoken::op_greater:
    case optoken::op_greater_equal:
    case optoken::op_in:
    case optoken::op_not_in:
    case optoken::op_between: return 3;
    case optoken::op_plus:
    case optoken::op_minus: return 4;
    default: return 0;
    }
}

const char* symbol(ast::optoken op) {
    using ast::optoken;
    switch (op) {
    case optoken::op_or: return "or";
    case optoken::op_and: return "and";
    case optoken::op_equal: return "==";
    case optoken::op_not_equal: return "!=";
    case optoken::op_less: return "<";
    case optoken::op_less_equal: return "<=";
    case optoken::op_greater: return ">";
    case optoken::op_greater_equal: return ">=";
    case optoken::op_in: return "in";
    case optoken::op_not_in: return "not in";
    case optoken::op_between: return "between";
    case optoken::op_plus: return "+";
    case optoken::op_minus: return "-";
    case optoken::op_not: return "not";
    case optoken::op_negative: return "-";
    }
    return "?";
}

bool compatible(type a, type b) {
    if (a.kind == type_kind::any || b.kind == type_kind::any)
        return true;
    if (a.kind != b.kind)
        return false;
    if (a.kind == type_kind::object)
        return a.object == b.object;
    if (a.kind == type_kind::list)
        return a.element == b.element && (a.element != type_kind::object || a.object == b.object);
    return true;
}

value kleene_not(const value& v) {
    return v.tag == value_tag::boolean ? value::of_bool(!v.boolean) : value::missing();
}

} // namespace

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

std::optional<typed> compiler::binary(const typed& lhs, ast::optoken op, const typed& rhs,
                                      const x3::position_tagged& at) {
    using ast::optoken;
    const std::string text = lhs.text + " " + symbol(op) + " " + rhs.text;
    auto l = lhs.fn;
    auto r = rhs.fn;
    auto mismatch = [&](const char* what) {
        error(at,
              fmt::format("typfel: {} kan inte {} {} och {}{}", symbol(op), what, describe(lhs.t),
                          describe(rhs.t), comparison_hint(lhs, symbol(op), rhs)));
        return std::nullopt;
    };
    const bool durations = lhs.t.kind == type_kind::duration || rhs.t.kind == type_kind::duration;
    switch (op) {
    case optoken::op_and:
    case optoken::op_or: {
        if (!compatible(lhs.t, t_bool) || !compatible(rhs.t, t_bool))
            return mismatch("kombinera");
        const bool is_and = op == optoken::op_and;
        // Kleene logic: false and unknown = false; true or unknown = true.
        return typed{t_bool,
                     [l, r, is_and](eval_context& c) {
                         const value a = l(c);
                         if (a.tag == value_tag::boolean && a.boolean != is_and)
                             return a;
                         const value b = r(c);
                         if (b.tag == value_tag::boolean && b.boolean != is_and)
                             return b;
                         if (a.is_missing() || b.is_missing())
                             return value::missing();
                         return value::of_bool(is_and);
                     },
                     text};
    }
    case optoken::op_equal:
    case optoken::op_not_equal: {
        if (!compatible(lhs.t, rhs.t))
            return mismatch("jämföra");
        if (durations)
            return compare_durations(lhs, op, rhs, at, text);
        const bool negate = op == optoken::op_not_equal;
        return typed{t_bool,
                     [l, r, negate](eval_context& c) {
                         const int cmp = compare(l(c), r(c));
                         if (cmp == 2) // includes missing operands
                             return value::missing();
                         return value::of_bool((cmp == 0) != negate);
                     },
                     text};
    }
    case optoken::op_less:
    case optoken::op_less_equal:
    case optoken::op_greater:
    case optoken::op_greater_equal: {
        const auto ordered = [](type t) {
            return t.kind == type_kind::integer || t.kind == type_kind::date ||
                   t.kind == type_kind::string || t.kind == type_kind::any;
        };
        if (durations && compatible(lhs.t, rhs.t))
            return compare_durations(lhs, op, rhs, at, text);
        if (!compatible(lhs.t, rhs.t) || !ordered(lhs.t) || !ordered(rhs.t))
            return mismatch("jämföra");
        return typed{t_bool,
                     [l, r, op](eval_context& c) {
                         const int cmp = compare(l(c), r(c));
                         if (cmp == 2)
                             return value::missing();
                         switch (op) {
                         case optoken::op_less: return value::of_bool(cmp < 0);
                         case optoken::op_less_equal: return value::of_bool(cmp <= 0);
                         case optoken::op_greater: return value::of_bool(cmp > 0);
                         default: return value::of_bool(cmp >= 0);
                         }
                     },
                     text};
    }
    case optoken::op_in:
    case optoken::op_not_in: {
        const bool negate = op == optoken::op_not_in;
        if (is_period(rhs.t)) {
            if (!compatible(lhs.t, t_date))
                return mismatch("pröva");
            return typed{t_bool,
                         [l, r, negate](eval_context& c) {
                             const value d = l(c), p = r(c);
                             if (d.tag != value_tag::date || p.tag != value_tag::period)
                                 return value::missing();
                             return value::of_bool(calendar::contains(p.period, d.date) != negate);
                         },
                         text};
        }
        if (rhs.t.kind != type_kind::list || !compatible(lhs.t, rhs.t.element_type()))
            return mismatch("pröva");
        const auto element = rhs.t.element;
        return typed{t_bool,
                     [l, r, negate, element](eval_context& c) {
                         const value x = l(c), list = r(c);
                         if (x.is_missing())
                             return value::missing();
                         bool found = false;
                         for_each_element(list, element, [&](const value& e) {
                             if (!found && compare(x, e) == 0)
                                 found = true;
                         });
                         return value::of_bool(found != negate);
                     },
                     text};
    }
    case optoken::op_plus:
    case optoken::op_minus: {
        const bool plus = op == optoken::op_plus;
        if (lhs.t.kind == type_kind::integer && rhs.t.kind == type_kind::integer)
            return typed{t_int,
                         [l, r, plus](eval_context& c) {
                             const value a = l(c), b = r(c);
                             if (a.tag != value_tag::integer || b.tag != value_tag::integer)
                                 return value::missing();
                             return value::of_int(plus ? a.integer + b.integer : a.integer - b.integer);
                         },
                         text};
        if ((lhs.t.kind == type_kind::date || lhs.t.kind == type_kind::any) &&
            rhs.t.kind == type_kind::duration)
            return typed{t_date,
                         [l, r, plus](eval_context& c) {
                             const value a = l(c), b = r(c);
                             if (a.tag != value_tag::date || b.tag != value_tag::duration)
                                 return value::missing();
                             auto d = plus ? calendar::add(a.date, b.duration)
                                           : calendar::subtract(a.date, b.duration);
                             return d ? value::of_date(*d) : value::missing();
                         },
                         text};
        if (!plus && lhs.t.kind == type_kind::date && rhs.t.kind == type_kind::date)
            return typed{t_int,
                         [l, r](eval_context& c) {
                             const value a = l(c), b = r(c);
                             if (a.tag != value_tag::date || b.tag != value_tag::date)
                                 return value::missing();
                             return value::of_int(calendar::days_between(b.date, a.date));
                         },
                         text};
        if (plus && lhs.t.kind == type_kind::duration && rhs.t.kind == type_kind::duration) {
            std::optional<calendar::duration> sum;
            if (lhs.constant_duration && rhs.constant_duration)
                sum = calendar::duration{
                    lhs.constant_duration->years + rhs.constant_duration->years,
                    lhs.constant_duration->months + rhs.constant_duration->months,
                    lhs.constant_duration->days + rhs.constant_duration->days};
            return typed{t_dur,
                         [l, r](eval_context& c) {
                             const value a = l(c), b = r(c);
                             if (a.tag != value_tag::duration || b.tag != value_tag::duration)
                                 return value::missing();
                             return value::of_duration({a.duration.years + b.duration.years,
                                                        a.duration.months + b.duration.months,
                                                        a.duration.days + b.duration.days});
                         },
                         text, lhs.literal && rhs.literal, sum};
        }
        if (plus && lhs.t.kind == type_kind::list && compatible(lhs.t, rhs.t)) {
            const auto element = lhs.t.element;
            return typed{lhs.t,
                         [l, r, element](eval_context& c) {
                             auto* out = std::pmr::polymorphic_allocator<value_list>(c.arena)
                                             .new_object<value_list>();
                             const auto push = [&](const value& e) { out->push_back(e); };
                             for_each_element(l(c), element, push);
                             for_each_element(r(c), element, push);
                             value v;
                             v.tag = value_tag::list;
                             v.items = out;
                             return v;
                         },
                         text};
        }
        if (lhs.t.kind == type_kind::any || rhs.t.kind == type_kind::any)
            if (auto dynamic = dynamic_arithmetic(lhs, plus, rhs, text))
                return dynamic;
        return mismatch(plus ? "addera" : "subtrahera");
    }
    case optoken::op_between: break; // handled in operand(): needs the range
    default: break;
    }
    error(at, fmt::format("operatorn {} kan inte användas här", symbol(op)));
    return std::nullopt;
}

std::optional<typed> compiler::between(const typed& lhs, const ast::range_literal& range) {
    auto low = expression(range.low);
    auto high = expression(range.high);
    if (!low || !high)
        return std::nullopt;
    const auto ordered = [](type t) {
        return t.kind == type_kind::integer || t.kind == type_kind::date || t.kind == type_kind::any;
    };
    if (!ordered(lhs.t) || !compatible(lhs.t, low->t) || !compatible(lhs.t, high->t)) {
        error(range, fmt::format("typfel: between kräver heltal eller datum av samma typ, fick {}, {} och {}",
                                 describe(lhs.t), describe(low->t), describe(high->t)));
        return std::nullopt;
    }
    auto x = lhs.fn, lo = low->fn, hi = high->fn;
    return typed{t_bool,
                 [x, lo, hi](eval_context& c) {
                     const value v = x(c);
                     const int a = compare(v, lo(c)), b = compare(v, hi(c));
                     if (a == 2 || b == 2)
                         return value::missing();
                     return value::of_bool(a >= 0 && b <= 0);
                 },
                 lhs.text + " between " + low->text + " and " + high->text};
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
    const bool constant = std::all_of(items.begin(), items.end(), [](const typed& t) { return t.literal; });
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
                         value v;
                         v.tag = value_tag::list;
                         v.items = built.get();
                         return v;
                     },
                     text, true};
    }
    std::vector<expr_fn> fns;
    for (auto& i : items)
        fns.push_back(i.fn);
    return typed{type::list_of(element),
                 [fns](eval_context& c) {
                     auto* out = std::pmr::polymorphic_allocator<value_list>(c.arena).new_object<value_list>();
                     for (const auto& f : fns)
                         out->push_back(f(c));
                     value v;
                     v.tag = value_tag::list;
                     v.items = out;
                     return v;
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
        value v;
        v.tag = value_tag::list;
        v.items = out;
        return v;
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
            return typed{t_int, [v](eval_context&) { return value::of_int(v); }, std::to_string(v), true};
        }
        result_type operator()(const ast::string_literal& s) const {
            auto text = std::make_shared<const std::string>(s.value);
            return typed{t_str, [text](eval_context&) { return value::of_string(*text); },
                         "\"" + s.value + "\"", true};
        }
        result_type operator()(const ast::date_literal& d) const {
            const auto date = calendar::make_date(d.year, d.month, d.day);
            if (!date) {
                self.error(d, fmt::format("datumet {:04}-{:02}-{:02} finns inte", d.year, d.month, d.day));
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
        result_type operator()(const x3::forward_ast<ast::call>& c) const { return self.call(c.get()); }
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
