#include "checker/report/workbook_case_rows.hpp"

#include "checker/load/input_diagnostic.hpp"
#include "checker/load/workbook_layout.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <span>

namespace granska::checker::workbook {

namespace {

using model::node;
using model::node_type;

// Members of a document root that are not columns but other sheets (or the
// format's own header).
constexpr std::array policy_containers{"format",     "kind",      "municipality",     "actions",
                                       "follow_ups", "revisions", "derived_documents"};
constexpr std::array plan_containers{"format",     "kind",    "municipality", "goals",  "actions",
                                     "follow_ups", "reports", "revisions",    "records"};
constexpr std::array organisation_members{"format", "kind", "municipality", "bodies"};

bool in(std::span<const char* const> list, std::string_view key) {
    return std::find(list.begin(), list.end(), key) != list.end();
}

class layout_writer {
public:
    layout_writer(const model::case_data& data, diagnostics& errors)
        : data_(data), errors_(errors), rows_(sheets().size()) {}

    std::vector<std::vector<out_row>> run() {
        const node* policy = data_.policy;
        const std::string policy_id(policy->get_text("id"));
        add_row(sheet_role::policy, *policy, "", policy_containers);
        check_municipality(*policy);
        const node* org = data_.organisation;
        check_members(*org, nullptr, organisation_members);
        check_municipality(*org);
        for_each(org->get("bodies"), [&](const node& b) { add_row(sheet_role::bodies, b, ""); });
        children(*policy, policy_id);
        for (const node* plan : data_.plans) {
            check_municipality(*plan);
            add_row(sheet_role::plans, *plan, "", plan_containers);
            children(*plan, std::string(plan->get_text("id")));
        }
        return std::move(rows_);
    }

private:
    template <typename F>
    void for_each(const node* list, F f) {
        if (list && list->is_array())
            for (std::uint32_t i = 0; i < list->count; ++i)
                f(list->items[i]);
    }

    void children(const node& owner, const std::string& owner_id) {
        for (const auto& s : sheets()) {
            if (s.owner == owner_kind::none)
                continue;
            if (s.role == sheet_role::childcare) {
                records(owner, owner_id);
                continue;
            }
            for_each(owner.get(s.array),
                     [&](const node& item) { add_row(s.role, item, owner_id); });
        }
    }

    void records(const node& plan, const std::string& owner_id) {
        const node* records = plan.get("records");
        if (records == nullptr || !records->is_object())
            return;
        for (std::uint32_t i = 0; i < records->count; ++i) {
            const auto& m = records->members[i];
            if (m.key == sheet_of(sheet_role::childcare).array)
                for_each(&m.value,
                         [&](const node& r) { add_row(sheet_role::childcare, r, owner_id); });
            else
                lost(m.value,
                     "registret \"" + std::string(m.key) +
                         "\" har inget blad i arbetsboken (bara childcare_placements har det)");
        }
    }

    void lost(const node& n, std::string message) {
        errors_.push_back(data_diagnostic(data_.document_of(&n), &n, std::move(message)));
    }

    void check_members(const node& object, const sheet* spec, std::span<const char* const> also) {
        for (std::uint32_t i = 0; i < object.count; ++i) {
            const std::string_view key = object.members[i].key;
            const bool has_column =
                spec &&
                std::any_of(spec->columns.begin(), spec->columns.end(), [&](const column& c) {
                    return c.field == key || c.field.substr(0, c.field.find('/')) == key;
                });
            if (!has_column && !in(also, key))
                lost(object.members[i].value,
                     fmt::format(
                         "fältet \"{}\" har ingen kolumn i arbetsboken och skulle gå förlorat",
                         key));
        }
    }

    void check_municipality(const node& root) {
        const node* m = root.get("municipality");
        if (m && (m->get_text("code") != data_.municipality_code ||
                  m->get_text("name") != data_.municipality_name))
            lost(*m, "en arbetsbok har en enda kommun (bladet Policy); den här skiljer sig från "
                     "policyns");
    }

    void add_row(sheet_role role, const node& object, std::string owner,
                 std::span<const char* const> also = {}) {
        const sheet& spec = sheet_of(role);
        const auto index = static_cast<std::size_t>(&spec - sheets().data());
        check_members(object, &spec, also);
        out_row row;
        row.owner = std::move(owner);
        for (const auto& c : spec.columns) {
            const node* value = &object;
            std::string_view path = c.field;
            for (auto slash = path.find('/'); value && slash != std::string_view::npos;
                 slash = path.find('/')) {
                value = value->get(path.substr(0, slash));
                path = path.substr(slash + 1);
            }
            value = value ? value->get(path) : nullptr;
            row.cells.push_back(value ? cell_of(*value, c) : out_cell{});
        }
        rows_[index].push_back(std::move(row));
    }

    out_cell cell_of(const node& v, const column& c) {
        out_cell out;
        switch (v.type) {
        case node_type::null_value:
            if (c.nullable)
                out.text = std::string(null_word);
            break;
        case node_type::boolean:
            out.text = v.boolean ? "ja" : "nej";
            break;
        case node_type::integer:
            out.number = static_cast<double>(v.integer);
            break;
        case node_type::number:
            out.number = v.number;
            break;
        case node_type::date:
            out.date = v.date;
            break;
        case node_type::duration:
            out.text = calendar::format(v.as_duration());
            break;
        case node_type::string: {
            out.text = std::string(v.text());
            for (const auto& ch : c.choices)
                if (ch.value == out.text)
                    out.text = std::string(ch.label);
            break;
        }
        case node_type::array:
            for (std::uint32_t i = 0; i < v.count; ++i)
                out.text += (i ? "\n" : "") + std::string(v.items[i].text());
            break;
        case node_type::object:
            lost(v, "ett objekt får inte plats i en cell");
            break;
        }
        return out;
    }

    const model::case_data& data_;
    diagnostics& errors_;
    std::vector<std::vector<out_row>> rows_;
};

} // namespace

std::vector<std::vector<out_row>> case_rows(const model::case_data& data, diagnostics& errors) {
    return layout_writer(data, errors).run();
}

} // namespace granska::checker::workbook
