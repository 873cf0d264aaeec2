#include "checker/load/workbook_read.hpp"

#include "checker/load/workbook_archive.hpp"
#include "checker/load/workbook_grid.hpp"
#include "checker/load/workbook_rows.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <optional>

namespace granska::checker::workbook {

namespace {

struct loaded_sheet {
    const sheet* spec = nullptr;
    std::uint32_t index = 0;
    const grid* source = nullptr; // nullptr: the sheet is missing
    std::vector<parsed_row> rows;
};

// A plan's file name in a converted case: its id, with anything that is no
// letter, digit, '-', '_' or '.' replaced (a folder separator must not escape).
std::string file_name_for(const std::string& id, std::map<std::string, int>& used) {
    std::string name;
    for (char c : id)
        name += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                        c == '-' || c == '_'
                    ? c
                    : '_';
    if (name.empty())
        name = "plan";
    const int n = used[name]++;
    return "plans/" + name + (n ? fmt::format("-{}", n + 1) : "") + ".json";
}

json_value document_root(std::string_view kind, const json_value& municipality,
                         model::cell_origin at) {
    json_value root = json_value::object(at);
    root.set("format", json_value::text("granska/1", at));
    root.set("kind", json_value::text(kind, at));
    root.set("municipality", municipality);
    return root;
}

// Appends `item` to the array `key` of `owner` (creating it at the sheet).
void append(json_value& owner, std::string_view key, json_value item, model::cell_origin sheet_at) {
    json_value* list = owner.find(key);
    if (list == nullptr) {
        owner.set(key, json_value::array(sheet_at));
        list = owner.find(key);
    }
    list->items.push_back(std::move(item));
}

class assembler {
public:
    assembler(std::string file, std::vector<loaded_sheet>& sheets, diagnostics& errors)
        : file_(std::move(file)), sheets_(sheets), errors_(errors) {}

    std::vector<converted_document> run() {
        loaded_sheet& policy_sheet = of(sheet_role::policy);
        if (policy_sheet.rows.size() != 1) {
            error(policy_sheet, policy_sheet.rows.size() > 1 ? policy_sheet.rows[1].number : 2, 0,
                  fmt::format("bladet Policy ska ha exakt en rad under rubrikraden, har {}",
                              policy_sheet.rows.size()));
            return {};
        }
        const parsed_row& policy_row = policy_sheet.rows.front();
        json_value municipality = json_value::object(policy_row.object.origin);
        for (const auto& [key, value] : policy_row.object.members)
            if (key == "municipality")
                municipality = value;
        policy_ = document_root("policy", municipality, policy_row.object.origin);
        for (const auto& [key, value] : policy_row.object.members)
            if (key != "municipality")
                policy_.set(key, value);
        if (const json_value* id = policy_.find("id"))
            policy_id_ = id->scalar;

        loaded_sheet& bodies = of(sheet_role::bodies);
        organisation_ = document_root("organisation", municipality, sheet_origin(bodies));
        organisation_.set("bodies", json_value::array(sheet_origin(bodies)));
        for (auto& r : bodies.rows)
            organisation_.find("bodies")->items.push_back(std::move(r.object));

        for (auto& r : of(sheet_role::plans).rows) {
            json_value plan = document_root("plan", municipality, r.object.origin);
            for (auto& [key, value] : r.object.members)
                plan.set(key, std::move(value));
            const json_value* id = plan.find("id");
            const std::string key = id ? id->scalar : std::string();
            plan_ids_.push_back(key);
            plans_.push_back(std::move(plan));
        }
        for (auto& s : sheets_)
            if (s.spec->owner != owner_kind::none)
                attach(s);

        std::vector<converted_document> out;
        out.push_back(finish("policy.json", "policy", policy_));
        out.push_back(finish("organisation.json", "organisation", organisation_));
        std::map<std::string, int> used;
        for (std::size_t i = 0; i < plans_.size(); ++i) {
            const json_value* id = plans_[i].find("id");
            const std::string id_text =
                id && id->scalar.size() >= 2 ? id->scalar.substr(1, id->scalar.size() - 2) : "";
            out.push_back(finish(file_name_for(id_text, used), "plan", plans_[i]));
        }
        return out;
    }

private:
    loaded_sheet& of(sheet_role role) {
        return *std::find_if(sheets_.begin(), sheets_.end(),
                             [&](const loaded_sheet& s) { return s.spec->role == role; });
    }

    static model::cell_origin sheet_origin(const loaded_sheet& s) { return {0, s.index, 0, 0}; }

    void error(const loaded_sheet& s, std::uint32_t row, std::uint32_t column,
               std::string message) {
        errors_.push_back(cell_diagnostic(file_, s.spec->name, row, column, std::move(message)));
    }

    // The document a row of a plan-owned sheet belongs to, or nullptr (with an error).
    json_value* owner_of(const loaded_sheet& s, const parsed_row& r) {
        const bool policy_allowed = s.spec->owner == owner_kind::policy_or_plan;
        if (r.owner.empty()) {
            error(s, r.number, 0,
                  fmt::format("kolumnen Plan är tom; ange planens id{}",
                              policy_allowed ? " eller policyns id" : ""));
            return nullptr;
        }
        const std::string quoted = json_string(r.owner);
        if (policy_allowed && quoted == policy_id_)
            return &policy_;
        for (std::size_t i = 0; i < plan_ids_.size(); ++i)
            if (plan_ids_[i] == quoted)
                return &plans_[i];
        error(s, r.number, r.owner_column,
              fmt::format("planen \"{}\" finns inte på bladet Planer{}", r.owner,
                          policy_allowed ? " och är inte heller policyns id" : ""));
        return nullptr;
    }

    void attach(loaded_sheet& s) {
        for (auto& r : s.rows) {
            json_value* owner = s.spec->owner == owner_kind::policy ? &policy_ : owner_of(s, r);
            if (owner == nullptr)
                continue;
            const bool is_policy = owner == &policy_;
            bool allowed = true;
            for (std::size_t i = 0; i < r.filled.size(); ++i)
                if ((r.filled[i]->policy_only && !is_policy) ||
                    (r.filled[i]->plan_only && is_policy)) {
                    error(s, r.number, 0,
                          fmt::format("kolumnen {} gäller bara {}", r.filled[i]->header,
                                      r.filled[i]->policy_only ? "policyns rader"
                                                               : "planernas rader"));
                    allowed = false;
                }
            if (!allowed)
                continue;
            if (s.spec->role == sheet_role::childcare)
                append(owner->member_object("records", sheet_origin(s)), s.spec->array,
                       std::move(r.object), sheet_origin(s));
            else
                append(*owner, s.spec->array, std::move(r.object), sheet_origin(s));
        }
    }

    converted_document finish(std::string name, std::string kind, const json_value& root) {
        converted_document d;
        d.name = std::move(name);
        d.kind = std::move(kind);
        write_json(root, d.json, d.cells);
        return d;
    }

    std::string file_;
    std::vector<loaded_sheet>& sheets_;
    diagnostics& errors_;
    json_value policy_, organisation_;
    std::string policy_id_; // JSON text of the policy's id
    std::vector<json_value> plans_;
    std::vector<std::string> plan_ids_; // JSON text of each plan's id
};

} // namespace

namespace {

std::string lower_extension(const std::string& path) {
    auto ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

} // namespace

bool is_workbook_name(const std::string& path) {
    // .ods is taken in only to be refused by name, never passed over in a folder.
    const auto ext = lower_extension(path);
    return ext == ".xlsx" || ext == ".ods";
}

read_result read_workbook(const std::string& shown, const std::string& bytes,
                          std::uint64_t max_unpacked) {
    read_result result;
    for (const auto& s : sheets())
        result.sheets.emplace_back(s.name);
    auto whole_file = [&](std::string message) {
        diagnostic d;
        d.file = shown;
        d.message = std::move(message);
        result.errors.push_back(std::move(d));
        return result;
    };
    if (lower_extension(shown) == ".ods")
        return whole_file("arbetsboken är ett OpenDocument-kalkylblad (.ods), som granska inte "
                          "läser; spara den som .xlsx (i LibreOffice: Arkiv, Spara som, filtyp "
                          "Excel 2007-365) och kontrollera den filen");
    std::string error;
    auto package = archive::open(bytes, max_unpacked, error);
    if (!package)
        return whole_file(error);
    const workbook_grids grids = read_grids(*package, error);
    if (!error.empty())
        return whole_file(error);

    std::vector<std::string_view> present;
    for (const auto& g : grids.sheets)
        present.push_back(g.name);
    std::vector<loaded_sheet> loaded;
    for (const auto& spec : sheets()) {
        loaded_sheet s;
        s.spec = &spec;
        s.index = static_cast<std::uint32_t>(loaded.size());
        const auto it = std::find_if(grids.sheets.begin(), grids.sheets.end(),
                                     [&](const grid& g) { return g.name == spec.name; });
        if (it == grids.sheets.end()) {
            const std::string near = closest(spec.name, present);
            result.errors.push_back(cell_diagnostic(
                shown, spec.name, 0, 0,
                fmt::format("bladet {} saknas i arbetsboken{}", spec.name,
                            near.empty() ? "" : fmt::format(" (heter det \"{}\"?)", near))));
        } else {
            s.source = &*it;
            s.rows = parse_rows(*it, spec, {shown, s.index, grids.date1904}, result.errors);
        }
        loaded.push_back(std::move(s));
    }
    // With every sheet there, cross-sheet errors (an unknown plan id) are
    // worth reporting beside the cell errors.
    if (std::any_of(loaded.begin(), loaded.end(), [](const loaded_sheet& s) { return !s.source; }))
        return result;
    result.documents = assembler(shown, loaded, result.errors).run();
    if (has_errors(result.errors))
        result.documents.clear();
    return result;
}

} // namespace granska::checker::workbook
