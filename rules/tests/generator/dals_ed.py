"""DAL-01..05: Dals-Ed, Policy för integrationsarbetet (1438)."""

from .build import KF, KS, OMIT, SN, Pack, action, body, goal, plan

POLICY = "dals-ed-integrationspolicy"

pack = Pack("dals-ed", "Dals-Eds kommun", "1438", {
    "id": POLICY,
    "title": "Policy för integrationsarbetet I Dals-Eds Kommun",
    "document_type": "program",
    "registration_number": "12/123",
    "adopted_by": "kommunfullmaktige",
    "adopted_on": "2019-05-20",
    "valid_until": None,
    "owner": "Kommunstyrelsen",
})
t = pack.test

BUN = body("barn-och-utbildningsnamnden", "Barn- och utbildningsnämnden", "nämnd")
MOTTAGANDE = "mottagande av nyanlända"

# --- DAL-01: the policy's own action plan exists and every action has a deadline

t("dal-01-timed-actions", "Policyns handlingsplan har två åtgärder med tidsgräns: håller",
  as_of="2026-11-22", policy={"actions": [action("pol-a1"), action("pol-a2")]}, findings=[])
t("dal-01-empty-actions", "Policyns åtgärdslista är tom: fel om policyn",
  as_of="2026-11-22", policy={"actions": []}, findings=[("DAL-01", POLICY)])
t("dal-01-no-actions-field", "Policyn har ingen åtgärdslista; planernas åtgärder räknas inte",
  as_of="2026-11-22",
  plans=[plan("sn-2026", "socialnamnden", "handlingsplan", "2026-01-01", "2026-12-31",
              actions=[action("sn-a1")])],
  findings=[("DAL-01", POLICY)])
t("dal-01-action-without-deadline", "En av policyns åtgärder saknar tidsgräns: fel om åtgärden",
  as_of="2026-11-22",
  policy={"actions": [action("pol-a1"), action("pol-a2", deadline=OMIT)]},
  findings=[("DAL-01", "pol-a2")])

# --- DAL-02: exactly one body holds "mottagande av nyanlända", and it is a nämnd

t("dal-02-one-namnd", "Socialnämnden ensam ansvarar för mottagandet: håller",
  as_of="2026-11-22",
  bodies=[KF, KS, {**SN, "responsibilities": ["försörjningsstöd", MOTTAGANDE]}, BUN],
  findings=[])
t("dal-02-nobody", "Inget organ har ansvaret: fel om policyn",
  as_of="2026-11-22", bodies=[KF, KS, SN, BUN], findings=[("DAL-02", POLICY)])
t("dal-02-several", "Två nämnder har ansvaret: fel om policyn (inte samlat)",
  as_of="2026-11-22",
  bodies=[KF, KS, {**SN, "responsibilities": [MOTTAGANDE]},
          {**BUN, "responsibilities": [MOTTAGANDE]}],
  findings=[("DAL-02", POLICY)])
t("dal-02-not-a-namnd", "Ansvaret ligger ensamt på kommunstyrelsen: fel om kommunstyrelsen",
  as_of="2026-11-22",
  bodies=[KF, {**KS, "responsibilities": [MOTTAGANDE]}, SN, BUN],
  findings=[("DAL-02", "kommunstyrelsen")])

# --- DAL-03: every nämnd has one plan with an action and a report to the kommunstyrelse


def board_plan(id, body_id, period_from="2025-01-01", period_to="2025-12-31", **fields):
    fields.setdefault("actions", [action(f"{id}-a1", responsible=body_id)])
    fields.setdefault("reports", [{"date": "2026-02-01", "to": "kommunstyrelse"}])
    return plan(id, body_id, "handlingsplan", period_from, period_to, **fields)


t("dal-03-all-reported", "Båda nämnderna har en plan med åtgärd och redovisning till "
  "kommunstyrelsen (en av dem en gammal plan, en till organets id)",
  as_of="2026-11-22", bodies=[KF, KS, SN, BUN],
  plans=[board_plan("sn-2025", "socialnamnden"),
         board_plan("bun-2019", "barn-och-utbildningsnamnden", "2019-01-01", "2019-12-31",
                    reports=[{"date": "2020-02-01", "to": "kommunstyrelsen"}])],
  findings=[])
t("dal-03-split-across-plans", "Socialnämnden har åtgärder i en plan och redovisningen i en annan; "
  "barn- och utbildningsnämnden har inga planer",
  as_of="2026-11-22", bodies=[KF, KS, SN, BUN],
  plans=[board_plan("sn-2025", "socialnamnden", reports=[]),
         board_plan("sn-2026", "socialnamnden", "2026-01-01", "2026-12-31", actions=[])],
  findings=[("DAL-03", "socialnamnden"), ("DAL-03", "barn-och-utbildningsnamnden")])
t("dal-03-reported-to-kommunfullmaktige", "Redovisningen gick till kommunfullmäktige, inte "
  "kommunstyrelsen",
  as_of="2026-11-22", bodies=[KF, KS, SN],
  plans=[board_plan("sn-2025", "socialnamnden",
                    reports=[{"date": "2026-02-01", "to": "kommunfullmaktige"}])],
  findings=[("DAL-03", "socialnamnden")])
t("dal-03-report-after-as-of", "Redovisningen är daterad efter referensdatumet: räknas inte",
  as_of="2026-01-31", bodies=[KF, KS, SN],
  plans=[board_plan("sn-2025", "socialnamnden")],
  findings=[("DAL-03", "socialnamnden")])

# --- DAL-04: childcare within 4 months of the application


def placements(*records):
    keys = ("id", "applied_on", "placed_on")
    rows = [{k: v for k, v in zip(keys, r) if v is not OMIT} for r in records]
    return [plan("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31",
                 records={"childcare_placements": rows})]


t("dal-04-placed-exactly-four-months", "Plats 2022-05-15 efter ansökan 2022-01-15: exakt 4 månader, "
  "håller",
  as_of="2026-11-22", plans=placements(("bo-1", "2022-01-15", "2022-05-15")), findings=[])
t("dal-04-placed-one-day-late", "Plats 2022-05-16 efter ansökan 2022-01-15: en dag för sent",
  as_of="2026-11-22", plans=placements(("bo-1", "2022-01-15", "2022-05-16")),
  findings=[("DAL-04", "bo-1")])
t("dal-04-month-end-clamped", "Ansökan 2021-10-31, plats 2022-02-28: fristen är 2022-02-28, håller",
  as_of="2026-11-22", plans=placements(("bo-1", "2021-10-31", "2022-02-28")), findings=[])
t("dal-04-month-end-one-day-late", "Ansökan 2021-10-31, plats 2022-03-01: efter fristen 2022-02-28",
  as_of="2026-11-22", plans=placements(("bo-1", "2021-10-31", "2022-03-01")),
  findings=[("DAL-04", "bo-1")])
t("dal-04-unplaced-overdue", "Utan plats; fristen 2026-11-21 gick ut före referensdatumet",
  as_of="2026-11-22", plans=placements(("bo-1", "2026-07-21", OMIT)),
  findings=[("DAL-04", "bo-1")])
t("dal-04-unplaced-within-deadline", "Utan plats (null); fristen går ut på referensdatumet: inte "
  "försenat än",
  as_of="2026-11-22", plans=placements(("bo-1", "2026-07-22", None)), findings=[])
t("dal-04-placed-after-as-of-overdue", "Plats daterad efter referensdatumet räknas inte; fristen "
  "har passerat, försenat",
  as_of="2026-11-22", plans=placements(("bo-1", "2026-06-01", "2026-12-01")),
  findings=[("DAL-04", "bo-1")])
t("dal-04-placed-after-as-of-within", "Plats efter referensdatumet (och efter fristen) är okänd "
  "på referensdatumet; fristen har inte passerat",
  as_of="2026-11-22", plans=placements(("bo-1", "2026-09-01", "2027-02-01")), findings=[])
t("dal-04-several-records", "Tre ärenden: ett i tid, ett sent placerat, ett väntande för länge",
  as_of="2026-11-22",
  plans=placements(("bo-1", "2026-01-10", "2026-03-01"), ("bo-2", "2026-01-10", "2026-06-01"),
                   ("bo-3", "2026-02-01", OMIT)),
  findings=[("DAL-04", "bo-2"), ("DAL-04", "bo-3")])

# --- DAL-05: a follow-up to the kommunstyrelse every complete calendar year after adoption
# Adopted 2019-05-20: with as-of in 2022 the complete years are 2020 and 2021.


def ks_follow_ups(*pairs):
    return [{"date": d, "reported_to": to} for d, to in pairs]


t("dal-05-every-year", "Uppföljningar 2020 och 2021-12-31 (årets sista dag) till kommunstyrelsen",
  as_of="2022-03-01",
  policy={"follow_ups": ks_follow_ups(("2020-06-01", "kommunstyrelse"),
                                      ("2021-12-31", "kommunstyrelsen"))},
  findings=[])
t("dal-05-year-missing", "Uppföljningen 2022-01-01 hör till 2022, inte 2021: 2021 saknas",
  as_of="2022-03-01",
  policy={"follow_ups": ks_follow_ups(("2020-06-01", "kommunstyrelse"),
                                      ("2022-01-01", "kommunstyrelse"))},
  findings=[("DAL-05", POLICY)])
t("dal-05-no-follow-ups", "Inga uppföljningar: ett fynd per helt kalenderår (2020, 2021)",
  as_of="2022-03-01", findings=[("DAL-05", POLICY)] * 2)
t("dal-05-no-complete-year-yet", "Referensdatum 2020-12-31: inget helt kalenderår efter antagandet",
  as_of="2020-12-31", findings=[])
t("dal-05-first-complete-year", "Referensdatum 2021-01-01: 2020 är helt och saknar uppföljning",
  as_of="2021-01-01", findings=[("DAL-05", POLICY)])
t("dal-05-reported-to-kommunfullmaktige", "Uppföljningen 2020 gick till kommunfullmäktige",
  as_of="2021-01-01",
  policy={"follow_ups": ks_follow_ups(("2020-06-01", "kommunfullmäktige"))},
  findings=[("DAL-05", POLICY)])
t("dal-05-missing-adopted-on", "Antagandedatum saknas: vilka år som krävs kan inte avgöras, fynd",
  as_of="2022-03-01",
  policy={"adopted_on": OMIT,
          "follow_ups": ks_follow_ups(("2020-06-01", "kommunstyrelse"),
                                      ("2021-06-01", "kommunstyrelse"))},
  findings=[("DAL-05", POLICY)])


# --- H4 (issue 15, catalogue-v2 §6): duties that were listed as not checkable

FORV = body("socialforvaltningen", "Socialförvaltningen", "förvaltning")
BOLAG = body("dals-eds-bostader", "Dals-Eds Bostäder AB", "bolag", wholly_owned=True)


def goal_plan(id, body_id, period_from, period_to, *goals):
    return plan(id, body_id, "verksamhetsplan", period_from, period_to, goals=list(goals))


# DAL-07: every förvaltning and bolag has a goal derived from the policy in a plan in force

t("dal-07-forvaltning-and-bolag-with-policy-goals", "Förvaltningen och bolaget har var sitt mål ur "
  "policyn bland sina andra mål: håller",
  as_of="2026-11-22", bodies=[KF, KS, SN, FORV, BOLAG],
  plans=[goal_plan("sf-2026", "socialforvaltningen", "2026-01-01", "2026-12-31",
                   goal("sf-m1", "Budget i balans"), goal("sf-m2", derived_from="Egen försörjning")),
         goal_plan("bo-2026", "dals-eds-bostader", "2026-01-01", "2026-12-31",
                   goal("bo-m1", derived_from="Bostäder för nyanlända"))],
  findings=[])
t("dal-07-goals-not-from-policy", "Förvaltningens mål utgår inte från policyn, bolaget har ingen "
  "plan: ett fynd per organ",
  as_of="2026-11-22", bodies=[KF, KS, SN, FORV, BOLAG],
  plans=[goal_plan("sf-2026", "socialforvaltningen", "2026-01-01", "2026-12-31",
                   goal("sf-m1", "Budget i balans"))],
  findings=[("DAL-07", "socialforvaltningen"), ("DAL-07", "dals-eds-bostader")])
t("dal-07-plan-ended", "Förvaltningens plan med mål ur policyn slutade dagen före referensdatumet",
  as_of="2026-01-01", bodies=[KF, KS, SN, FORV],
  plans=[goal_plan("sf-2025", "socialforvaltningen", "2025-01-01", "2025-12-31",
                   goal("sf-m1", derived_from="Egen försörjning"))],
  findings=[("DAL-07", "socialforvaltningen")])
t("dal-07-namnder-not-counted", "Nämnderna omfattas inte av meningen (förvaltningar och bolag): "
  "socialnämnden utan plan ger inget fynd",
  as_of="2026-11-22", findings=[])


def arrivals(*rows):
    """Newly arrived persons as (id, arrived_on, swedish_offered_on, civic_information_on)."""
    people = []
    for id, arrived, swedish, civic in rows:
        person = {"id": id, "arrived_on": arrived}
        if swedish is not OMIT:
            person["swedish_offered_on"] = swedish
        if civic is not OMIT:
            person["civic_information_on"] = civic
        people.append(person)
    return [plan("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31",
                 records={"newly_arrived": people})]


# DAL-08: Swedish tuition offered within three months of arrival

t("dal-08-offered-exactly-three-months", "Mottagen 2026-01-31, erbjudande 2026-04-30: fristen "
  "(månadsslut avrundat) hålls",
  as_of="2026-11-22", plans=arrivals(("na-1", "2026-01-31", "2026-04-30", "2026-02-10")), findings=[])
t("dal-08-offered-one-day-late", "Erbjudande 2026-05-01 efter mottagande 2026-01-31: en dag för sent",
  as_of="2026-11-22", plans=arrivals(("na-1", "2026-01-31", "2026-05-01", "2026-02-10")),
  findings=[("DAL-08", "na-1")])
t("dal-08-not-offered-overdue", "Inget erbjudande; fristen 2026-08-21 har gått ut",
  as_of="2026-11-22", plans=arrivals(("na-1", "2026-05-21", OMIT, "2026-06-01")),
  findings=[("DAL-08", "na-1")])
t("dal-08-not-offered-within", "Inget erbjudande (null) men fristen går ut på referensdatumet",
  as_of="2026-11-22", plans=arrivals(("na-1", "2026-08-22", None, "2026-09-01")), findings=[])
t("dal-08-arrival-after-as-of", "Mottagen efter referensdatumet: räknas inte",
  as_of="2026-11-22", plans=arrivals(("na-1", "2026-12-01", OMIT, OMIT)),
  findings=[], rules=["DAL-08", "DAL-09"])

# DAL-09: information about Swedish society within three months of arrival

t("dal-09-informed-in-time", "Samhällsinformation två veckor efter mottagandet: håller",
  as_of="2026-11-22", plans=arrivals(("na-1", "2026-03-01", "2026-03-15", "2026-03-15")), findings=[])
t("dal-09-informed-late", "Samhällsinformation 2026-06-02, mer än tre månader efter 2026-03-01",
  as_of="2026-11-22", plans=arrivals(("na-1", "2026-03-01", "2026-03-15", "2026-06-02")),
  findings=[("DAL-09", "na-1")])
t("dal-09-not-informed-overdue", "Ingen samhällsinformation; fristen har gått ut",
  as_of="2026-11-22", plans=arrivals(("na-1", "2026-03-01", "2026-03-15", OMIT)),
  findings=[("DAL-09", "na-1")])
t("dal-09-not-informed-within", "Ingen samhällsinformation än; fristen har inte gått ut",
  as_of="2026-11-22", plans=arrivals(("na-1", "2026-10-01", "2026-10-15", None)), findings=[])
