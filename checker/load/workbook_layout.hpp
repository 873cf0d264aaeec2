// The workbook layout: which sheet and which column hold which granska/1
// field. One table, read by the workbook reader, the writer (`granska
// template`) and the documentation (docs/workbook.md follows it), so the
// three cannot drift apart.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace granska::checker::workbook {

// How a cell's content becomes a JSON value.
enum class value_kind : std::uint8_t {
    text,     // a string; a number cell is written as its digits
    id,       // a string without surrounding spaces
    code,     // a kommunkod: four digits, a number cell gets its leading zeros back
    date,     // a spreadsheet date or ISO text ÅÅÅÅ-MM-DD
    duration, // ISO 8601 text (P4Y)
    integer,  // a whole number, as a number cell or as text
    boolean,  // ja/nej, or a TRUE/FALSE cell
    lines,    // a list of strings, one per line in the cell
    choice,   // one of the column's choices (Swedish label -> JSON value)
};

// A drop-down choice: what the cell shows and what the JSON holds.
struct choice {
    std::string_view label;
    std::string_view value;
};

// Which documents a row of a shared sheet may belong to.
enum class owner_kind : std::uint8_t {
    none,           // the sheet is the document itself (Policy, Planer) or the organisation
    plan,           // the row's first column names a plan
    policy_or_plan, // ... a plan, or the policy by its id
    policy,         // the row belongs to the policy (no owner column)
};

struct column {
    std::string_view header; // Swedish, as in row 1 of the sheet
    std::string_view field;  // JSON member of the row object; "period/from" one level down
    value_kind kind = value_kind::text;
    std::span<const choice> choices = {};
    bool nullable = false;      // the word "ingen" gives JSON null ("no end date stated")
    bool catalogue_v2 = false;  // optional field of catalogue version 2: the column may be absent
    bool policy_only = false;   // on a shared sheet: only rows of the policy may fill it
    bool plan_only = false;     // on a shared sheet: only rows of a plan may fill it
    std::string_view help = {}; // one line for the instruction sheet
};

// What a sheet's rows become.
enum class sheet_role : std::uint8_t {
    policy,            // one row: the policy document
    bodies,            // organisation.bodies
    plans,             // one plan document per row
    goals,             // plan.goals
    actions,           // plan.actions or policy.actions
    follow_ups,        // plan.follow_ups or policy.follow_ups
    reports,           // plan.reports
    revisions,         // plan.revisions or policy.revisions
    derived_documents, // policy.derived_documents
    childcare,         // plan.records.childcare_placements
};

struct sheet {
    std::string_view name; // Swedish sheet name
    sheet_role role;
    owner_kind owner;
    std::string_view array; // member of the owner holding the rows ("" for document sheets)
    std::span<const column> columns;
    std::string_view help; // what the sheet holds, for the instruction sheet
};

// The header of the owner column of plan-owned sheets ("Plan").
inline constexpr std::string_view owner_header = "Plan";
// The word that writes JSON null in a nullable column.
inline constexpr std::string_view null_word = "ingen";
// The sheet the reader skips and the writer fills with instructions.
inline constexpr std::string_view instruction_sheet = "Instruktioner";

// Every data sheet, in workbook order.
std::span<const sheet> sheets();

// The sheet with a role (always present in the table).
const sheet& sheet_of(sheet_role role);

} // namespace granska::checker::workbook
