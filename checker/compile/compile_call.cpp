// Names, fields and functions: globals of a case, member access on the data
// model, and calls: aggregates with binders (compile_aggregate.cpp) or the
// built-in functions (builtins_table.cpp).
#include "checker/compile/compiler.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace granska::checker::detail {

namespace {

value node_list(const std::vector<const model::node*>& nodes, const object_type& t) {
    return value::of_node_list(&nodes, &t);
}

// The field `name` of the JSON object `of` yields, as a value of `result`;
// unknown when `of` is not an object.
expr_fn json_field(expr_fn of, const std::string& name, type result) {
    auto key = std::make_shared<const std::string>(name);
    return [of = std::move(of), key, result](eval_context& c) {
        const value v = of(c);
        if (v.tag != value_tag::object)
            return value::missing();
        return from_node(v.node->get(*key), result);
    };
}

// The names a rule reads without declaring them: the case's globals, in the
// order the unknown-name error lists them.
const std::vector<typed>& globals() {
    static const std::vector<typed> table{
        {t_date, [](eval_context& c) { return value::of_date(c.as_of); }, "as_of"},
        {type::of(&types::policy()),
         [](eval_context& c) { return value::of_object(c.data.policy, &types::policy()); },
         "policy"},
        {type::of(&types::organisation()),
         [](eval_context& c) {
             return value::of_object(c.data.organisation, &types::organisation());
         },
         "organisation"},
        {type::of(&types::municipality()),
         [](eval_context& c) {
             return from_node(c.data.policy->get("municipality"), type::of(&types::municipality()));
         },
         "municipality"},
        {type::list_of(type::of(&types::body())),
         [](eval_context& c) { return node_list(c.data.bodies, types::body()); }, "bodies"},
        {type::list_of(type::of(&types::plan())),
         [](eval_context& c) { return node_list(c.data.plans, types::plan()); }, "plans"},
        {type::list_of(type::of(&types::action())),
         [](eval_context& c) { return node_list(c.all_actions(), types::action()); }, "actions"},
        {type::list_of(type::of(&types::goal())),
         [](eval_context& c) { return node_list(c.all_goals(), types::goal()); }, "goals"},
        {type::list_of(type::of(&types::text())),
         [](eval_context& c) { return node_list(c.all_texts(), types::text()); }, "texts"},
    };
    return table;
}

} // namespace

std::optional<typed> compiler::path(const ast::path& p) {
    const std::string& name = p.head.name;
    std::optional<typed> base;
    if (const auto* var = lookup(name)) {
        const auto slot = var->slot;
        note_variable(slot);
        base = typed{var->t, [slot](eval_context& c) { return c.slots[slot]; }, name};
    } else if (const auto g =
                   std::find_if(globals().begin(), globals().end(),
                                [&](const typed& global) { return global.text == name; });
               g != globals().end()) {
        base = *g;
    } else {
        std::string known;
        for (const auto& g : globals())
            known += (known.empty() ? "" : ", ") + g.text;
        error(p.head,
              fmt::format("okänt namn '{}': inte en variabel och inte ett av {}", name, known));
        return std::nullopt;
    }
    for (const auto& f : p.fields) {
        const type owner = base->t;
        base = member(std::move(*base), f);
        if (!base)
            return std::nullopt;
        note_datum(owner, f.name, *base);
    }
    return base;
}

// Fields of any expression's value: calendar_year(y).from reads as a path does.
std::optional<typed> compiler::member_access(const ast::member_access& m) {
    auto base = operand(m.base);
    for (const auto& f : m.fields) {
        if (!base)
            return std::nullopt;
        const type owner = base->t;
        base = member(std::move(*base), f);
        if (base)
            note_datum(owner, f.name, *base);
    }
    return base;
}

std::optional<typed> compiler::member(typed base, const ast::identifier& f) {
    const std::string text = base.text + "." + f.name;
    auto of = base.fn;
    if (base.t.kind != type_kind::object && base.t.kind != type_kind::any) {
        error(f, fmt::format("'{}' har inget fält '{}': det är {}", base.text, f.name,
                             describe(base.t)));
        return std::nullopt;
    }
    if (base.t.kind == type_kind::any || base.t.object->open) {
        // Records: any field; its type is decided by the data.
        return typed{type::scalar(type_kind::any),
                     json_field(of, f.name, type::scalar(type_kind::any)), text};
    }
    const object_type& t = *base.t.object;
    if (&t == &types::records()) {
        const auto* declared = record_kind(f.name);
        const type result =
            type::list_of(type::of(declared != nullptr ? &declared->type : &types::record()));
        return typed{result, json_field(of, f.name, result), text};
    }
    if (&t == &types::text() && f.name == "value")
        return typed{t_str, text_value(of), text};
    const field* fd = t.find(f.name);
    if (fd == nullptr) {
        std::string known;
        for (const auto& k : t.fields)
            known += (known.empty() ? "" : ", ") + std::string(k.name);
        error(f, fmt::format("{} har inget fält '{}' (fälten är: {})", t.swedish, f.name, known));
        return std::nullopt;
    }
    const type result = fd->value_type;
    if (&t == &types::period())
        return typed{result, period_field(f.name, of), text};
    if (auto derived = derived_field(fd->source, t, of))
        return typed{result, std::move(derived), text};
    if (fd->source == field_source::body_plans)
        return typed{result,
                     [of](eval_context& c) {
                         const value v = of(c);
                         if (v.tag != value_tag::object)
                             return value::missing();
                         static const std::vector<const model::node*> none;
                         const auto it = c.data.plans_by_body.find(v.node);
                         return node_list(it == c.data.plans_by_body.end() ? none : it->second,
                                          types::plan());
                     },
                     text};
    return typed{result, json_field(of, f.name, result), text};
}

std::optional<typed> compiler::call(const ast::call& c) {
    if (c.bound)
        return aggregate(c);
    std::vector<typed> args;
    for (const auto& a : c.args) {
        auto t = expression(a);
        if (!t)
            return std::nullopt;
        args.push_back(std::move(*t));
    }
    return builtin(c, args);
}

} // namespace granska::checker::detail
