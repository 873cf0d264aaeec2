#include "checker/load/workbook_layout.hpp"

#include <algorithm>
#include <array>
#include <cassert>

namespace granska::checker::workbook {

namespace {

using vk = value_kind;

// Swedish legal categories are their own labels; the action status is English
// in the format, so the sheet shows Swedish words.
constexpr std::array policy_document_types{
    choice{"policy", "policy"},
    choice{"program", "program"},
    choice{"strategi", "strategi"},
    choice{"riktlinje", "riktlinje"},
    choice{"plan", "plan"},
    choice{"handlingsplan", "handlingsplan"},
    choice{"åtgärdsplan", "åtgärdsplan"},
    choice{"rutin", "rutin"},
};
constexpr std::array plan_document_types{
    choice{"åtgärdsplan", "åtgärdsplan"},
    choice{"handlingsplan", "handlingsplan"},
    choice{"verksamhetsplan", "verksamhetsplan"},
};
// catalogue-v2.md §4 adds the last four kinds.
constexpr std::array body_kinds{
    choice{"kommunfullmäktige", "kommunfullmäktige"},
    choice{"kommunstyrelse", "kommunstyrelse"},
    choice{"nämnd", "nämnd"},
    choice{"utskott", "utskott"},
    choice{"förvaltning", "förvaltning"},
    choice{"bolag", "bolag"},
    choice{"gemensam nämnd", "gemensam nämnd"},
    choice{"kommunalförbund", "kommunalförbund"},
    choice{"beredning", "beredning"},
    choice{"enhet", "enhet"},
};
constexpr std::array statuses{
    choice{"planerad", "planned"},
    choice{"pågående", "ongoing"},
    choice{"genomförd", "done"},
    choice{"avbruten", "cancelled"},
};

constexpr std::array policy_columns{
    column{
        "Kommun", "municipality/name", vk::text, {}, false, false, false, false, "kommunens namn"},
    column{"Kommunkod",
           "municipality/code",
           vk::code,
           {},
           false,
           false,
           false,
           false,
           "fyrsiffrig kommunkod, t.ex. 1466"},
    column{"Id",
           "id",
           vk::id,
           {},
           false,
           false,
           false,
           false,
           "stabilt id, t.ex. herrljunga-integrationspolicy"},
    column{"Titel", "title"},
    column{"Handlingstyp", "document_type", vk::choice, policy_document_types},
    column{"Diarienummer", "registration_number"},
    column{"Beslutas av",
           "adopted_by",
           vk::id,
           {},
           false,
           false,
           false,
           false,
           "organtyp eller organets id"},
    column{"Fastställd", "adopted_on", vk::date, {}, true},
    column{"Paragraf", "minute_ref", vk::text, {}, false, false, false, false, "t.ex. § 90"},
    column{"Version", "version", vk::integer, {}, true},
    column{"Senast reviderad", "revised_on", vk::date, {}, true},
    column{"Gäller från", "valid_from", vk::date, {}, true},
    column{"Gäller till",
           "valid_until",
           vk::date,
           {},
           true,
           false,
           false,
           false,
           "\"ingen\" när dokumentet inte anger något slutdatum"},
    column{"Revideringsintervall",
           "revision_interval",
           vk::duration,
           {},
           true,
           false,
           false,
           false,
           "ISO 8601, t.ex. P4Y"},
    column{"Uppföljningsintervall",
           "follow_up_interval",
           vk::duration,
           {},
           true,
           false,
           false,
           false,
           "ISO 8601, t.ex. P1Y"},
    column{"Dokumentansvarig", "owner"},
    column{"Följs upp av", "follow_up_by"},
    column{"Tidigare versioner",
           "previous_versions",
           vk::lines,
           {},
           false,
           false,
           false,
           false,
           "diarienummer, ett per rad i cellen"},
    column{"Gäller för",
           "applies_to",
           vk::lines,
           {},
           false,
           false,
           false,
           false,
           "organtyper eller organens id, ett per rad"},
    column{"Fokusområden", "focus_areas", vk::lines, {}, false, false, false, false, "ett per rad"},
};

constexpr std::array body_columns{
    column{"Id", "id", vk::id},
    column{"Namn", "name"},
    column{"Typ", "kind", vk::choice, body_kinds},
    column{"Helägt",
           "wholly_owned",
           vk::boolean,
           {},
           true,
           false,
           false,
           false,
           "för bolag: ja eller nej"},
    column{"Överordnat organ", "parent", vk::id, {}, false, false, false, false, "organets id"},
    column{"Ansvarsområden",
           "responsibilities",
           vk::lines,
           {},
           false,
           false,
           false,
           false,
           "ett per rad"},
    column{"Lagstadgad",
           "statutory",
           vk::boolean,
           {},
           false,
           true,
           false,
           false,
           "ja för valnämnd, överförmyndarnämnd, krisledningsnämnd"},
    column{"Värdkommun",
           "host",
           vk::code,
           {},
           false,
           true,
           false,
           false,
           "för gemensam nämnd: värdkommunens kod"},
    column{"Ägare", "owner", vk::id, {}, false, true, false, false, "för bolag: ägande organs id"},
};

constexpr std::array plan_columns{
    column{"Id", "id", vk::id},
    column{"Organ", "body", vk::id, {}, false, false, false, false, "id på bladet Organ"},
    column{"Handlingstyp", "document_type", vk::choice, plan_document_types},
    column{"Period från", "period/from", vk::date},
    column{"Period till", "period/to", vk::date},
    column{"Beslutas av", "adopted_by", vk::id},
    column{"Fastställd", "adopted_on", vk::date, {}, true},
};

constexpr std::array goal_columns{
    column{"Id", "id", vk::id},
    column{"Text", "text"},
    column{"Härlett från", "derived_from"},
    column{"Fokusområde", "focus_area"},
    column{"Indikatorer", "indicators", vk::lines, {}, false, false, false, false, "en per rad"},
    column{"Tjänar",
           "serves",
           vk::lines,
           {},
           false,
           true,
           false,
           false,
           "t.ex. policy:herrljunga-integrationspolicy, en per rad"},
};

constexpr std::array action_columns{
    column{"Id", "id", vk::id},
    column{"Beskrivning", "description"},
    column{"Fokusområde", "focus_area"},
    column{"Ansvarig", "responsible", vk::id, {}, false, false, false, false, "organets id"},
    column{"Startdatum", "starts_on", vk::date, {}, true},
    column{"Tidsgräns", "deadline", vk::date, {}, true},
    column{"Mått", "measure", vk::text, {}, false, false, false, false, "hur effekten mäts"},
    column{"Uppföljningsintervall", "follow_up_interval", vk::duration, {}, true},
    column{"Status", "status", vk::choice, statuses},
    column{"Genomförd den", "completed_on", vk::date, {}, true},
    column{"Tjänar", "serves", vk::lines, {}, false, true},
};

constexpr std::array follow_up_columns{
    column{"Datum", "date", vk::date},
    column{"Rapporterad till", "reported_to", vk::id},
    column{"Paragraf",
           "minute_ref",
           vk::text,
           {},
           false,
           false,
           true,
           false,
           "bara policyns uppföljningar"},
    column{"Sammanfattning", "summary"},
    column{"Avser från", "covers/from", vk::date, {}, false, true},
    column{"Avser till", "covers/to", vk::date, {}, false, true},
};

constexpr std::array report_columns{
    column{"Datum", "date", vk::date},
    column{"Till", "to", vk::id},
    column{"Sammanfattning", "summary"},
    column{"Avser från", "covers/from", vk::date, {}, false, true},
    column{"Avser till", "covers/to", vk::date, {}, false, true},
};

constexpr std::array revision_columns{
    column{"Datum", "date", vk::date},
    column{"Version", "version", vk::integer, {}, true},
    column{"Paragraf", "minute_ref"},
    // The format has it (catalogue v2's revisions); without the column the
    // template refused every case that records who adopted a revision.
    column{"Beslutad av",
           "adopted_by",
           vk::id,
           {},
           false,
           true,
           false,
           false,
           "organtyp eller organets id"},
};

constexpr std::array derived_columns{
    column{"Handlingstyp", "document_type", vk::choice, policy_document_types},
    column{"Titel", "title"},
    column{"Beslutas av", "adopted_by", vk::id},
    column{"Fastställd", "adopted_on", vk::date, {}, true},
};

constexpr std::array childcare_columns{
    column{"Id", "id", vk::id, {}, false, false, false, false, "ärendets id, aldrig personnummer"},
    column{"Ansökt", "applied_on", vk::date},
    column{"Placerad", "placed_on", vk::date, {}, true},
    column{"Begärd", "requested_on", vk::date, {}, false, true},
    column{"Önskat från", "wanted_from", vk::date, {}, false, true},
    column{"Erbjuden", "offered_on", vk::date, {}, false, true},
};

constexpr std::array all_sheets{
    sheet{"Policy", sheet_role::policy, owner_kind::none, "", policy_columns,
          "policyn eller programmet: en enda rad"},
    sheet{"Organ", sheet_role::bodies, owner_kind::none, "bodies", body_columns,
          "kommunens organ: ett per rad"},
    sheet{"Planer", sheet_role::plans, owner_kind::none, "", plan_columns,
          "planerna som organen lämnar: en per rad"},
    sheet{"Mål", sheet_role::goals, owner_kind::plan, "goals", goal_columns,
          "planernas mål; kolumnen Plan anger planens id"},
    sheet{"Åtgärder", sheet_role::actions, owner_kind::policy_or_plan, "actions", action_columns,
          "åtgärder; kolumnen Plan anger planens id, eller policyns id för policyns egna åtgärder"},
    sheet{"Uppföljningar", sheet_role::follow_ups, owner_kind::policy_or_plan, "follow_ups",
          follow_up_columns, "uppföljningar av en plan, eller av policyn (policyns id)"},
    sheet{"Redovisningar", sheet_role::reports, owner_kind::plan, "reports", report_columns,
          "planernas redovisningar, t.ex. till kommunstyrelsen"},
    sheet{"Revideringar", sheet_role::revisions, owner_kind::policy_or_plan, "revisions",
          revision_columns, "revideringar av policyn (policyns id) eller av en plan"},
    sheet{"Härledda dokument", sheet_role::derived_documents, owner_kind::policy,
          "derived_documents", derived_columns,
          "riktlinjer, rutiner, strategier och handlingsplaner gjorda utifrån policyn"},
    sheet{"Barnomsorg", sheet_role::childcare, owner_kind::plan, "childcare_placements",
          childcare_columns, "avidentifierade placeringar i barnomsorgen, per plan"},
};

} // namespace

std::span<const sheet> sheets() {
    return all_sheets;
}

const sheet& sheet_of(sheet_role role) {
    const auto it = std::find_if(all_sheets.begin(), all_sheets.end(),
                                 [&](const sheet& s) { return s.role == role; });
    assert(it != all_sheets.end());
    return *it;
}

} // namespace granska::checker::workbook
