#include "checker/report/workbook_write.hpp"

#include "checker/load/workbook_layout.hpp"
#include "checker/report/workbook_case_rows.hpp"
#include "checker/report/workbook_instructions.hpp"

#include <xlsxwriter.h>

#include <filesystem>
#include <unistd.h>

namespace granska::checker::workbook {

namespace {

namespace fs = std::filesystem;

// Rows given drop-down lists and date checks beyond the data (room to fill in).
constexpr lxw_row_t room = 1000;

struct formats {
    lxw_format* header = nullptr;
    lxw_format* text = nullptr; // "@": typed digits stay text (kommunkod 0687, ids)
    lxw_format* date = nullptr;
    lxw_format* wrap = nullptr; // lists, one item per line
    lxw_format* number = nullptr;
};

lxw_format* column_format(const formats& f, const column& c) {
    switch (c.kind) {
    case value_kind::date:
        return f.date;
    case value_kind::lines:
        return f.wrap;
    case value_kind::integer:
        return f.number;
    default:
        return f.text;
    }
}

double width_of(const column& c) {
    switch (c.kind) {
    case value_kind::date:
        return 12;
    case value_kind::lines:
        return 40;
    case value_kind::text:
        return 36;
    case value_kind::integer:
        return 9;
    default:
        return 18;
    }
}

// Drop-down lists and date checks; a list needs its labels as C strings.
void add_validation(lxw_worksheet* ws, const column& c, lxw_col_t col, lxw_row_t last_row) {
    lxw_data_validation dv{};
    std::vector<std::string> labels;
    std::vector<char*> list; // libxlsxwriter's type; it only reads the labels
    if (c.kind == value_kind::choice) {
        for (const auto& ch : c.choices)
            labels.emplace_back(ch.label);
    } else if (c.kind == value_kind::boolean) {
        labels = {"ja", "nej"};
    } else if (c.kind == value_kind::date && !c.nullable) {
        dv.validate = LXW_VALIDATION_TYPE_DATE;
        dv.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
        dv.minimum_datetime = {1900, 1, 1, 0, 0, 0};
        dv.maximum_datetime = {9999, 12, 31, 0, 0, 0};
        dv.error_title = const_cast<char*>("Datum");
        dv.error_message = const_cast<char*>("Skriv ett datum, t.ex. 2026-03-31.");
        worksheet_data_validation_range(ws, 1, col, last_row, col, &dv);
        return;
    } else {
        return;
    }
    if (c.nullable)
        labels.emplace_back(null_word);
    for (const auto& l : labels)
        list.push_back(const_cast<char*>(l.c_str()));
    list.push_back(nullptr);
    dv.validate = LXW_VALIDATION_TYPE_LIST;
    dv.value_list = list.data();
    dv.error_title = const_cast<char*>("Värde");
    dv.error_message = const_cast<char*>("Välj ett värde i listan.");
    worksheet_data_validation_range(ws, 1, col, last_row, col, &dv);
}

void write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const out_cell& v, const formats& f,
                const column& spec) {
    if (v.date) {
        const auto ymd = calendar::to_ymd(*v.date);
        lxw_datetime dt{ymd.year, ymd.month, ymd.day, 0, 0, 0};
        worksheet_write_datetime(ws, r, c, &dt, f.date);
    } else if (v.number) {
        worksheet_write_number(ws, r, c, *v.number, f.number);
    } else if (!v.text.empty()) {
        worksheet_write_string(ws, r, c, v.text.c_str(), column_format(f, spec));
    }
}

void write_sheet(lxw_workbook* wb, const sheet& spec, const std::vector<out_row>& rows,
                 const formats& f) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, std::string(spec.name).c_str());
    const bool with_owner =
        spec.owner == owner_kind::plan || spec.owner == owner_kind::policy_or_plan;
    const lxw_col_t first = with_owner ? 1 : 0;
    const lxw_row_t last_row = static_cast<lxw_row_t>(rows.size()) + room;
    if (with_owner) {
        worksheet_set_column(ws, 0, 0, 30, f.text);
        worksheet_write_string(ws, 0, 0, std::string(owner_header).c_str(), f.header);
    }
    for (std::size_t i = 0; i < spec.columns.size(); ++i) {
        const column& c = spec.columns[i];
        const auto col = static_cast<lxw_col_t>(first + i);
        worksheet_set_column(ws, col, col, width_of(c), column_format(f, c));
        worksheet_write_string(ws, 0, col, std::string(c.header).c_str(), f.header);
        add_validation(ws, c, col, spec.role == sheet_role::policy ? 1 : last_row);
    }
    worksheet_freeze_panes(ws, 1, 0);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto row = static_cast<lxw_row_t>(r + 1);
        if (with_owner)
            worksheet_write_string(ws, row, 0, rows[r].owner.c_str(), f.text);
        for (std::size_t i = 0; i < rows[r].cells.size(); ++i)
            write_cell(ws, row, static_cast<lxw_col_t>(first + i), rows[r].cells[i], f,
                       spec.columns[i]);
    }
}

constexpr time_t seconds_per_day = 86400;

write_result write(const std::string& path, const std::vector<std::vector<out_row>>& rows,
                   calendar::date stamp) {
    write_result result;
    auto fail = [&](std::string message) {
        diagnostic d;
        d.file = path;
        d.message = std::move(message);
        result.errors.push_back(std::move(d));
        return result;
    };
    // libxlsxwriter writes the clock time when `created` is 0 (1970-01-01).
    if (stamp < default_stamp)
        return fail("arbetsbokens datum ska vara " + calendar::format(default_stamp) +
                    " eller senare, fick " + calendar::format(stamp));
    // A temporary beside the target, renamed over it: a failed write leaves
    // the previous workbook as it was.
    const fs::path target(path);
    const fs::path temp = target.parent_path() /
                          ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()));
    lxw_workbook* wb = workbook_new(temp.c_str());
    if (wb == nullptr)
        return fail("arbetsboken kan inte skapas (finns mappen, och får granska skriva där?)");
    lxw_doc_properties properties{};
    properties.created = static_cast<time_t>(stamp.days) * seconds_per_day;
    workbook_set_properties(wb, &properties);
    formats f;
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDEBF7);
    format_set_num_format(f.header, "@");
    f.text = workbook_add_format(wb);
    format_set_num_format(f.text, "@");
    f.date = workbook_add_format(wb);
    format_set_num_format(f.date, "yyyy-mm-dd");
    f.wrap = workbook_add_format(wb);
    format_set_num_format(f.wrap, "@");
    format_set_text_wrap(f.wrap);
    f.number = workbook_add_format(wb);
    format_set_num_format(f.number, "0");
    write_instructions(wb, f.header, f.wrap);
    const auto all = sheets();
    for (std::size_t i = 0; i < all.size(); ++i)
        write_sheet(wb, all[i], rows.empty() ? std::vector<out_row>{} : rows[i], f);
    const lxw_error status = workbook_close(wb);
    std::error_code ec;
    if (status != LXW_NO_ERROR) {
        fs::remove(temp, ec);
        return fail(std::string("arbetsboken kunde inte skrivas: ") + lxw_strerror(status));
    }
    fs::rename(temp, target, ec);
    if (ec) {
        fs::remove(temp, ec);
        return fail("arbetsboken kunde inte sparas under sitt namn");
    }
    return result;
}

} // namespace

write_result write_template(const std::string& path, calendar::date stamp) {
    return write(path, {}, stamp);
}

write_result write_case(const model::case_data& data, const std::string& path,
                        calendar::date stamp) {
    write_result result;
    const auto rows = case_rows(data, result.errors);
    if (has_errors(result.errors))
        return result;
    return write(path, rows, stamp);
}

} // namespace granska::checker::workbook
