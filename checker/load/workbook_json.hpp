// A granska/1 document being built from workbook rows: a small JSON tree
// whose every value remembers its cell, written out as text with a position
// map (byte offset -> sheet, row, column) for the loader's diagnostics.
#pragma once

#include "checker/model/model.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace granska::checker::workbook {

struct json_value {
    enum class type : std::uint8_t { scalar, object, array };
    type kind = type::scalar;
    std::string scalar; // JSON text of a scalar ("\"x\"", "3", "null", "true")
    // A named member; declared here, defined below: a std::pair of a type
    // still being defined is ill-formed, and clang's library checks refuse it.
    struct member;
    std::vector<member> members;
    std::vector<json_value> items;
    model::cell_origin origin; // offset unused until written

    static json_value object(model::cell_origin at);
    static json_value array(model::cell_origin at);
    static json_value text(std::string_view s, model::cell_origin at);
    static json_value raw(std::string json, model::cell_origin at);

    // The member `key`, added (as an object at `at`) when absent.
    json_value& member_object(std::string_view key, model::cell_origin at);
    json_value* find(std::string_view key);
    void set(std::string_view key, json_value v);
};

struct json_value::member {
    std::string key;
    json_value value;
};

// JSON text of a string, escaped.
std::string json_string(std::string_view s);

// Writes `root` as indented JSON into `out`, appending to `origins` the
// position of every value in byte order.
void write_json(const json_value& root, std::string& out, std::vector<model::cell_origin>& origins);

} // namespace granska::checker::workbook
