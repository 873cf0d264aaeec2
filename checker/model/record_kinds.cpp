#include "checker/model/record_kinds.hpp"

#include <algorithm>

namespace granska::checker {

std::unique_ptr<record_declaration> make_record_declaration(std::string name, std::string pack,
                                                            std::vector<std::string> field_names,
                                                            std::vector<type> field_types,
                                                            std::vector<bool> optional) {
    auto out = std::make_unique<record_declaration>();
    out->name = std::move(name);
    out->swedish = "posten i registret " + out->name;
    out->pack = std::move(pack);
    const bool declares_id =
        std::find(field_names.begin(), field_names.end(), "id") != field_names.end();
    if (!declares_id) {
        field_names.insert(field_names.begin(), "id");
        field_types.insert(field_types.begin(), t_str);
        optional.insert(optional.begin(), true);
    }
    out->field_names = std::move(field_names);
    out->optional = std::move(optional);
    out->type.name = out->name;
    out->type.swedish = out->swedish;
    out->type.subject_kind = "record";
    for (std::size_t i = 0; i < out->field_names.size(); ++i)
        out->type.fields.push_back({out->field_names[i], field_types[i], field_source::json});
    return out;
}

} // namespace granska::checker
