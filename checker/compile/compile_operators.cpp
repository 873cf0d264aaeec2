// Binary operators: the static half. Each operator group checks its operand
// types and picks the run-time operation (checker/runtime/operators.hpp);
// a type error is reported at the operator.
#include "checker/compile/compiler.hpp"
#include "checker/runtime/operators.hpp"

#include <fmt/format.h>

#include <array>

namespace granska::checker::detail {

namespace {

struct operator_info {
    ast::optoken op;
    const char* symbol;
    int precedence; // 0: not a binary operator
};

// Every operator of the rule language: how it is written and how tightly it binds.
constexpr std::array operators{
    operator_info{ast::optoken::op_or, "or", 1},
    operator_info{ast::optoken::op_and, "and", 2},
    operator_info{ast::optoken::op_equal, "==", 3},
    operator_info{ast::optoken::op_not_equal, "!=", 3},
    operator_info{ast::optoken::op_less, "<", 3},
    operator_info{ast::optoken::op_less_equal, "<=", 3},
    operator_info{ast::optoken::op_greater, ">", 3},
    operator_info{ast::optoken::op_greater_equal, ">=", 3},
    operator_info{ast::optoken::op_in, "in", 3},
    operator_info{ast::optoken::op_not_in, "not in", 3},
    operator_info{ast::optoken::op_between, "between", 3},
    operator_info{ast::optoken::op_plus, "+", 4},
    operator_info{ast::optoken::op_minus, "-", 4},
    operator_info{ast::optoken::op_not, "not", 0},
    operator_info{ast::optoken::op_negative, "-", 0},
};

const operator_info* find_operator(ast::optoken op) {
    for (const auto& o : operators)
        if (o.op == op)
            return &o;
    return nullptr;
}

// The comparison each ordering operator makes.
order_test order_of(ast::optoken op) {
    switch (op) {
    case ast::optoken::op_less:
        return order_test::less;
    case ast::optoken::op_less_equal:
        return order_test::less_equal;
    case ast::optoken::op_greater:
        return order_test::greater;
    default:
        return order_test::greater_equal;
    }
}

// Integers, dates and strings have an order (`any`: checked at run time).
bool is_ordered(type t) {
    return t.kind == type_kind::integer || t.kind == type_kind::date ||
           t.kind == type_kind::string || t.kind == type_kind::any;
}

// The operands of one binary operator, with what a type error needs.
struct operands {
    const typed& lhs;
    ast::optoken op;
    const typed& rhs;
    std::string text; // "lhs op rhs", for evidence
};

std::optional<typed> logical(const operands& o) {
    if (!compatible(o.lhs.t, t_bool) || !compatible(o.rhs.t, t_bool))
        return std::nullopt;
    const bool is_and = o.op == ast::optoken::op_and;
    return typed{t_bool,
                 [l = o.lhs.fn, r = o.rhs.fn, is_and](eval_context& c) {
                     return kleene_logic(l, r, is_and, c);
                 },
                 o.text};
}

std::optional<typed> equality(const operands& o) {
    if (!compatible(o.lhs.t, o.rhs.t))
        return std::nullopt;
    const bool negate = o.op == ast::optoken::op_not_equal;
    return typed{t_bool,
                 [l = o.lhs.fn, r = o.rhs.fn, negate](eval_context& c) {
                     return equal_values(l(c), r(c), negate);
                 },
                 o.text};
}

std::optional<typed> ordering(const operands& o) {
    if (!compatible(o.lhs.t, o.rhs.t) || !is_ordered(o.lhs.t) || !is_ordered(o.rhs.t))
        return std::nullopt;
    return typed{t_bool,
                 [l = o.lhs.fn, r = o.rhs.fn, test = order_of(o.op)](eval_context& c) {
                     return ordered_values(l(c), r(c), test);
                 },
                 o.text};
}

std::optional<typed> membership(const operands& o) {
    const bool negate = o.op == ast::optoken::op_not_in;
    auto l = o.lhs.fn;
    auto r = o.rhs.fn;
    if (is_period(o.rhs.t)) {
        if (!compatible(o.lhs.t, t_date))
            return std::nullopt;
        return typed{t_bool,
                     [l, r, negate](eval_context& c) {
                         const value d = l(c), p = r(c);
                         return date_in_period(d, p, negate);
                     },
                     o.text};
    }
    if (o.rhs.t.kind != type_kind::list || !compatible(o.lhs.t, o.rhs.t.element_type()))
        return std::nullopt;
    return typed{t_bool,
                 [l, r, negate, element = o.rhs.t.element](eval_context& c) {
                     const value x = l(c), list = r(c);
                     return element_of(x, list, element, negate);
                 },
                 o.text};
}

std::optional<typed> arithmetic(const operands& o) {
    const bool plus = o.op == ast::optoken::op_plus;
    const type_kind left = o.lhs.t.kind, right = o.rhs.t.kind;
    auto l = o.lhs.fn;
    auto r = o.rhs.fn;
    if (left == type_kind::integer && right == type_kind::integer)
        return typed{t_int,
                     [l, r, plus](eval_context& c) {
                         const value a = l(c), b = r(c);
                         return add_integers(a, b, plus);
                     },
                     o.text};
    if ((left == type_kind::date || left == type_kind::any) && right == type_kind::duration)
        return typed{t_date,
                     [l, r, plus](eval_context& c) {
                         const value a = l(c), b = r(c);
                         return shift_date(a, b, plus);
                     },
                     o.text};
    if (!plus && left == type_kind::date && right == type_kind::date)
        return typed{t_int,
                     [l, r](eval_context& c) {
                         const value a = l(c), b = r(c);
                         return days_from(a, b);
                     },
                     o.text};
    if (plus && left == type_kind::duration && right == type_kind::duration)
        return typed{t_dur,
                     [l, r](eval_context& c) {
                         const value a = l(c), b = r(c);
                         return add_durations(a, b);
                     },
                     o.text};
    if (plus && left == type_kind::list && compatible(o.lhs.t, o.rhs.t))
        return typed{o.lhs.t,
                     [l, r, element = o.lhs.t.element](eval_context& c) {
                         const value a = l(c), b = r(c);
                         return concatenate(a, b, element, c.arena);
                     },
                     o.text};
    return std::nullopt;
}

using operator_compiler = std::optional<typed> (*)(const operands&);

struct operator_group {
    std::array<ast::optoken, 4> ops;
    std::size_t count;
    operator_compiler compile;
    const char* verb; // the type error: "== kan inte jämföra text och heltal"
};

// The binary operators by what they do with their operands.
constexpr std::array groups{
    operator_group{{ast::optoken::op_and, ast::optoken::op_or}, 2, logical, "kombinera"},
    operator_group{{ast::optoken::op_equal, ast::optoken::op_not_equal}, 2, equality, "jämföra"},
    operator_group{{ast::optoken::op_less, ast::optoken::op_less_equal, ast::optoken::op_greater,
                    ast::optoken::op_greater_equal},
                   4,
                   ordering,
                   "jämföra"},
    operator_group{{ast::optoken::op_in, ast::optoken::op_not_in}, 2, membership, "pröva"},
    operator_group{{ast::optoken::op_plus}, 1, arithmetic, "addera"},
    operator_group{{ast::optoken::op_minus}, 1, arithmetic, "subtrahera"},
};

const operator_group* group_of(ast::optoken op) {
    for (const auto& g : groups)
        for (std::size_t i = 0; i < g.count; ++i)
            if (g.ops[i] == op)
                return &g;
    return nullptr;
}

} // namespace

int precedence(ast::optoken op) {
    const operator_info* o = find_operator(op);
    return o ? o->precedence : 0;
}

const char* symbol(ast::optoken op) {
    const operator_info* o = find_operator(op);
    return o ? o->symbol : "?";
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

bool is_period(type t) {
    return t.kind == type_kind::object && t.object == &types::period();
}

std::optional<typed> compiler::binary(const typed& lhs, ast::optoken op, const typed& rhs,
                                      const x3::position_tagged& at) {
    // `between` is compiled by between(): it needs the range.
    const operator_group* group = group_of(op);
    if (group == nullptr) {
        error(at, fmt::format("operatorn {} kan inte användas här", symbol(op)));
        return std::nullopt;
    }
    if (auto compiled =
            group->compile({lhs, op, rhs, lhs.text + " " + symbol(op) + " " + rhs.text}))
        return compiled;
    error(at, fmt::format("typfel: {} kan inte {} {} och {}", symbol(op), group->verb,
                          describe(lhs.t), describe(rhs.t)));
    return std::nullopt;
}

std::optional<typed> compiler::between(const typed& lhs, const ast::range_literal& range) {
    auto low = expression(range.low);
    auto high = expression(range.high);
    if (!low || !high)
        return std::nullopt;
    const auto ordered = [](type t) {
        return t.kind == type_kind::integer || t.kind == type_kind::date ||
               t.kind == type_kind::any;
    };
    if (!ordered(lhs.t) || !compatible(lhs.t, low->t) || !compatible(lhs.t, high->t)) {
        error(range,
              fmt::format(
                  "typfel: between kräver heltal eller datum av samma typ, fick {}, {} och {}",
                  describe(lhs.t), describe(low->t), describe(high->t)));
        return std::nullopt;
    }
    auto x = lhs.fn, lo = low->fn, hi = high->fn;
    return typed{t_bool,
                 [x, lo, hi](eval_context& c) {
                     const value v = x(c);
                     const value low_value = lo(c);
                     const value high_value = hi(c);
                     return value_between(v, low_value, high_value);
                 },
                 lhs.text + " between " + low->text + " and " + high->text};
}

} // namespace granska::checker::detail
