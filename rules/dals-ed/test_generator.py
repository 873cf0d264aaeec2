"""DAL-01..05: Dals-Ed, Policy för integrationsarbetet (1438)."""

from test_builders import KF, KS, OMIT, SN, Pack, action, body, goal, plan

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
t("dal-02-kommunstyrelsen-holds", "Kommunstyrelsen ensam har ansvaret: den är en nämnd enligt "
  "kommunallagen, håller",
  as_of="2026-11-22",
  bodies=[KF, {**KS, "responsibilities": [MOTTAGANDE]}, SN, BUN],
  findings=[])
t("dal-02-not-a-namnd", "Ansvaret ligger ensamt på en enhet inom socialförvaltningen: fel om enheten",
  as_of="2026-11-22",
  bodies=[KF, KS, SN, BUN, body("socialforvaltningen", "Socialförvaltningen", "förvaltning",
                                parent="socialnamnden"),
          body("integrationsenheten", "Integrationsenheten", "enhet", parent="socialforvaltningen",
               responsibilities=[MOTTAGANDE])],
  findings=[("DAL-02", "integrationsenheten")])
t("dal-02-joint-committee-elsewhere", "Ansvaret ligger på en gemensam nämnd som en annan kommun är "
  "värd för: inte kommunens nämnd, fel",
  as_of="2026-11-22",
  bodies=[KF, KS, SN, body("gemensam-mottagning", "Gemensam nämnd för mottagande", "gemensam nämnd",
                           host="1460", responsibilities=[MOTTAGANDE])],
  findings=[("DAL-02", "gemensam-mottagning")])

# --- DAL-03: every nämnd (the kommunstyrelse included) has one plan with an
# action and a report to the kommunstyrelse


def board_plan(id, body_id, period_from="2025-01-01", period_to="2025-12-31", **fields):
    fields.setdefault("actions", [action(f"{id}-a1", responsible=body_id)])
    fields.setdefault("reports", [{"date": "2026-02-01", "to": "kommunstyrelse"}])
    return plan(id, body_id, "handlingsplan", period_from, period_to, **fields)


KS_PLAN = board_plan("ks-2025", "kommunstyrelsen")

t("dal-03-all-reported", "Kommunstyrelsen och båda nämnderna har en plan med åtgärd och "
  "redovisning till kommunstyrelsen (en av dem en gammal plan, en till organets id)",
  as_of="2026-11-22", bodies=[KF, KS, SN, BUN],
  plans=[KS_PLAN, board_plan("sn-2025", "socialnamnden"),
         board_plan("bun-2019", "barn-och-utbildningsnamnden", "2019-01-01", "2019-12-31",
                    reports=[{"date": "2020-02-01", "to": "kommunstyrelsen"}])],
  findings=[])
t("dal-03-kommunstyrelsen-is-a-namnd", "Kommunstyrelsen är en nämnd och har ingen plan med "
  "redovisade aktiviteter: fel",
  as_of="2026-11-22", bodies=[KF, KS, SN],
  plans=[board_plan("sn-2025", "socialnamnden")],
  findings=[("DAL-03", "kommunstyrelsen")])
t("dal-03-split-across-plans", "Socialnämnden har åtgärder i en plan och redovisningen i en annan; "
  "barn- och utbildningsnämnden har inga planer",
  as_of="2026-11-22", bodies=[KF, KS, SN, BUN],
  plans=[KS_PLAN, board_plan("sn-2025", "socialnamnden", reports=[]),
         board_plan("sn-2026", "socialnamnden", "2026-01-01", "2026-12-31", actions=[])],
  findings=[("DAL-03", "socialnamnden"), ("DAL-03", "barn-och-utbildningsnamnden")])
t("dal-03-reported-to-kommunfullmaktige", "Redovisningen gick till kommunfullmäktige, inte "
  "kommunstyrelsen",
  as_of="2026-11-22", bodies=[KF, KS, SN],
  plans=[KS_PLAN, board_plan("sn-2025", "socialnamnden",
                             reports=[{"date": "2026-02-01", "to": "kommunfullmaktige"}])],
  findings=[("DAL-03", "socialnamnden")])
t("dal-03-report-after-as-of", "Redovisningarna är daterade efter referensdatumet: räknas inte",
  as_of="2026-01-31", bodies=[KF, KS, SN],
  plans=[board_plan("sn-2025", "socialnamnden")],
  findings=[("DAL-03", "kommunstyrelsen"), ("DAL-03", "socialnamnden")])

# --- DAL-04: skollagen 8 kap. 14 §: an offer within four months of the
# request, or from the later date the guardian asked for


def placements(*records):
    keys = ("id", "requested_on", "offered_on", "wanted_from")
    rows = [{k: v for k, v in zip(keys, r) if v is not OMIT} for r in records]
    return [plan("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31",
                 records={"childcare_placements": rows})]


t("dal-04-offered-exactly-four-months", "Erbjudande 2022-05-15 efter ansökan 2022-01-15: exakt "
  "4 månader, håller",
  as_of="2026-11-22", plans=placements(("bo-1", "2022-01-15", "2022-05-15")), findings=[])
t("dal-04-offered-one-day-late", "Erbjudande 2022-05-16 efter ansökan 2022-01-15: en dag för sent",
  as_of="2026-11-22", plans=placements(("bo-1", "2022-01-15", "2022-05-16")),
  findings=[("DAL-04", "bo-1")])
t("dal-04-later-wanted-date", "Vårdnadshavaren önskade plats från 2022-08-15, senare än fyra "
  "månader: erbjudande 2022-08-15 håller, 2022-08-16 är sent",
  as_of="2026-11-22",
  plans=placements(("bo-1", "2022-01-15", "2022-08-15", "2022-08-15"),
                   ("bo-2", "2022-01-15", "2022-08-16", "2022-08-15")),
  findings=[("DAL-04", "bo-2")])
t("dal-04-earlier-wanted-date", "Önskat datum före fyramånadersfristen: fristen är fyra månader "
  "efter ansökan, erbjudandet efter det önskade datumet håller",
  as_of="2026-11-22", plans=placements(("bo-1", "2022-01-15", "2022-05-15", "2022-02-01")),
  findings=[])
t("dal-04-later-wanted-date-waiting", "Önskat datum 2027-01-10 efter referensdatumet, inget "
  "erbjudande än: inte försenat",
  as_of="2026-11-22", plans=placements(("bo-1", "2026-06-01", OMIT, "2027-01-10")), findings=[])
t("dal-04-month-end-clamped", "Ansökan 2021-10-31, erbjudande 2022-02-28: fristen är 2022-02-28, "
  "håller",
  as_of="2026-11-22", plans=placements(("bo-1", "2021-10-31", "2022-02-28")), findings=[])
t("dal-04-month-end-one-day-late", "Ansökan 2021-10-31, erbjudande 2022-03-01: efter fristen "
  "2022-02-28",
  as_of="2026-11-22", plans=placements(("bo-1", "2021-10-31", "2022-03-01")),
  findings=[("DAL-04", "bo-1")])
t("dal-04-unoffered-overdue", "Inget erbjudande; fristen 2026-11-21 gick ut före referensdatumet",
  as_of="2026-11-22", plans=placements(("bo-1", "2026-07-21", OMIT)),
  findings=[("DAL-04", "bo-1")])
t("dal-04-unoffered-within-deadline", "Inget erbjudande (null); fristen går ut på referensdatumet: "
  "inte försenat än",
  as_of="2026-11-22", plans=placements(("bo-1", "2026-07-22", None)), findings=[])
t("dal-04-placed-without-offer", "Placerad i tid men utan erbjudandedatum (Erbjuden): håller "
  "inte, fristen har passerat",
  as_of="2026-11-22",
  plans=[plan("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31",
              records={"childcare_placements": [
                  {"id": "bo-1", "applied_on": "2026-01-10", "placed_on": "2026-03-01"}]})],
  findings=[("DAL-04", "bo-1")])
t("dal-04-applied-on-still-read", "Äldre underlag med ansökningsdatum i Ansökt i stället för Begärd: "
  "erbjudande inom fyra månader håller",
  as_of="2026-11-22",
  plans=[plan("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31",
              records={"childcare_placements": [
                  {"id": "bo-1", "applied_on": "2026-01-10", "offered_on": "2026-05-10"}]})],
  findings=[])
t("dal-04-no-request-date", "Varken Begärd eller Ansökt ifyllt: fristen kan inte bestämmas, fynd",
  as_of="2026-11-22",
  plans=[plan("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31",
              records={"childcare_placements": [{"id": "bo-1", "offered_on": "2026-05-10"}]})],
  findings=[("DAL-04", "bo-1")])
t("dal-04-offered-after-as-of-overdue", "Erbjudande daterat efter referensdatumet räknas inte; "
  "fristen har passerat, försenat",
  as_of="2026-11-22", plans=placements(("bo-1", "2026-06-01", "2026-12-01")),
  findings=[("DAL-04", "bo-1")])
t("dal-04-offered-after-as-of-within", "Erbjudande efter referensdatumet är okänt på "
  "referensdatumet; fristen har inte passerat",
  as_of="2026-11-22", plans=placements(("bo-1", "2026-09-01", "2027-02-01")), findings=[])
t("dal-04-several-records", "Tre ärenden: ett i tid, ett sent erbjudet, ett väntande för länge",
  as_of="2026-11-22",
  plans=placements(("bo-1", "2026-01-10", "2026-03-01"), ("bo-2", "2026-01-10", "2026-06-01"),
                   ("bo-3", "2026-02-01", OMIT)),
  findings=[("DAL-04", "bo-2"), ("DAL-04", "bo-3")])

# --- DAL-05: each complete calendar year after adoption followed up to the
# kommunstyrelse (a follow-up dated January-June of N+1 covers N, unless
# `covers` says otherwise; year N is judged from 1 July N+1), and the policy's
# handlingsplan revised once every action in it is past its deadline.
# Adopted 2019-05-20: with as-of 2022-07-01 the years judged are 2020 and 2021.


def ks_follow_ups(*pairs):
    return [{"date": d, "reported_to": to} for d, to in pairs]


t("dal-05-every-year", "2020 följdes upp i december 2020, 2021 i årsredovisningen 2022-06-30 "
  "(sista vårdagen): håller",
  as_of="2022-07-01",
  policy={"follow_ups": ks_follow_ups(("2020-12-15", "kommunstyrelse"),
                                      ("2022-06-30", "kommunstyrelsen"))},
  findings=[])
t("dal-05-spring-boundary", "Uppföljningen 2022-07-01 utan angiven period avser 2022, inte 2021: 2021 "
  "saknas",
  as_of="2022-07-01",
  policy={"follow_ups": ks_follow_ups(("2020-12-15", "kommunstyrelse"),
                                      ("2022-07-01", "kommunstyrelse"))},
  findings=[("DAL-05", POLICY)])
t("dal-05-covers-stated", "Uppföljningen 2022-09-01 anger att den avser 2021 (Avser från, Avser till): håller",
  as_of="2022-09-02",
  policy={"follow_ups": [{"date": "2021-03-01", "reported_to": "kommunstyrelse",
                          "covers": {"from": "2020-01-01", "to": "2020-12-31"}},
                         {"date": "2022-09-01", "reported_to": "kommunstyrelse",
                          "covers": {"from": "2021-01-01", "to": "2021-12-31"}}]},
  findings=[])
t("dal-05-no-follow-ups", "Inga uppföljningar: ett fynd per bedömt år (2020, 2021)",
  as_of="2022-07-01", findings=[("DAL-05", POLICY)] * 2)
t("dal-05-spring-not-over", "Referensdatum 2022-06-30: våren 2022 pågår, bara 2020 bedöms",
  as_of="2022-06-30", findings=[("DAL-05", POLICY)])
t("dal-05-no-complete-year-yet", "Referensdatum 2021-06-30: inget år efter antagandet kan bedömas "
  "än",
  as_of="2021-06-30", findings=[])
t("dal-05-first-judged-year", "Referensdatum 2021-07-01: 2020 bedöms och saknar uppföljning",
  as_of="2021-07-01", findings=[("DAL-05", POLICY)])
t("dal-05-reported-to-kommunfullmaktige", "Uppföljningen av 2020 gick till kommunfullmäktige",
  as_of="2021-07-01",
  policy={"follow_ups": ks_follow_ups(("2021-03-01", "kommunfullmäktige"))},
  findings=[("DAL-05", POLICY)])
t("dal-05-missing-adopted-on", "Antagandedatum saknas: vilka år som krävs kan inte avgöras, fynd",
  as_of="2022-03-01",
  policy={"adopted_on": OMIT,
          "follow_ups": ks_follow_ups(("2020-06-01", "kommunstyrelse"),
                                      ("2021-06-01", "kommunstyrelse"))},
  findings=[("DAL-05", POLICY)])
HANDLINGSPLAN = [action("pol-a1", deadline="2020-01-31", status="done"),
                 action("pol-a2", deadline="2020-06-30", status="done")]
YEARLY = ks_follow_ups(("2021-03-01", "kommunstyrelse"))
t("dal-05-expired-plan-not-revised", "Alla handlingsplanens åtgärder har passerat sin tidsgräns "
  "(sist 2020-06-30) och planen har inte reviderats: fynd",
  as_of="2021-01-01", policy={"actions": HANDLINGSPLAN, "follow_ups": YEARLY},
  findings=[("DAL-05", POLICY)])
t("dal-05-expired-plan-revised", "Planen reviderades 2020-09-01, efter den sista tidsgränsen: håller",
  as_of="2021-01-01",
  policy={"actions": HANDLINGSPLAN, "follow_ups": YEARLY,
          "revisions": [{"date": "2020-09-01", "adopted_by": "kommunstyrelse"}]},
  findings=[])
t("dal-05-plan-not-yet-expired", "En åtgärd har tidsgräns på referensdatumet: ingen revidering "
  "krävs än; Senast reviderad före sista tidsgränsen räknas inte",
  as_of="2020-06-30",
  policy={"actions": HANDLINGSPLAN, "revised_on": "2020-01-01"},
  findings=[])
t("dal-05-revised-on-counts", "Senast reviderad efter sista tidsgränsen räknas som revidering",
  as_of="2021-01-01",
  policy={"actions": HANDLINGSPLAN, "follow_ups": YEARLY, "revised_on": "2020-07-01"},
  findings=[])

# --- DAL-06: as HER-03: every plan whose period ended has a follow-up

t("dal-06-followed-up", "Förvaltningens och bolagets avslutade planer är uppföljda",
  as_of="2026-11-22",
  bodies=[KF, KS, SN, body("socialforvaltningen", "Socialförvaltningen", "förvaltning"),
          body("dalsedshus", "Dals-Eds Bostäder AB", "bolag", wholly_owned=True)],
  plans=[plan("sf-2025", "socialforvaltningen", "verksamhetsplan", "2025-01-01", "2025-12-31",
              follow_ups=[{"date": "2026-02-15"}]),
         plan("bo-2025", "dalsedshus", "verksamhetsplan", "2025-01-01", "2025-12-31",
              follow_ups=[{"date": "2025-09-30", "reported_to": "kommunstyrelsen"}]),
         plan("sf-2026", "socialforvaltningen", "verksamhetsplan", "2026-01-01", "2026-12-31")],
  findings=[])
t("dal-06-not-followed-up", "Bolagets plan slutade på dagen före referensdatumet utan uppföljning; "
  "nämndens plan har bara en uppföljning efter referensdatumet",
  as_of="2026-01-01",
  bodies=[KF, KS, SN, body("dalsedshus", "Dals-Eds Bostäder AB", "bolag", wholly_owned=True)],
  plans=[plan("bo-2025", "dalsedshus", "verksamhetsplan", "2025-01-01", "2025-12-31"),
         plan("sn-2025", "socialnamnden", "verksamhetsplan", "2025-01-01", "2025-12-31",
              follow_ups=[{"date": "2026-02-15"}])],
  findings=[("DAL-06", "bo-2025"), ("DAL-06", "sn-2025")])


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
t("dal-07-plan-ended", "Bolagets plan med mål ur policyn slutade dagen före referensdatumet: fynd",
  as_of="2026-01-01", bodies=[KF, KS, SN, BOLAG],
  plans=[goal_plan("bo-2025", "dals-eds-bostader", "2025-01-01", "2025-12-31",
                   goal("bo-m1", derived_from="Bostäder för nyanlända"))],
  findings=[("DAL-07", "dals-eds-bostader")])
t("dal-07-forvaltning-without-own-plan", "En förvaltning utan egen plan som gäller arbetar efter "
  "nämndens plan: inget fynd för förvaltningen",
  as_of="2026-01-01", bodies=[KF, KS, SN, FORV],
  plans=[goal_plan("sf-2025", "socialforvaltningen", "2025-01-01", "2025-12-31",
                   goal("sf-m1", derived_from="Egen försörjning"))],
  findings=[])
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
