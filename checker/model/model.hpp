// The in-memory form of a case: every JSON document as a compact tree whose
// nodes remember where they came from (document, byte offset, parent), plus
// the joins the rules need (bodies by id, plans by body).
//
// Nodes live in the case's arena and are never copied; the evaluator holds
// plain pointers to them. Line numbers are computed from byte offsets only
// when a finding or an error needs one.
#pragma once

#include "checker/base/calendar.hpp"

#include <cstdint>
#include <memory>
#include <memory_resource>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace granska::model {

enum class node_type : std::uint8_t {
    null_value,
    boolean,
    integer,
    number, // a JSON number that is not an integer in int64 range
    string,
    date,     // a string the schema declares as a date, already parsed
    duration, // a string the schema declares as a duration, already parsed
    array,
    object,
};

struct member;

// A duration as the schema's parsed strings hold it (8 bytes, so a node stays 40).
struct compact_duration {
    std::int16_t years;
    std::int16_t months;
    std::int32_t days;
};

struct node {
    node_type type = node_type::null_value;
    std::uint32_t document = 0; // index into case_data::documents
    std::uint32_t offset = 0;   // byte offset in the file where the value starts
    std::uint32_t count = 0;    // array items, object members, or string length in bytes
    std::uint32_t index = 0;    // position in the parent (array index or member index)
    // One past the value's last byte (its closing quote or bracket), so a
    // finding's region needs no rescan of the value; 0 when the reader did
    // not build this node. Fills what was padding: a node stays 40 bytes.
    std::uint32_t end = 0;
    const node* parent = nullptr;
    union {
        bool boolean;
        std::int64_t integer;
        double number;
        const char* string;    // UTF-8, count bytes, unescaped, not NUL-terminated
        const node* items;     // array: count nodes
        const member* members; // object: count members, in document order
        calendar::date date;
        compact_duration duration;
    };

    node() : integer(0) {}

    std::string_view text() const { return {string, count}; }
    bool is_object() const { return type == node_type::object; }
    bool is_array() const { return type == node_type::array; }
    // Object member by key, or nullptr (also when this is not an object).
    const node* get(std::string_view key) const;
    // String value of a member, or empty when absent / not a string.
    std::string_view get_text(std::string_view key) const;
    calendar::duration as_duration() const {
        return {duration.years, duration.months, duration.days};
    }
};

static_assert(sizeof(node) <= 40, "a node is 40 bytes; the case arenas are sized by it");

struct member {
    std::string_view key; // in the case arena
    node value;
};

// Where a value of a document converted from a workbook came from: the
// value starting at `offset` in the converted JSON stands in `sheet` (an
// index into document::sheets), `row`, `column` (1-based; column 0: the
// whole row, row 0: the whole sheet).
struct cell_origin {
    std::uint32_t offset = 0;
    std::uint32_t sheet = 0;
    std::uint32_t row = 0;
    std::uint32_t column = 0;
};

// "F14" for row 14, column 6; "14:14" for a whole row; "" for a whole sheet.
std::string cell_name(std::uint32_t row, std::uint32_t column);

// One input file.
struct document {
    std::string path;  // as shown to users (relative to the working directory when possible)
    std::string bytes; // the file's content, kept for positions and error context
    const node* root = nullptr;
    std::string kind;   // "policy", "organisation", "plan"
    std::string sha256; // hex digest of bytes, for the audit trail

    // Set for documents converted from a workbook (then `bytes` holds the
    // converted JSON and `path` the workbook): sheet names and, sorted by
    // offset, where each value came from. Lines are then rows.
    std::vector<std::string> sheets;
    std::vector<cell_origin> cells;
    // The cell of the value at `offset` (the last recorded at or before it),
    // or nullptr for a document read from JSON.
    const cell_origin* cell_at(std::uint32_t offset) const;

    // 1-based line and column of a byte offset (computed lazily, cached);
    // for a converted workbook, the row and column of its cell.
    std::uint32_t line_of(std::uint32_t offset) const;
    std::uint32_t column_of(std::uint32_t offset) const;

private:
    mutable std::vector<std::uint32_t> line_starts_;
};

// JSON Pointer (RFC 6901) of a node within its document: "/bodies/2".
std::string pointer_of(const node* n);

// The nearest ancestor-or-self object that has a string "id" member, or the root.
const node* nearest_with_id(const node* n);

// Everything known about one municipality.
struct case_data {
    std::string path; // the case as given on the command line
    std::pmr::monotonic_buffer_resource arena;
    std::vector<std::unique_ptr<document>> documents; // sorted by path

    const node* policy = nullptr;       // root of the policy document
    const node* organisation = nullptr; // root of the organisation document
    std::vector<const node*> plans;     // roots of plan documents, in document order

    std::string municipality_code;
    std::string municipality_name;

    // Joins, built once after validation.
    std::unordered_map<std::string_view, const node*> bodies_by_id; // organisation.bodies[i]
    std::vector<const node*> bodies;                                // in document order
    std::unordered_map<const node*, std::vector<const node*>> plans_by_body; // body node -> plans

    const document& document_of(const node* n) const { return *documents[n->document]; }
};

} // namespace granska::model
