// The period's fields (from, to, days), and the fields of the data model that
// the catalogue, version 2, defines by a reading
// rather than by one JSON member: the period a follow-up covers, whether a
// goal or action serves the case's policy, whether a body is a nämnd in the
// Local Government Act's sense, and whether a bolag is helägt through its
// holding companies. One definition each, so every rule reads them alike and
// the reading stands in one place (docs/submission-format.md repeats it).
#include "checker/compile/compiler.hpp"

#include <string>
#include <string_view>

namespace granska::checker::detail {

namespace {

using model::node;
using model::node_type;

bool is_blank(std::string_view s) {
    return s.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// `covers` when given; else the year the follow-up follows up: one dated
// January–June of year N+1 follows up year N (the spring årsredovisning and
// verksamhetsberättelse), one dated July–December follows up its own year.
value covered_period(const node* n) {
    if (const node* covers = n->get("covers"); covers != nullptr && covers->is_object()) {
        const node* from = covers->get("from");
        const node* to = covers->get("to");
        if (from && to && from->type == node_type::date && to->type == node_type::date)
            return value::of_period({from->date, to->date});
    }
    const node* date = n->get("date");
    if (date == nullptr || date->type != node_type::date)
        return value::missing();
    const auto ymd = calendar::to_ymd(date->date);
    return value::of_period(calendar::calendar_year(ymd.month <= 6 ? ymd.year - 1 : ymd.year));
}

// "policy:<id>", or a part of it: "policy:<id>/<goal>", "policy:<id>#<goal>".
bool names_policy(std::string_view entry, std::string_view policy_id) {
    constexpr std::string_view prefix = "policy:";
    if (policy_id.empty() || entry.substr(0, prefix.size()) != prefix)
        return false;
    entry.remove_prefix(prefix.size());
    if (entry.substr(0, policy_id.size()) != policy_id)
        return false;
    entry.remove_prefix(policy_id.size());
    return entry.empty() || entry[0] == '/' || entry[0] == '#';
}

template <typename F>
bool any_serves(const node* n, F&& pred) {
    const node* serves = n->get("serves");
    if (serves == nullptr || !serves->is_array())
        return false;
    for (std::uint32_t i = 0; i < serves->count; ++i)
        if (serves->items[i].type == node_type::string && pred(serves->items[i].text()))
            return true;
    return false;
}

// A goal serves the policy when it is derived from it (a non-empty
// `derived_from`, the policy's inriktningsmål) or its `serves` names it.
bool goal_serves_directly(const node* goal, std::string_view policy_id) {
    if (!is_blank(goal->get_text("derived_from")))
        return true;
    return any_serves(goal, [&](std::string_view e) { return names_policy(e, policy_id); });
}

// Goal or action: names the policy, or names a goal of the case that serves it.
bool serves_policy(eval_context& c, const node* n, bool is_goal) {
    const std::string_view policy_id = c.data.policy ? c.data.policy->get_text("id") : "";
    if (is_goal && goal_serves_directly(n, policy_id))
        return true;
    return any_serves(n, [&](std::string_view e) {
        if (names_policy(e, policy_id))
            return true;
        for (const node* g : c.all_goals())
            if (g != n && g->get_text("id") == e && goal_serves_directly(g, policy_id))
                return true;
        return false;
    });
}

// Kommunallagen (2017:725) 3 kap. 3 §: the kommunstyrelse is a nämnd. A
// gemensam nämnd belongs to its host municipality's organisation (9 kap.
// 19 §): it is this municipality's nämnd when it hosts it (or no host is given).
bool is_committee(const model::case_data& data, const node* body) {
    const std::string_view kind = body->get_text("kind");
    if (kind == "nämnd" || kind == "kommunstyrelse")
        return true;
    if (kind != "gemensam nämnd")
        return false;
    const std::string_view host = body->get_text("host");
    return is_blank(host) || host == data.municipality_code;
}

// Helägt: a bolag with wholly_owned, owned by the municipality itself (no
// `owner`, or an organ of the municipality) or by a bolag that is itself
// helägt. The walk stops after as many steps as there are bodies (a cycle
// of owners owns nothing).
bool wholly_owned_company(const model::case_data& data, const node* body) {
    for (std::size_t steps = 0; steps <= data.bodies.size(); ++steps) {
        if (body->get_text("kind") != "bolag")
            return false;
        const node* owned = body->get("wholly_owned");
        if (owned == nullptr || owned->type != node_type::boolean || !owned->boolean)
            return false;
        const std::string_view owner = body->get_text("owner");
        if (is_blank(owner))
            return true;
        const auto it = data.bodies_by_id.find(owner);
        if (it == data.bodies_by_id.end())
            return false;
        const std::string_view owner_kind = it->second->get_text("kind");
        if (owner_kind == "kommunfullmäktige" || owner_kind == "kommunstyrelse")
            return true;
        body = it->second;
    }
    return false;
}

} // namespace

expr_fn text_value(expr_fn of) {
    return [of](eval_context& c) {
        const value v = of(c);
        return v.tag == value_tag::object ? value::of_string(v.node->text(), v.node)
                                          : value::missing();
    };
}

expr_fn period_field(std::string_view name, expr_fn of) {
    const int which = name == "from" ? 0 : name == "to" ? 1 : 2; // else "days"
    return [of, which](eval_context& c) {
        const value v = of(c);
        if (v.tag != value_tag::period)
            return value::missing();
        if (which == 0)
            return value::of_date(v.period.from);
        if (which == 1)
            return value::of_date(v.period.to);
        return value::of_int(calendar::days_between(v.period.from, v.period.to));
    };
}

expr_fn derived_field(field_source source, const object_type& on, expr_fn of) {
    auto object_of = [of](eval_context& c) -> const node* {
        const value v = of(c);
        return v.tag == value_tag::object ? v.node : nullptr;
    };
    switch (source) {
    case field_source::covered_period:
        return [object_of](eval_context& c) {
            const node* n = object_of(c);
            return n ? covered_period(n) : value::missing();
        };
    case field_source::serves_policy: {
        const bool is_goal = &on == &types::goal();
        return [object_of, is_goal](eval_context& c) {
            const node* n = object_of(c);
            return n ? value::of_bool(serves_policy(c, n, is_goal)) : value::missing();
        };
    }
    case field_source::is_committee:
        return [object_of](eval_context& c) {
            const node* n = object_of(c);
            return n ? value::of_bool(is_committee(c.data, n)) : value::missing();
        };
    case field_source::wholly_owned_company:
        return [object_of](eval_context& c) {
            const node* n = object_of(c);
            return n ? value::of_bool(wholly_owned_company(c.data, n)) : value::missing();
        };
    default:
        return {};
    }
}

} // namespace granska::checker::detail
