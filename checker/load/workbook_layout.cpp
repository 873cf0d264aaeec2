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
    column{.header = "Kommun",
           .field = "municipality/name",
           .kind = vk::text,
           .help = "kommunens namn"},
    column{.header = "Kommunkod",
           .field = "municipality/code",
           .kind = vk::code,
           .help = "fyrsiffrig kommunkod, t.ex. 1466"},
    column{.header = "Id",
           .field = "id",
           .kind = vk::id,
           .help = "stabilt id, t.ex. herrljunga-integrationspolicy"},
    column{"Titel", "title"},
    column{"Handlingstyp", "document_type", vk::choice, policy_document_types},
    column{"Diarienummer", "registration_number"},
    column{.header = "Beslutas av",
           .field = "adopted_by",
           .kind = vk::id,
           .help = "organtyp eller organets id"},
    column{.header = "Fastställd", .field = "adopted_on", .kind = vk::date, .nullable = true},
    column{.header = "Paragraf", .field = "minute_ref", .kind = vk::text, .help = "t.ex. § 90"},
    column{.header = "Version", .field = "version", .kind = vk::integer, .nullable = true},
    column{.header = "Senast reviderad", .field = "revised_on", .kind = vk::date, .nullable = true},
    column{.header = "Gäller från", .field = "valid_from", .kind = vk::date, .nullable = true},
    column{.header = "Gäller till",
           .field = "valid_until",
           .kind = vk::date,
           .nullable = true,
           .help = "\"ingen\" när dokumentet inte anger något slutdatum"},
    column{.header = "Revideringsintervall",
           .field = "revision_interval",
           .kind = vk::duration,
           .nullable = true,
           .help = "ISO 8601, t.ex. P4Y"},
    column{.header = "Uppföljningsintervall",
           .field = "follow_up_interval",
           .kind = vk::duration,
           .nullable = true,
           .help = "ISO 8601, t.ex. P1Y"},
    column{"Dokumentansvarig", "owner"},
    column{"Följs upp av", "follow_up_by"},
    column{.header = "Tidigare versioner",
           .field = "previous_versions",
           .kind = vk::lines,
           .help = "diarienummer, ett per rad i cellen"},
    column{.header = "Gäller för",
           .field = "applies_to",
           .kind = vk::lines,
           .help = "organtyper eller organens id, ett per rad"},
    column{
        .header = "Fokusområden", .field = "focus_areas", .kind = vk::lines, .help = "ett per rad"},
};

constexpr std::array body_columns{
    column{"Id", "id", vk::id},
    column{"Namn", "name"},
    column{"Typ", "kind", vk::choice, body_kinds},
    column{.header = "Helägt",
           .field = "wholly_owned",
           .kind = vk::boolean,
           .nullable = true,
           .help = "för bolag: ja eller nej"},
    column{.header = "Överordnat organ", .field = "parent", .kind = vk::id, .help = "organets id"},
    column{.header = "Ansvarsområden",
           .field = "responsibilities",
           .kind = vk::lines,
           .help = "ett per rad"},
    column{.header = "Lagstadgad",
           .field = "statutory",
           .kind = vk::boolean,
           .catalogue_v2 = true,
           .help = "ja för valnämnd, överförmyndarnämnd, krisledningsnämnd"},
    column{.header = "Värdkommun",
           .field = "host",
           .kind = vk::code,
           .catalogue_v2 = true,
           .help = "för gemensam nämnd: värdkommunens kod"},
    column{.header = "Ägare",
           .field = "owner",
           .kind = vk::id,
           .catalogue_v2 = true,
           .help = "för bolag: ägande organs id"},
};

constexpr std::array plan_columns{
    column{"Id", "id", vk::id},
    column{.header = "Organ", .field = "body", .kind = vk::id, .help = "id på bladet Organ"},
    column{"Handlingstyp", "document_type", vk::choice, plan_document_types},
    column{"Period från", "period/from", vk::date},
    column{"Period till", "period/to", vk::date},
    column{"Beslutas av", "adopted_by", vk::id},
    column{.header = "Fastställd", .field = "adopted_on", .kind = vk::date, .nullable = true},
};

constexpr std::array goal_columns{
    column{"Id", "id", vk::id},
    column{"Text", "text"},
    column{"Härlett från", "derived_from"},
    column{"Fokusområde", "focus_area"},
    column{.header = "Indikatorer", .field = "indicators", .kind = vk::lines, .help = "en per rad"},
    column{.header = "Tjänar",
           .field = "serves",
           .kind = vk::lines,
           .catalogue_v2 = true,
           .help = "t.ex. policy:herrljunga-integrationspolicy, en per rad"},
};

constexpr std::array action_columns{
    column{"Id", "id", vk::id},
    column{"Beskrivning", "description"},
    column{"Fokusområde", "focus_area"},
    column{.header = "Ansvarig", .field = "responsible", .kind = vk::id, .help = "organets id"},
    column{.header = "Startdatum", .field = "starts_on", .kind = vk::date, .nullable = true},
    column{.header = "Tidsgräns", .field = "deadline", .kind = vk::date, .nullable = true},
    column{.header = "Mått", .field = "measure", .kind = vk::text, .help = "hur effekten mäts"},
    column{.header = "Uppföljningsintervall",
           .field = "follow_up_interval",
           .kind = vk::duration,
           .nullable = true},
    column{"Status", "status", vk::choice, statuses},
    column{.header = "Genomförd den", .field = "completed_on", .kind = vk::date, .nullable = true},
    column{.header = "Tjänar", .field = "serves", .kind = vk::lines, .catalogue_v2 = true},
};

constexpr std::array follow_up_columns{
    column{"Datum", "date", vk::date},
    column{"Rapporterad till", "reported_to", vk::id},
    column{.header = "Paragraf",
           .field = "minute_ref",
           .kind = vk::text,
           .policy_only = true,
           .help = "bara policyns uppföljningar"},
    column{"Sammanfattning", "summary"},
    column{.header = "Avser från", .field = "covers/from", .kind = vk::date, .catalogue_v2 = true},
    column{.header = "Avser till", .field = "covers/to", .kind = vk::date, .catalogue_v2 = true},
};

constexpr std::array report_columns{
    column{"Datum", "date", vk::date},
    column{"Till", "to", vk::id},
    column{"Sammanfattning", "summary"},
    column{.header = "Avser från", .field = "covers/from", .kind = vk::date, .catalogue_v2 = true},
    column{.header = "Avser till", .field = "covers/to", .kind = vk::date, .catalogue_v2 = true},
};

constexpr std::array revision_columns{
    column{"Datum", "date", vk::date},
    column{.header = "Version", .field = "version", .kind = vk::integer, .nullable = true},
    column{"Paragraf", "minute_ref"},
    // The format has it (catalogue v2's revisions); without the column the
    // template refused every case that records who adopted a revision.
    column{.header = "Beslutad av",
           .field = "adopted_by",
           .kind = vk::id,
           .catalogue_v2 = true,
           .help = "organtyp eller organets id"},
};

constexpr std::array derived_columns{
    column{"Handlingstyp", "document_type", vk::choice, policy_document_types},
    column{"Titel", "title"},
    column{"Beslutas av", "adopted_by", vk::id},
    column{.header = "Fastställd", .field = "adopted_on", .kind = vk::date, .nullable = true},
};

constexpr std::array childcare_columns{
    column{
        .header = "Id", .field = "id", .kind = vk::id, .help = "ärendets id, aldrig personnummer"},
    column{"Ansökt", "applied_on", vk::date},
    column{.header = "Placerad", .field = "placed_on", .kind = vk::date, .nullable = true},
    column{.header = "Begärd", .field = "requested_on", .kind = vk::date, .catalogue_v2 = true},
    column{.header = "Önskat från", .field = "wanted_from", .kind = vk::date, .catalogue_v2 = true},
    column{.header = "Erbjuden", .field = "offered_on", .kind = vk::date, .catalogue_v2 = true},
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
