#include "checker/load/workbook_cells.hpp"

#include "checker/base/calendar.hpp"
#include "checker/base/lower_case.hpp"

#include <fmt/format.h>

#include <cmath>

namespace granska::checker::workbook {

namespace {

std::string_view trim(std::string_view s) {
    constexpr std::string_view space = " \t\r\n\xC2\xA0"; // NBSP's bytes too: pasted from Word
    const auto first = s.find_first_not_of(space);
    if (first == std::string_view::npos)
        return {};
    return s.substr(first, s.find_last_not_of(space) - first + 1);
}

std::string cell_quoted(std::string_view s) {
    return "\"" + std::string(s.substr(0, 60)) + (s.size() > 60 ? "…" : "") + "\"";
}

converted_cell fail(std::string message) {
    return {std::nullopt, std::move(message)};
}

converted_cell ok(json_value v) {
    return {std::move(v), {}};
}

converted_cell date_value(const cell& c, bool date1904, model::cell_origin at) {
    if (c.kind == cell::type::number) {
        const std::string iso = serial_to_iso(c.number, date1904);
        if (iso.empty())
            return fail(fmt::format("talet {} är inget datum; skriv datumet som ÅÅÅÅ-MM-DD "
                                    "eller som ett datum i kalkylprogrammet",
                                    display_text(c)));
        return ok(json_value::text(iso, at));
    }
    std::string_view text = trim(c.text);
    // A date written as ISO text with a midnight time (some writers' date cells).
    if (text.size() == 19 && text.substr(10) == "T00:00:00")
        text = text.substr(0, 10);
    if (text.size() == 10 && calendar::parse_date(text))
        return ok(json_value::text(text, at));
    return fail(fmt::format("{} är inget datum som granska kan läsa; skriv ÅÅÅÅ-MM-DD "
                            "(t.ex. 2026-03-31) eller ange cellen som datum",
                            cell_quoted(text)));
}

converted_cell integer_value(const cell& c, model::cell_origin at) {
    if (c.kind == cell::type::number && std::floor(c.number) == c.number &&
        std::fabs(c.number) < 1e15)
        return ok(json_value::raw(fmt::format("{}", static_cast<long long>(c.number)), at));
    const std::string_view text = trim(c.text);
    const bool digits = !text.empty() && text.size() < 16 &&
                        text.find_first_not_of("0123456789") == std::string_view::npos;
    if (c.kind == cell::type::text && digits)
        return ok(json_value::raw(std::to_string(std::stoll(std::string(text))), at));
    return fail(fmt::format("{} är inget heltal", cell_quoted(display_text(c))));
}

converted_cell boolean_value(const cell& c, model::cell_origin at) {
    if (c.kind == cell::type::boolean)
        return ok(json_value::raw(c.text == "1" ? "true" : "false", at));
    const std::string word = lower_case(trim(c.text));
    if (word == "ja" || word == "sant" || word == "true")
        return ok(json_value::raw("true", at));
    if (word == "nej" || word == "falskt" || word == "false")
        return ok(json_value::raw("false", at));
    return fail(fmt::format("{} ska vara ja eller nej", cell_quoted(display_text(c))));
}

converted_cell choice_value(const cell& c, const column& col, model::cell_origin at) {
    const std::string word = lower_case(trim(display_text(c)));
    std::string labels;
    for (const auto& ch : col.choices) {
        // The label is what the drop-down offers; the format's own value is
        // accepted too (a workbook filled from JSON by another tool).
        if (word == lower_case(ch.label) || word == lower_case(ch.value))
            return ok(json_value::text(ch.value, at));
        labels += (labels.empty() ? "" : ", ") + std::string(ch.label);
    }
    return fail(
        fmt::format("{} är inget av värdena i listan: {}", cell_quoted(display_text(c)), labels));
}

json_value lines_value(const cell& c, model::cell_origin at) {
    json_value list = json_value::array(at);
    const std::string text = display_text(c);
    std::size_t begin = 0;
    while (begin <= text.size()) {
        auto end = text.find('\n', begin);
        if (end == std::string::npos)
            end = text.size();
        const std::string_view item = trim(std::string_view(text).substr(begin, end - begin));
        if (!item.empty())
            list.items.push_back(json_value::text(item, at));
        begin = end + 1;
    }
    return list;
}

} // namespace

std::string serial_to_iso(double serial, bool date1904) {
    if (!(serial >= 1 && serial < 2958466) || std::floor(serial) != serial)
        return {};
    auto days = static_cast<std::int32_t>(serial);
    // The 1900 system counts a 29 February 1900 that never was (Lotus 1-2-3's
    // leap-year error): serials from 61 on are one day ahead; 60 is that day.
    if (!date1904 && days == 60)
        return {};
    const auto base =
        date1904 ? calendar::make_date(1904, 1, 1) : calendar::make_date(1899, 12, 31);
    if (!date1904 && days > 60)
        --days;
    calendar::date d = *base;
    d.days += days;
    return calendar::format(d);
}

std::string display_text(const cell& c) {
    if (c.kind == cell::type::number)
        return fmt::format("{}", c.number);
    if (c.kind == cell::type::boolean)
        return c.text == "1" ? "ja" : "nej";
    return c.text;
}

converted_cell convert_cell(const cell& c, const column& col, bool date1904,
                            model::cell_origin at) {
    if (c.kind == cell::type::error)
        return fail("cellen innehåller felvärdet " + c.text + " i stället för ett värde");
    if (c.kind == cell::type::formula_without_value)
        return fail("cellen har en formel utan sparat värde; öppna arbetsboken i kalkylprogrammet "
                    "och spara den igen, eller skriv in värdet");
    if (col.nullable && c.kind == cell::type::text && lower_case(trim(c.text)) == null_word)
        return ok(json_value::raw("null", at));
    switch (col.kind) {
    case value_kind::text:
        return ok(json_value::text(display_text(c), at));
    case value_kind::id:
    case value_kind::duration:
        return ok(json_value::text(trim(display_text(c)), at));
    case value_kind::code: {
        if (c.kind == cell::type::number && c.number >= 0 && c.number < 10000 &&
            std::floor(c.number) == c.number) // a number cell lost the leading zero
            return ok(json_value::text(fmt::format("{:04}", static_cast<int>(c.number)), at));
        return ok(json_value::text(trim(display_text(c)), at));
    }
    case value_kind::date:
        return date_value(c, date1904, at);
    case value_kind::integer:
        return integer_value(c, at);
    case value_kind::boolean:
        return boolean_value(c, at);
    case value_kind::lines:
        return ok(lines_value(c, at));
    case value_kind::choice:
        return choice_value(c, col, at);
    }
    return fail("okänd kolumntyp");
}

} // namespace granska::checker::workbook
