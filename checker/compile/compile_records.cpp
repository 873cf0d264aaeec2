// Record kinds declared in a pack (`record civic_orientation { … }`): their
// field types checked when the pack loads, then used to type
// `plan.records.NAME` in the pack's rules.
#include "checker/compile/compiler.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

namespace granska::checker::detail {

namespace {

// The type names a declaration may use, with the type each stands for.
struct type_name {
    std::string_view name;
    type value_type;
};

constexpr type_name type_names[] = {
    {"date", t_date}, {"integer", t_int}, {"text", t_str}, {"boolean", t_bool}, {"duration", t_dur},
};

const type* find_type(std::string_view name) {
    for (const auto& t : type_names)
        if (t.name == name)
            return &t.value_type;
    return nullptr;
}

} // namespace

void compile_record_kinds(const parser::parsed_pack& parsed, compiled_pack& pack,
                          diagnostics& errors) {
    for (const auto& item : parsed.pack.items) {
        const auto* kind = boost::get<ast::record_kind>(&item);
        if (kind == nullptr)
            continue;
        const auto again = std::any_of(pack.records.begin(), pack.records.end(),
                                       [&](const auto& r) { return r->name == kind->name.name; });
        if (again) {
            errors.push_back(parsed.error_at(
                kind->name,
                fmt::format("postslaget {} är redan deklarerat i paketet", kind->name.name)));
            continue;
        }
        std::vector<std::string> names;
        std::vector<type> types;
        std::vector<bool> optional;
        std::set<std::string> seen;
        bool ok = true;
        for (const auto& f : kind->fields) {
            if (!seen.insert(f.name.name).second) {
                errors.push_back(
                    parsed.error_at(f.name, fmt::format("fältet {} finns redan i postslaget {}",
                                                        f.name.name, kind->name.name)));
                ok = false;
                continue;
            }
            const type* t = find_type(f.type_name.name);
            if (t == nullptr) {
                errors.push_back(parsed.error_at(
                    f.type_name, fmt::format("okänd typ '{}' för fältet {} (kända typer: date, "
                                             "integer, text, boolean, duration)",
                                             f.type_name.name, f.name.name)));
                ok = false;
                continue;
            }
            names.push_back(f.name.name);
            types.push_back(*t);
            optional.push_back(f.optional);
        }
        if (kind->fields.empty()) {
            errors.push_back(parsed.error_at(
                kind->name, fmt::format("postslaget {} har inga fält", kind->name.name)));
            ok = false;
        }
        if (ok)
            pack.records.push_back(make_record_declaration(kind->name.name, parsed.pack.id,
                                                           std::move(names), std::move(types),
                                                           std::move(optional)));
    }
}

const record_declaration* compiler::record_kind(std::string_view name) const {
    for (const auto* r : record_kinds_)
        if (r->name == name)
            return r;
    return nullptr;
}

} // namespace granska::checker::detail
