// Why tables: a message must never show a data value in English or a field
// in the rule language, and one table per kind of rendering keeps every
// Swedish word in one place, where a test can check it is complete.
#include "checker/base/swedish.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <iterator>
#include <span>
#include <utility>

namespace granska::checker {

namespace {

// One Swedish rendering: of a value of an enumerated field (of: the field),
// or of a field of an object type (of: the type).
struct swedish_name {
    std::string_view of;
    std::string_view name;
    std::string_view swedish;
};

// Enumerated fields whose values granska/1 spells in English.
constexpr swedish_name value_names[]{
    {"status", "planned", "planerad"},
    {"status", "ongoing", "pågående"},
    {"status", "done", "genomförd"},
    {"status", "cancelled", "avbruten"},
};

// Fields of the rule language's data model, named as a sentence needs them
// ("Policyns antagandedatum saknas"). Fields granska/1 may gain (serves,
// covers, host, owner, statutory, the childcare dates) are named too.
constexpr swedish_name datum_names[]{
    {"policy", "municipality", "policyns kommun"},
    {"policy", "id", "policyns id"},
    {"policy", "title", "policyns titel"},
    {"policy", "document_type", "policyns dokumenttyp"},
    {"policy", "registration_number", "policyns diarienummer"},
    {"policy", "adopted_by", "organet som antog policyn"},
    {"policy", "adopted_on", "policyns antagandedatum"},
    {"policy", "minute_ref", "protokollsparagrafen för policyns antagande"},
    {"policy", "version", "policyns versionsnummer"},
    {"policy", "revised_on", "policyns senaste revideringsdatum"},
    {"policy", "valid_from", "datumet då policyn börjar gälla"},
    {"policy", "valid_until", "policyns slutdatum"},
    {"policy", "revision_interval", "policyns revideringsintervall"},
    {"policy", "follow_up_interval", "policyns uppföljningsintervall"},
    {"policy", "owner", "policyns dokumentansvarige"},
    {"policy", "follow_up_by", "organet som ska följa upp policyn"},
    {"policy", "previous_versions", "policyns tidigare versioner"},
    {"policy", "applies_to", "organen som policyn gäller för"},
    {"policy", "focus_areas", "policyns fokusområden"},
    {"policy", "follow_ups", "policyns uppföljningar"},
    {"policy", "revisions", "policyns revideringar"},
    {"policy", "derived_documents", "dokumenten som härletts ur policyn"},
    {"policy", "actions", "policyns åtgärder"},
    {"organisation", "municipality", "organisationens kommun"},
    {"organisation", "bodies", "organisationens organ"},
    {"municipality", "name", "kommunens namn"},
    {"municipality", "code", "kommunkoden"},
    {"period", "from", "periodens första dag"},
    {"period", "to", "periodens sista dag"},
    {"period", "days", "periodens längd"},
    {"body", "id", "organets id"},
    {"body", "name", "organets namn"},
    {"body", "kind", "organets slag"},
    {"body", "wholly_owned", "uppgiften om bolaget är helägt"},
    {"body", "parent", "organets överordnade organ"},
    {"body", "responsibilities", "organets ansvarsområden"},
    {"body", "plans", "organets planer"},
    {"body", "statutory", "uppgiften om nämnden är lagstadgad"},
    {"body", "host", "värdkommunen för den gemensamma nämnden"},
    {"body", "owner", "bolagets ägare"},
    {"body", "is_committee", "uppgiften om organet är en nämnd"},
    {"body", "wholly_owned_company", "uppgiften om bolaget är helägt av kommunen"},
    {"plan", "municipality", "planens kommun"},
    {"plan", "id", "planens id"},
    {"plan", "body", "organet som planen tillhör"},
    {"plan", "document_type", "planens dokumenttyp"},
    {"plan", "period", "planens period"},
    {"plan", "adopted_by", "organet som antog planen"},
    {"plan", "adopted_on", "planens antagandedatum"},
    {"plan", "goals", "planens mål"},
    {"plan", "actions", "planens åtgärder"},
    {"plan", "reports", "planens redovisningar"},
    {"plan", "follow_ups", "planens uppföljningar"},
    {"plan", "records", "planens register"},
    {"plan", "revisions", "planens revideringar"},
    {"goal", "id", "målets id"},
    {"goal", "text", "målets text"},
    {"goal", "derived_from", "inriktningsmålet som målet utgår från"},
    {"goal", "focus_area", "målets fokusområde"},
    {"goal", "indicators", "målets indikatorer"},
    {"goal", "serves", "det som målet är kopplat till"},
    {"goal", "serves_policy", "uppgiften om målet tjänar policyn"},
    {"action", "id", "åtgärdens id"},
    {"action", "description", "åtgärdens beskrivning"},
    {"action", "focus_area", "åtgärdens fokusområde"},
    {"action", "responsible", "åtgärdens ansvariga organ"},
    {"action", "starts_on", "åtgärdens startdatum"},
    {"action", "deadline", "åtgärdens tidsgräns"},
    {"action", "measure", "åtgärdens mått"},
    {"action", "follow_up_interval", "åtgärdens uppföljningsintervall"},
    {"action", "status", "åtgärdens status"},
    {"action", "completed_on", "datumet då åtgärden blev klar"},
    {"action", "serves", "det som åtgärden är kopplad till"},
    {"action", "serves_policy", "uppgiften om åtgärden tjänar policyn"},
    {"follow_up", "date", "uppföljningens datum"},
    {"follow_up", "reported_to", "organet som uppföljningen rapporterades till"},
    {"follow_up", "minute_ref", "uppföljningens protokollsparagraf"},
    {"follow_up", "summary", "uppföljningens sammanfattning"},
    {"follow_up", "covers", "perioden som uppföljningen avser"},
    {"follow_up", "covered", "perioden som uppföljningen räknas för"},
    {"revision", "date", "revideringens datum"},
    {"revision", "version", "revideringens versionsnummer"},
    {"revision", "minute_ref", "revideringens protokollsparagraf"},
    {"revision", "adopted_by", "organet som beslutade revideringen"},
    {"derived_document", "document_type", "det härledda dokumentets typ"},
    {"derived_document", "title", "det härledda dokumentets titel"},
    {"derived_document", "adopted_by", "organet som antog det härledda dokumentet"},
    {"derived_document", "adopted_on", "det härledda dokumentets antagandedatum"},
    {"report", "date", "redovisningens datum"},
    {"report", "to", "organet som redovisningen lämnades till"},
    {"report", "summary", "redovisningens sammanfattning"},
    {"report", "covers", "perioden som redovisningen avser"},
    {"report", "covered", "perioden som redovisningen räknas för"},
    {"record", "id", "postens id"},
    {"record", "applied_on", "ansökningsdatumet"},
    {"record", "placed_on", "placeringsdatumet"},
    {"record", "requested_on", "datumet då vårdnadshavaren anmälde önskemål om plats"},
    {"record", "wanted_from", "datumet som vårdnadshavaren önskade plats från"},
    {"record", "offered_on", "datumet då plats erbjöds"},
    {"text", "value", "texten"},
};

// Numbers a sentence spells out; larger ones stay digits.
std::string number_word(std::int64_t n, bool neuter) {
    static constexpr std::array<std::string_view, 13> words{"noll", "en",   "två", "tre",  "fyra",
                                                            "fem",  "sex",  "sju", "åtta", "nio",
                                                            "tio",  "elva", "tolv"};
    if (n == 1)
        return neuter ? "ett" : "en";
    if (n >= 0 && n < static_cast<std::int64_t>(words.size()))
        return std::string(words[static_cast<std::size_t>(n)]);
    return group_thousands(n);
}

struct unit {
    double days;
    bool neuter;
    std::string_view singular, plural, half; // "ett halvt år", "en halv månad"
};

constexpr unit year_unit{365.2425, true, "år", "år", "ett halvt"};
constexpr unit month_unit{365.2425 / 12, false, "månad", "månader", "en halv"};

// About `amount` units: "fyra år", "drygt åtta år", "fyra och ett halvt år",
// "knappt nio år". Within 2 % of a whole number it is that number.
std::string approximately(double amount, const unit& u) {
    auto whole = static_cast<std::int64_t>(std::floor(amount));
    const double fraction = amount - static_cast<double>(whole);
    auto plain = [&](std::int64_t n) {
        return number_word(n, u.neuter) + " " + std::string(n == 1 ? u.singular : u.plural);
    };
    if (fraction < 0.02)
        return plain(whole);
    if (fraction > 0.98)
        return plain(whole + 1);
    if (fraction < 0.4)
        return "drygt " + plain(whole);
    if (fraction <= 0.6 && whole >= 1)
        return number_word(whole, u.neuter) + " och " + std::string(u.half) + " " +
               std::string(u.singular);
    return "knappt " + plain(whole + 1);
}

const swedish_name* find_name(std::span<const swedish_name> table, std::string_view of,
                              std::string_view name) {
    for (const auto& row : table)
        if (row.of == of && row.name == name)
            return &row;
    return nullptr;
}

} // namespace

std::optional<std::string_view> swedish_data_value(std::string_view field, std::string_view value) {
    if (const auto* row = find_name(value_names, field, value))
        return row->swedish;
    return std::nullopt;
}

bool is_enumerated_field(std::string_view field) {
    return std::any_of(std::begin(value_names), std::end(value_names),
                       [&](const swedish_name& row) { return row.of == field; });
}

std::string_view swedish_datum_name(std::string_view object_type, std::string_view field) {
    const auto* row = find_name(datum_names, object_type, field);
    return row != nullptr ? row->swedish : std::string_view{};
}

std::string group_thousands(std::int64_t n) {
    const bool negative = n < 0;
    std::string digits = std::to_string(negative ? -n : n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ' ';
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

std::string days_in_words(std::int64_t days) {
    const std::string exact = group_thousands(days) + (std::llabs(days) == 1 ? " dag" : " dagar");
    if (days == 1)
        return "en dag";
    if (days < 28)
        return exact;
    const double amount = static_cast<double>(days);
    // From eleven months on, a person counts in years ("knappt ett år").
    const std::string words = days < 335 ? approximately(amount / month_unit.days, month_unit)
                                         : approximately(amount / year_unit.days, year_unit);
    return words + " (" + exact + ")";
}

} // namespace granska::checker
