#include "checker/load/workbook_required.hpp"

#include "checker/load/validate.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <string>

namespace granska::checker::workbook {

namespace {

using json = nlohmann::json;

// The schema definitions ($defs) a sheet's rows are objects of.
struct role_defs {
    sheet_role role;
    std::array<const char*, 2> defs; // second: the other owner of a shared sheet, or nullptr
};

constexpr std::array role_table{
    role_defs{sheet_role::policy, {"policy", nullptr}},
    role_defs{sheet_role::bodies, {"body", nullptr}},
    role_defs{sheet_role::plans, {"plan", nullptr}},
    role_defs{sheet_role::goals, {"goal", nullptr}},
    role_defs{sheet_role::actions, {"action", nullptr}},
    role_defs{sheet_role::follow_ups, {"policy_follow_up", "plan_follow_up"}},
    role_defs{sheet_role::reports, {"report", nullptr}},
    role_defs{sheet_role::revisions, {"revision", nullptr}},
    role_defs{sheet_role::derived_documents, {"derived_document", nullptr}},
    role_defs{sheet_role::childcare, {"childcare_placement", nullptr}},
};

const json& schema() {
    static const json parsed = json::parse(granska_schema_text());
    return parsed;
}

bool requires_member(const json& def, std::string_view name) {
    const auto it = def.find("required");
    return it != def.end() &&
           std::any_of(it->begin(), it->end(), [&](const json& r) { return r == name; });
}

// The definition a member of `def` refers to ("#/$defs/period"), or nullptr.
const json* referred(const json& def, std::string_view member) {
    const auto props = def.find("properties");
    if (props == def.end())
        return nullptr;
    const auto p = props->find(std::string(member));
    if (p == props->end() || !p->contains("$ref"))
        return nullptr;
    const std::string ref = (*p)["$ref"].get<std::string>();
    constexpr std::string_view prefix = "#/$defs/";
    if (ref.rfind(prefix, 0) != 0)
        return nullptr;
    const auto& defs = schema()["$defs"];
    const auto target = defs.find(ref.substr(prefix.size()));
    return target == defs.end() ? nullptr : &*target;
}

bool field_required(const json& def, std::string_view field) {
    const auto slash = field.find('/');
    if (slash == std::string_view::npos)
        return requires_member(def, field);
    const auto parent = field.substr(0, slash);
    const json* inner = referred(def, parent);
    return requires_member(def, parent) && inner != nullptr &&
           requires_member(*inner, field.substr(slash + 1));
}

} // namespace

std::vector<const column*> required_columns(const sheet& spec) {
    std::vector<const column*> out;
    const auto entry = std::find_if(role_table.begin(), role_table.end(),
                                    [&](const role_defs& r) { return r.role == spec.role; });
    if (entry == role_table.end())
        return out;
    const auto& defs = schema()["$defs"];
    for (const auto& col : spec.columns) {
        bool required = true;
        for (const char* name : entry->defs)
            if (name != nullptr)
                required = required && defs.contains(name) && field_required(defs[name], col.field);
        if (required)
            out.push_back(&col);
    }
    return out;
}

} // namespace granska::checker::workbook
