// Why tables: a message must never show a data value in English or a field
// in the rule language, and one table per kind of rendering keeps every
// Swedish word in one place, where a test can check it is complete.
#include "checker/base/swedish.hpp"

#include <array>
#include <cmath>
#include <cstdlib>
#include <utility>

namespace granska::checker {

namespace {

struct value_name {
    std::string_view field;
    std::string_view value;
    std::string_view swedish;
};

// Enumerated fields whose values granska/1 spells in English.
constexpr std::array value_names{
    value_name{"status", "planned", "planerad"},
    value_name{"status", "ongoing", "pågående"},
    value_name{"status", "done", "genomförd"},
    value_name{"status", "cancelled", "avbruten"},
};

struct datum_name {
    std::string_view object_type;
    std::string_view field;
    std::string_view swedish;
};

// Fields of the rule language's data model, named as a sentence needs them
// ("Policyns antagandedatum saknas"). Fields granska/1 may gain (serves,
// covers, host, owner, statutory, the childcare dates) are named too.
constexpr std::array datum_names{
    datum_name{"policy", "municipality", "policyns kommun"},
    datum_name{"policy", "id", "policyns id"},
    datum_name{"policy", "title", "policyns titel"},
    datum_name{"policy", "document_type", "policyns dokumenttyp"},
    datum_name{"policy", "registration_number", "policyns diarienummer"},
    datum_name{"policy", "adopted_by", "organet som antog policyn"},
    datum_name{"policy", "adopted_on", "policyns antagandedatum"},
    datum_name{"policy", "minute_ref", "protokollsparagrafen för policyns antagande"},
    datum_name{"policy", "version", "policyns versionsnummer"},
    datum_name{"policy", "revised_on", "policyns senaste revideringsdatum"},
    datum_name{"policy", "valid_from", "datumet då policyn börjar gälla"},
    datum_name{"policy", "valid_until", "policyns slutdatum"},
    datum_name{"policy", "revision_interval", "policyns revideringsintervall"},
    datum_name{"policy", "follow_up_interval", "policyns uppföljningsintervall"},
    datum_name{"policy", "owner", "policyns dokumentansvarige"},
    datum_name{"policy", "follow_up_by", "organet som ska följa upp policyn"},
    datum_name{"policy", "previous_versions", "policyns tidigare versioner"},
    datum_name{"policy", "applies_to", "organen som policyn gäller för"},
    datum_name{"policy", "focus_areas", "policyns fokusområden"},
    datum_name{"policy", "follow_ups", "policyns uppföljningar"},
    datum_name{"policy", "revisions", "policyns revideringar"},
    datum_name{"policy", "derived_documents", "dokumenten som härletts ur policyn"},
    datum_name{"policy", "actions", "policyns åtgärder"},
    datum_name{"organisation", "municipality", "organisationens kommun"},
    datum_name{"organisation", "bodies", "organisationens organ"},
    datum_name{"municipality", "name", "kommunens namn"},
    datum_name{"municipality", "code", "kommunkoden"},
    datum_name{"period", "from", "periodens första dag"},
    datum_name{"period", "to", "periodens sista dag"},
    datum_name{"period", "days", "periodens längd"},
    datum_name{"body", "id", "organets id"},
    datum_name{"body", "name", "organets namn"},
    datum_name{"body", "kind", "organets slag"},
    datum_name{"body", "wholly_owned", "uppgiften om bolaget är helägt"},
    datum_name{"body", "parent", "organets överordnade organ"},
    datum_name{"body", "responsibilities", "organets ansvarsområden"},
    datum_name{"body", "plans", "organets planer"},
    datum_name{"body", "statutory", "uppgiften om nämnden är lagstadgad"},
    datum_name{"body", "host", "värdkommunen för den gemensamma nämnden"},
    datum_name{"body", "owner", "bolagets ägare"},
    datum_name{"body", "is_committee", "uppgiften om organet är en nämnd"},
    datum_name{"body", "wholly_owned_company", "uppgiften om bolaget är helägt av kommunen"},
    datum_name{"plan", "municipality", "planens kommun"},
    datum_name{"plan", "id", "planens id"},
    datum_name{"plan", "body", "organet som planen tillhör"},
    datum_name{"plan", "document_type", "planens dokumenttyp"},
    datum_name{"plan", "period", "planens period"},
    datum_name{"plan", "adopted_by", "organet som antog planen"},
    datum_name{"plan", "adopted_on", "planens antagandedatum"},
    datum_name{"plan", "goals", "planens mål"},
    datum_name{"plan", "actions", "planens åtgärder"},
    datum_name{"plan", "reports", "planens redovisningar"},
    datum_name{"plan", "follow_ups", "planens uppföljningar"},
    datum_name{"plan", "records", "planens register"},
    datum_name{"plan", "revisions", "planens revideringar"},
    datum_name{"goal", "id", "målets id"},
    datum_name{"goal", "text", "målets text"},
    datum_name{"goal", "derived_from", "inriktningsmålet som målet utgår från"},
    datum_name{"goal", "focus_area", "målets fokusområde"},
    datum_name{"goal", "indicators", "målets indikatorer"},
    datum_name{"goal", "serves", "det som målet är kopplat till"},
    datum_name{"goal", "serves_policy", "uppgiften om målet tjänar policyn"},
    datum_name{"action", "id", "åtgärdens id"},
    datum_name{"action", "description", "åtgärdens beskrivning"},
    datum_name{"action", "focus_area", "åtgärdens fokusområde"},
    datum_name{"action", "responsible", "åtgärdens ansvariga organ"},
    datum_name{"action", "starts_on", "åtgärdens startdatum"},
    datum_name{"action", "deadline", "åtgärdens tidsgräns"},
    datum_name{"action", "measure", "åtgärdens mått"},
    datum_name{"action", "follow_up_interval", "åtgärdens uppföljningsintervall"},
    datum_name{"action", "status", "åtgärdens status"},
    datum_name{"action", "completed_on", "datumet då åtgärden blev klar"},
    datum_name{"action", "serves", "det som åtgärden är kopplad till"},
    datum_name{"action", "serves_policy", "uppgiften om åtgärden tjänar policyn"},
    datum_name{"follow_up", "date", "uppföljningens datum"},
    datum_name{"follow_up", "reported_to", "organet som uppföljningen rapporterades till"},
    datum_name{"follow_up", "minute_ref", "uppföljningens protokollsparagraf"},
    datum_name{"follow_up", "summary", "uppföljningens sammanfattning"},
    datum_name{"follow_up", "covers", "perioden som uppföljningen avser"},
    datum_name{"follow_up", "covered", "perioden som uppföljningen räknas för"},
    datum_name{"revision", "date", "revideringens datum"},
    datum_name{"revision", "version", "revideringens versionsnummer"},
    datum_name{"revision", "minute_ref", "revideringens protokollsparagraf"},
    datum_name{"revision", "adopted_by", "organet som beslutade revideringen"},
    datum_name{"derived_document", "document_type", "det härledda dokumentets typ"},
    datum_name{"derived_document", "title", "det härledda dokumentets titel"},
    datum_name{"derived_document", "adopted_by", "organet som antog det härledda dokumentet"},
    datum_name{"derived_document", "adopted_on", "det härledda dokumentets antagandedatum"},
    datum_name{"report", "date", "redovisningens datum"},
    datum_name{"report", "to", "organet som redovisningen lämnades till"},
    datum_name{"report", "summary", "redovisningens sammanfattning"},
    datum_name{"report", "covers", "perioden som redovisningen avser"},
    datum_name{"report", "covered", "perioden som redovisningen räknas för"},
    datum_name{"record", "id", "postens id"},
    datum_name{"record", "applied_on", "ansökningsdatumet"},
    datum_name{"record", "placed_on", "placeringsdatumet"},
    datum_name{"record", "requested_on", "datumet då vårdnadshavaren anmälde önskemål om plats"},
    datum_name{"record", "wanted_from", "datumet som vårdnadshavaren önskade plats från"},
    datum_name{"record", "offered_on", "datumet då plats erbjöds"},
    datum_name{"text", "value", "texten"},
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

} // namespace

std::optional<std::string_view> swedish_data_value(std::string_view field, std::string_view value) {
    for (const auto& v : value_names)
        if (v.field == field && v.value == value)
            return v.swedish;
    return std::nullopt;
}

bool is_enumerated_field(std::string_view field) {
    for (const auto& v : value_names)
        if (v.field == field)
            return true;
    return false;
}

std::string_view swedish_datum_name(std::string_view object_type, std::string_view field) {
    for (const auto& d : datum_names)
        if (d.object_type == object_type && d.field == field)
            return d.swedish;
    return {};
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
