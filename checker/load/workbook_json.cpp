#include "checker/load/workbook_json.hpp"

#include <fmt/format.h>

namespace granska::checker::workbook {

json_value json_value::object(model::cell_origin at) {
    json_value v;
    v.kind = type::object;
    v.origin = at;
    return v;
}

json_value json_value::array(model::cell_origin at) {
    json_value v;
    v.kind = type::array;
    v.origin = at;
    return v;
}

json_value json_value::text(std::string_view s, model::cell_origin at) {
    return raw(json_string(s), at);
}

json_value json_value::raw(std::string json, model::cell_origin at) {
    json_value v;
    v.scalar = std::move(json);
    v.origin = at;
    return v;
}

json_value* json_value::find(std::string_view key) {
    for (auto& [k, v] : members)
        if (k == key)
            return &v;
    return nullptr;
}

json_value& json_value::member_object(std::string_view key, model::cell_origin at) {
    if (json_value* v = find(key))
        return *v;
    members.push_back({std::string(key), object(at)});
    return members.back().value;
}

void json_value::set(std::string_view key, json_value v) {
    if (json_value* old = find(key))
        *old = std::move(v);
    else
        members.push_back({std::string(key), std::move(v)});
}

std::string json_string(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out += '"';
    for (char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
            else
                out += c;
        }
    }
    out += '"';
    return out;
}

namespace {

void write(const json_value& v, std::string& out, std::vector<model::cell_origin>& origins,
           int depth) {
    model::cell_origin at = v.origin;
    at.offset = static_cast<std::uint32_t>(out.size());
    origins.push_back(at);
    const std::string indent(static_cast<std::size_t>(depth + 1) * 2, ' ');
    switch (v.kind) {
    case json_value::type::scalar:
        out += v.scalar;
        return;
    case json_value::type::object:
        out += '{';
        for (std::size_t i = 0; i < v.members.size(); ++i) {
            out += i ? ",\n" : "\n";
            out += indent + json_string(v.members[i].key) + ": ";
            write(v.members[i].value, out, origins, depth + 1);
        }
        out += v.members.empty() ? "}" : "\n" + indent.substr(2) + "}";
        return;
    case json_value::type::array:
        out += '[';
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            out += i ? ",\n" : "\n";
            out += indent;
            write(v.items[i], out, origins, depth + 1);
        }
        out += v.items.empty() ? "]" : "\n" + indent.substr(2) + "]";
        return;
    }
}

} // namespace

void write_json(const json_value& root, std::string& out,
                std::vector<model::cell_origin>& origins) {
    write(root, out, origins, 0);
    out += '\n';
}

} // namespace granska::checker::workbook
