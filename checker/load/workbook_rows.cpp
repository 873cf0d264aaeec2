#include "checker/load/workbook_rows.hpp"

#include "checker/base/personal_number.hpp"
#include "checker/base/redact.hpp"
#include "checker/load/workbook_cells.hpp"
#include "checker/load/workbook_required.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

namespace granska::checker::workbook {

namespace {

std::string_view trimmed(std::string_view s) {
    constexpr std::string_view space = " \t\r\n";
    const auto first = s.find_first_not_of(space);
    if (first == std::string_view::npos)
        return {};
    return s.substr(first, s.find_last_not_of(space) - first + 1);
}

// Levenshtein distance over bytes (headers are short).
std::size_t distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
    std::iota(previous.begin(), previous.end(), 0);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1,
                                   previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(previous, current);
    }
    return previous[b.size()];
}

// What a header cell names: the owner column, a layout column, or nothing.
struct header_slot {
    bool owner = false;
    const column* col = nullptr;
    bool reported = false; // an unknown or repeated header: its error covers the column
};

bool blank(const cell& c) {
    return c.kind == cell::type::text && trimmed(c.text).empty();
}

} // namespace

diagnostic cell_diagnostic(const std::string& file, std::string_view sheet, std::uint32_t row,
                           std::uint32_t column, std::string message) {
    diagnostic d;
    d.file = file;
    d.line = row;
    d.column = column;
    d.sheet = std::string(sheet);
    d.cell = model::cell_name(row, column);
    d.message = redact_personal_numbers(message);
    return d;
}

std::string closest(std::string_view word, const std::vector<std::string_view>& candidates) {
    std::string_view best;
    std::size_t best_distance = SIZE_MAX;
    for (const auto c : candidates)
        if (const auto d = distance(word, c); d < best_distance) {
            best_distance = d;
            best = c;
        }
    const std::size_t allowed = std::max<std::size_t>(2, word.size() / 3);
    return best_distance <= allowed ? std::string(best) : std::string();
}

std::vector<parsed_row> parse_rows(const grid& g, const sheet& spec, const sheet_context& ctx,
                                   diagnostics& errors) {
    std::vector<parsed_row> out;
    auto error = [&](std::uint32_t row, std::uint32_t column, std::string message) {
        errors.push_back(cell_diagnostic(ctx.file, g.name, row, column, std::move(message)));
    };
    for (const auto& m : g.merged)
        error(m.row, m.column,
              fmt::format("sammanfogade celler ({}); dela upp dem så att varje värde står i sin "
                          "egen cell",
                          m.ref));
    if (g.rows.empty() || g.rows.front().number != 1) {
        error(1, 0, "rubrikraden saknas: rad 1 ska ha kolumnernas namn");
        return out;
    }

    // The header row: each column found once, by its exact name.
    const bool with_owner =
        spec.owner == owner_kind::plan || spec.owner == owner_kind::policy_or_plan;
    std::vector<std::string_view> known;
    if (with_owner)
        known.push_back(owner_header);
    for (const auto& c : spec.columns)
        known.push_back(c.header);
    std::vector<header_slot> slots;
    std::vector<bool> seen(known.size(), false);
    for (const auto& c : g.rows.front().cells) {
        if (slots.size() < c.column)
            slots.resize(c.column);
        const std::string name(trimmed(display_text(c)));
        if (name.empty())
            continue;
        const auto it = std::find(known.begin(), known.end(), name);
        if (it == known.end()) {
            const std::string near = closest(name, known);
            error(1, c.column,
                  fmt::format("okänd kolumn \"{}\" på bladet {}{}", name, g.name,
                              near.empty() ? "" : fmt::format(" (menade du \"{}\"?)", near)));
            slots[c.column - 1].reported = true;
            continue;
        }
        const auto k = static_cast<std::size_t>(it - known.begin());
        if (seen[k]) {
            error(1, c.column, fmt::format("kolumnen \"{}\" finns två gånger", name));
            slots[c.column - 1].reported = true;
            continue;
        }
        seen[k] = true;
        const std::size_t first_column = with_owner ? 1 : 0;
        slots[c.column - 1] = k < first_column
                                  ? header_slot{true, nullptr}
                                  : header_slot{false, &spec.columns[k - first_column]};
    }
    for (std::size_t k = 0; k < known.size(); ++k) {
        const bool optional =
            k >= (with_owner ? 1u : 0u) && spec.columns[k - (with_owner ? 1 : 0)].catalogue_v2;
        if (!seen[k] && !optional)
            error(1, 0, fmt::format("kolumnen \"{}\" saknas på bladet {}", known[k], g.name));
    }

    const auto required = required_columns(spec);
    std::uint32_t expected = 2; // the next row number if none is skipped
    for (std::size_t r = 1; r < g.rows.size(); ++r) {
        const row& source = g.rows[r];
        if (std::all_of(source.cells.begin(), source.cells.end(), blank))
            continue; // spaces only: an empty row, as the gap check below sees it
        if (source.number > expected)
            error(expected, 0,
                  fmt::format("tom rad mitt i tabellen (rad {}); ta bort den så att inga rader "
                              "under den förbises",
                              expected));
        expected = source.number + 1;
        parsed_row parsed;
        parsed.number = source.number;
        parsed.object = json_value::object({0, ctx.index, source.number, 0});
        std::vector<const column*> refused; // not empty, but already reported
        for (const auto& c : source.cells) {
            if (blank(c))
                continue;
            const header_slot slot = c.column <= slots.size() ? slots[c.column - 1] : header_slot{};
            if (slot.owner) {
                parsed.owner = std::string(trimmed(display_text(c)));
                parsed.owner_column = c.column;
                continue;
            }
            if (slot.reported)
                continue;
            if (slot.col == nullptr) {
                error(source.number, c.column, "värde i en kolumn utan känd rubrik");
                continue;
            }
            const model::cell_origin at{0, ctx.index, source.number, c.column};
            auto converted = convert_cell(c, *slot.col, ctx.date1904, at);
            if (!converted.value) {
                error(source.number, c.column,
                      fmt::format("kolumnen {}: {}", slot.col->header, converted.error));
                refused.push_back(slot.col);
                continue;
            }
            parsed.filled.push_back(slot.col);
            const std::string_view field = slot.col->field;
            if (const auto slash = field.find('/'); slash != std::string_view::npos)
                parsed.object.member_object(field.substr(0, slash), parsed.object.origin)
                    .set(field.substr(slash + 1), std::move(*converted.value));
            else
                parsed.object.set(field, std::move(*converted.value));
        }
        // A required field left empty is named by its column and cell, not by
        // the JSON key the schema would report after conversion.
        for (const column* col : required) {
            const auto given = [&](const std::vector<const column*>& cols) {
                return std::find(cols.begin(), cols.end(), col) != cols.end();
            };
            if (given(parsed.filled) || given(refused))
                continue;
            const auto at = std::find_if(slots.begin(), slots.end(),
                                         [&](const header_slot& s) { return s.col == col; });
            if (at == slots.end())
                continue; // the column itself is missing: reported at the header row
            error(source.number, static_cast<std::uint32_t>(at - slots.begin()) + 1,
                  fmt::format("kolumnen {}: cellen är tom, men varje rad på bladet {} måste ha "
                              "ett värde här",
                              col->header, g.name));
        }
        out.push_back(std::move(parsed));
    }
    return out;
}

} // namespace granska::checker::workbook
