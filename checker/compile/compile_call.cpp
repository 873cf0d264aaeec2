// Names, fields and functions: globals of a case, member access on the data
// model and the built-ins (aggregates with binders: compile_aggregate.cpp).
#include "checker/compile/compiler.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace granska::checker::detail {

namespace {

value node_list(const std::vector<const model::node*>& nodes, const object_type& t) {
    value v;
    v.tag = value_tag::node_list;
    v.nodes = &nodes;
    v.object = &t;
    return v;
}

} // namespace

std::optional<typed> compiler::path(const ast::path& p) {
    const std::string& name = p.head.name;
    std::optional<typed> base;
    if (const auto* var = lookup(name)) {
        const auto slot = var->slot;
        note_variable(slot);
        base = typed{var->t, [slot](eval_context& c) { return c.slots[slot]; }, name};
    } else if (name == "as_of") {
        base = typed{t_date, [](eval_context& c) { return value::of_date(c.as_of); }, name};
    } else if (name == "policy") {
        base =
            typed{type::of(&types::policy()),
                  [](eval_context& c) { return value::of_object(c.data.policy, &types::policy()); },
                  name};
    } else if (name == "organisation") {
        base = typed{type::of(&types::organisation()),
                     [](eval_context& c) {
                         return value::of_object(c.data.organisation, &types::organisation());
                     },
                     name};
    } else if (name == "municipality") {
        base = typed{type::of(&types::municipality()),
                     [](eval_context& c) {
                         return from_node(c.data.policy->get("municipality"),
                                          type::of(&types::municipality()));
                     },
                     name};
    } else if (name == "bodies") {
        base = typed{type::list_of(type::of(&types::body())),
                     [](eval_context& c) { return node_list(c.data.bodies, types::body()); }, name};
    } else if (name == "plans") {
        base = typed{type::list_of(type::of(&types::plan())),
                     [](eval_context& c) { return node_list(c.data.plans, types::plan()); }, name};
    } else if (name == "actions") {
        base = typed{type::list_of(type::of(&types::action())),
                     [](eval_context& c) { return node_list(c.all_actions(), types::action()); },
                     name};
    } else if (name == "goals") {
        base = typed{type::list_of(type::of(&types::goal())),
                     [](eval_context& c) { return node_list(c.all_goals(), types::goal()); }, name};
    } else if (name == "texts") {
        base = typed{type::list_of(type::of(&types::text())),
                     [](eval_context& c) { return node_list(c.all_texts(), types::text()); }, name};
    } else {
        error(p.head,
              fmt::format("okänt namn '{}': inte en variabel och inte ett av as_of, policy, "
                          "organisation, municipality, bodies, plans, actions, goals, texts",
                          name));
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
        auto key = std::make_shared<const std::string>(f.name);
        return typed{type::scalar(type_kind::any),
                     [of, key](eval_context& c) {
                         const value v = of(c);
                         if (v.tag != value_tag::object)
                             return value::missing();
                         return from_node(v.node->get(*key), type::scalar(type_kind::any));
                     },
                     text};
    }
    const object_type& t = *base.t.object;
    if (&t == &types::records()) {
        auto key = std::make_shared<const std::string>(f.name);
        const auto* declared = record_kind(f.name);
        const type result =
            type::list_of(type::of(declared != nullptr ? &declared->type : &types::record()));
        return typed{result,
                     [of, key, result](eval_context& c) {
                         const value v = of(c);
                         if (v.tag != value_tag::object)
                             return value::missing();
                         return from_node(v.node->get(*key), result);
                     },
                     text};
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
    auto key = std::make_shared<const std::string>(f.name);
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
    return typed{result,
                 [of, key, result](eval_context& c) {
                     const value v = of(c);
                     if (v.tag != value_tag::object)
                         return value::missing();
                     return from_node(v.node->get(*key), result);
                 },
                 text};
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
    static const char* const aggregates[] = {"count", "exists", "none", "all", "sum", "min", "max"};
    if (std::find_if(std::begin(aggregates), std::end(aggregates),
                     [&](const char* n) { return c.function.name == n; }) != std::end(aggregates)) {
        if (args.size() != 1 || args[0].t.kind != type_kind::list) {
            error(c, fmt::format("{}() tar en lista, eller formen {}(x in lista where villkor)",
                                 c.function.name, c.function.name));
            return std::nullopt;
        }
        // count(list) and friends: the same as the binder form over every element.
        const auto element = args[0].t.element;
        const auto element_type = args[0].t.element_type();
        auto list = args[0].fn;
        const std::string name = c.function.name;
        const std::string text = name + "(" + args[0].text + ")";
        if (name == "count")
            return typed{t_int,
                         [list](eval_context& x) {
                             const value l = list(x);
                             return l.is_missing() ? l : value::of_int(list_size(l));
                         },
                         text};
        if (name == "exists" || name == "none") {
            const bool exists = name == "exists";
            return typed{t_bool,
                         [list, exists](eval_context& x) {
                             const value l = list(x);
                             return l.is_missing() ? l
                                                   : value::of_bool((list_size(l) > 0) == exists);
                         },
                         text};
        }
        if (name == "all") {
            if (element != type_kind::boolean && element != type_kind::any) {
                error(c, "all(lista) kräver en lista av sanningsvärden");
                return std::nullopt;
            }
            return typed{t_bool,
                         [list, element](eval_context& x) {
                             bool unknown = false, all = true;
                             for_each_element(list(x), element, [&](const value& e) {
                                 if (e.tag != value_tag::boolean)
                                     unknown = true;
                                 else if (!e.boolean)
                                     all = false;
                             });
                             return !all      ? value::of_bool(false)
                                    : unknown ? value::missing()
                                              : value::of_bool(true);
                         },
                         text};
        }
        // min/max over record fields (type decided by the data) compare dates
        // or integers at run time; anything else is unknown.
        const bool open_element = name != "sum" && element == type_kind::any;
        if (element != type_kind::integer && !(name != "sum" && element == type_kind::date) &&
            !open_element) {
            error(c, fmt::format("{}() kräver en lista av heltal{}", name,
                                 name == "sum" ? "" : " eller datum"));
            return std::nullopt;
        }
        const int mode = name == "sum" ? 0 : name == "min" ? 1 : 2;
        return typed{
            element_type,
            [list, element, mode](eval_context& x) {
                value best = mode == 0 ? value::of_int(0) : value::missing();
                bool unknown = false;
                for_each_element(list(x), element, [&](const value& e) {
                    const bool comparable =
                        e.tag == value_tag::integer || (mode != 0 && e.tag == value_tag::date);
                    if (!comparable || (!best.is_missing() && mode != 0 && e.tag != best.tag)) {
                        unknown = true;
                        return;
                    }
                    if (mode == 0)
                        best.integer += e.integer;
                    else if (best.is_missing())
                        best = e;
                    else if (e.tag == value_tag::integer
                                 ? (mode == 1 ? e.integer < best.integer : e.integer > best.integer)
                                 : (mode == 1 ? e.date < best.date : e.date > best.date))
                        best = e;
                });
                return unknown ? value::missing() : best;
            },
            text};
    }
    return builtin(c, args);
}

} // namespace granska::checker::detail
