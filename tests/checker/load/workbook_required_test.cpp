// The columns every row must fill, as read from the embedded schema: the
// fields the JSON format requires, by their Swedish headers.
#include "checker/load/workbook_layout.hpp"
#include "checker/load/workbook_required.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <string>
#include <vector>

using namespace granska::checker::workbook;

namespace {

std::vector<std::string> required_headers(std::string_view sheet_name) {
    const auto all = sheets();
    const auto it =
        std::find_if(all.begin(), all.end(), [&](const sheet& s) { return s.name == sheet_name; });
    REQUIRE(it != all.end());
    std::vector<std::string> out;
    for (const column* c : required_columns(*it))
        out.emplace_back(c->header);
    return out;
}

} // namespace

TEST_CASE("required columns follow the schema's required fields sheet by sheet", "[workbook]") {
    const std::map<std::string, std::vector<std::string>> expected{
        {"Policy", {"Kommun", "Kommunkod", "Id", "Titel"}},
        {"Organ", {"Id", "Namn", "Typ"}},
        {"Planer", {"Id", "Organ", "Handlingstyp", "Period från", "Period till"}},
        {"Mål", {"Id", "Text"}},
        {"Åtgärder", {"Id", "Beskrivning", "Status"}},
        // Shared by the policy (date and reported_to) and plans (date): both must hold.
        {"Uppföljningar", {"Datum"}},
        {"Redovisningar", {"Datum", "Till"}},
        {"Revideringar", {"Datum"}},
        {"Härledda dokument", {"Handlingstyp", "Titel"}},
        {"Barnomsorg", {"Id"}},
    };
    for (const auto& [name, headers] : expected) {
        INFO(name);
        CHECK(required_headers(name) == headers);
    }
}
