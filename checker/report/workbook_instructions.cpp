#include "checker/report/workbook_instructions.hpp"

#include "checker/load/workbook_layout.hpp"

#include <array>
#include <string>

namespace granska::checker::workbook {

namespace {

constexpr std::array general{
    "Så fyller du i arbetsboken",
    "Varje blad är en tabell: rad 1 har kolumnernas namn, varje rad under den är en post. "
    "Byt inte namn på blad eller kolumner och lämna inga tomma rader mitt i en tabell.",
    "Bladet Policy har exakt en rad. Bladen Mål, Åtgärder, Uppföljningar, Redovisningar, "
    "Revideringar och Barnomsorg börjar med kolumnen Plan: planens id från bladet Planer "
    "(eller policyns id, där det går).",
    "Datum skrivs som datum i kalkylprogrammet eller som text ÅÅÅÅ-MM-DD, t.ex. 2026-03-31. "
    "Intervall skrivs enligt ISO 8601: P1Y (ett år), P6M (sex månader), P120D (120 dagar).",
    "Listor (fokusområden, indikatorer, ansvarsområden) skrivs med en post per rad i cellen "
    "(Alt+Retur i Excel, Ctrl+Retur i LibreOffice).",
    "En tom cell betyder att uppgiften saknas. Ordet \"ingen\" betyder att dokumentet uttryckligen "
    "inte anger något, t.ex. inget slutdatum i kolumnen Gäller till.",
    "Slå inte ihop celler och låt formler ha ett sparat värde (spara arbetsboken i programmet).",
    "Kontrollera arbetsboken med: granska check arbetsbok.xlsx",
};

} // namespace

void write_instructions(lxw_workbook* wb, lxw_format* heading, lxw_format* wrap) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, std::string(instruction_sheet).c_str());
    worksheet_set_column(ws, 0, 0, 28, nullptr);
    worksheet_set_column(ws, 1, 1, 100, wrap);
    lxw_row_t row = 0;
    worksheet_write_string(ws, row++, 0, general[0], heading);
    for (std::size_t i = 1; i < general.size(); ++i)
        worksheet_write_string(ws, row++, 1, general[i], wrap);
    ++row;
    for (const auto& s : sheets()) {
        worksheet_write_string(ws, row, 0, ("Bladet " + std::string(s.name)).c_str(), heading);
        worksheet_write_string(ws, row++, 1, std::string(s.help).c_str(), wrap);
        for (const auto& c : s.columns) {
            std::string text;
            if (!c.help.empty())
                text = std::string(c.help);
            if (!c.choices.empty()) {
                text += text.empty() ? "ett av: " : "; ett av: ";
                for (std::size_t i = 0; i < c.choices.size(); ++i)
                    text += (i ? ", " : "") + std::string(c.choices[i].label);
            }
            if (c.kind == value_kind::date && text.empty())
                text = "datum";
            if (c.catalogue_v2)
                text += text.empty() ? "frivillig kolumn" : " (frivillig kolumn)";
            worksheet_write_string(ws, row, 0, std::string(c.header).c_str(), nullptr);
            worksheet_write_string(ws, row++, 1, text.c_str(), wrap);
        }
        ++row;
    }
}

} // namespace granska::checker::workbook
