// A workbook (.xlsx) -> the granska/1 documents of one case, in memory, each
// with the position of every value (sheet, row, column), so the loader's
// validation and the rules' findings name cells. The layout is
// workbook_layout's table; docs/workbook.md describes it for people.
#pragma once

#include "checker/base/diagnostic.hpp"
#include "checker/model/model.hpp"

#include <cstdint>
#include <string>
#include <vector>

namespace granska::checker::workbook {

struct converted_document {
    std::string name; // file name under a case folder: policy.json, plans/<id>.json
    std::string kind; // policy, organisation, plan
    std::string json; // the document as granska/1 JSON text
    std::vector<model::cell_origin> cells; // sorted by offset into `json`
};

struct read_result {
    std::vector<converted_document> documents; // empty when the workbook has errors
    std::vector<std::string> sheets;           // names for cell_origin::sheet
    diagnostics errors;                        // each names the sheet and cell
};

// Converts the workbook `bytes`, shown to users as `shown`. At most
// `max_unpacked` bytes are unpacked from the zip package.
read_result read_workbook(const std::string& shown, const std::string& bytes,
                          std::uint64_t max_unpacked);

// True for a file name the loader reads as a workbook: ".xlsx", and ".ods",
// which read_workbook refuses with the advice to save it as .xlsx.
bool is_workbook_name(const std::string& path);

} // namespace granska::checker::workbook
