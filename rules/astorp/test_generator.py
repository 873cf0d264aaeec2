"""AST-01..08: Åstorp, Integrationspolicy DNR 2018/103, antagen 2018-06-25 (1277)."""

from test_builders import KF, KS, OMIT, SN, Pack, action, body, goal, plan

POLICY = "astorp-integrationspolicy"

pack = Pack("astorp", "Åstorps kommun", "1277", {
    "id": POLICY,
    "title": "Integrationspolicy",
    "document_type": "policy",
    "registration_number": "DNR 2018/103",
    "adopted_by": "kommunfullmaktige",
    "adopted_on": "2018-06-25",
    "valid_until": None,
    "owner": "Kommunstyrelsen",
})
t = pack.test

BUN = body("barn-och-utbildningsnamnden", "Barn- och utbildningsnämnden", "nämnd")


def ks_plan(id, period_from, period_to, document_type="handlingsplan", body_id="kommunstyrelsen",
            **fields):
    return plan(id, body_id, document_type, period_from, period_to, **fields)


# --- AST-01: a handlingsplan by the kommunstyrelse established in or for every
# year after adoption, to as-of's year; a multi-year plan counts for the year it
# was adopted for and the years it was revised in

t("ast-01-plan-every-year", "Handlingsplaner för 2019, 2020 och 2021 (referensdatumets år): håller",
  as_of="2021-03-01",
  plans=[ks_plan("ks-2019", "2019-01-01", "2019-12-31"),
         ks_plan("ks-2020", "2020-01-01", "2020-12-31"),
         ks_plan("ks-2021", "2021-01-01", "2021-12-31")],
  findings=[])
t("ast-01-year-missing", "Handlingsplan för 2020 saknas: ett fynd",
  as_of="2021-03-01",
  plans=[ks_plan("ks-2019", "2019-01-01", "2019-12-31"),
         ks_plan("ks-2021", "2021-01-01", "2021-12-31")],
  findings=[("AST-01", POLICY)])
t("ast-01-multi-year-plan", "En plan för 2019–2021, antagen 2018-12-10, räknas bara för 2019: "
  "2020 och 2021 saknas",
  as_of="2021-03-01",
  plans=[ks_plan("ks-2019-2021", "2019-01-01", "2021-12-31", adopted_on="2018-12-10")],
  findings=[("AST-01", POLICY)] * 2)
t("ast-01-multi-year-plan-revised", "Planen för 2019–2021 reviderades 2020-01-15 (för 2020) men "
  "inte för 2021: 2021 saknas",
  as_of="2021-03-01",
  plans=[ks_plan("ks-2019-2021", "2019-01-01", "2021-12-31", adopted_on="2018-12-10",
                 revisions=[{"date": "2020-01-15", "version": 2}])],
  findings=[("AST-01", POLICY)])
t("ast-01-adopted-in-the-year", "Planen 2019-07-01–2020-06-30 antogs 2020-02-01 (en revidering "
  "efter referensdatumet räknas inte): räknas för 2019 och 2020",
  as_of="2020-06-01",
  plans=[ks_plan("ks-2019-2020", "2019-07-01", "2020-06-30", adopted_on="2020-02-01",
                 revisions=[{"date": "2020-12-01"}])],
  findings=[])
t("ast-01-covers-only-31-december", "Planen 2019-12-31–2020-12-31 börjar 2019 och antogs 2020: "
  "räknas för båda åren",
  as_of="2020-06-01",
  plans=[ks_plan("ks-2020", "2019-12-31", "2020-12-31", adopted_on="2020-01-20")], findings=[])
t("ast-01-ends-31-december", "Planen slutar 2018-12-31 och täcker inte 2019",
  as_of="2019-03-01", plans=[ks_plan("ks-2018", "2018-07-01", "2018-12-31")],
  findings=[("AST-01", POLICY)])
t("ast-01-adoption-year-not-required", "Referensdatum 2018-12-31, antagandeåret: inget år krävs än",
  as_of="2018-12-31", findings=[])
t("ast-01-as-of-year-required", "Referensdatum 2019-01-01: 2019 kräver en handlingsplan redan",
  as_of="2019-01-01", findings=[("AST-01", POLICY)])
t("ast-01-wrong-body", "Handlingsplanerna är socialnämndens, inte kommunstyrelsens: ett fynd per år",
  as_of="2020-03-01",
  plans=[ks_plan("sn-2019", "2019-01-01", "2019-12-31", body_id="socialnamnden"),
         ks_plan("sn-2020", "2020-01-01", "2020-12-31", body_id="socialnamnden")],
  findings=[("AST-01", POLICY)] * 2)
t("ast-01-wrong-type", "Kommunstyrelsens plan för 2019 är en åtgärdsplan, inte en handlingsplan",
  as_of="2019-06-01",
  plans=[ks_plan("ks-2019", "2019-01-01", "2019-12-31", document_type="åtgärdsplan")],
  findings=[("AST-01", POLICY)])
t("ast-01-missing-adopted-on", "Antagandedatum saknas: vilka år som krävs kan inte avgöras, fynd",
  as_of="2019-06-01", policy={"adopted_on": OMIT},
  plans=[ks_plan("ks-2019", "2019-01-01", "2019-12-31")],
  findings=[("AST-01", POLICY)])

# --- AST-02: every nämnd (the kommunstyrelse included) has a goal that serves
# the policy in a plan in force

SERVES = [f"policy:{POLICY}"]


def serving_goal(id):
    return goal(id, serves=SERVES)


def other_goals(prefix, n):
    return [goal(f"{prefix}-ovr-{i + 1}", f"Verksamhetsmål {i + 1}: budget i balans")
            for i in range(n)]


KS_GOALS = ks_plan("ks-2026", "2026-01-01", "2026-12-31", "verksamhetsplan",
                   goals=[serving_goal("ks-mal-1")])

t("ast-02-goals-in-force", "Kommunstyrelsen och båda nämnderna har mål som tjänar policyn i planer "
  "som gäller (en slutar på referensdatumet; ett mål anger i Härlett från att det utgår från policyn)",
  as_of="2026-11-22", bodies=[KF, KS, SN, BUN],
  plans=[KS_GOALS,
         ks_plan("sn-2026", "2026-01-01", "2026-12-31", "verksamhetsplan", "socialnamnden",
                 goals=other_goals("sn", 8) + [serving_goal("sn-mal-1"),
                                               goal("sn-mal-2", derived_from="Integrationspolicy")]),
         ks_plan("bun-2026", "2026-01-01", "2026-11-22", "verksamhetsplan",
                 "barn-och-utbildningsnamnden", goals=[serving_goal("bun-mal-1")])],
  findings=[])
t("ast-02-only-other-goals", "Socialnämnden har tio mål om budget och personal men inget som tjänar "
  "policyn: fel",
  as_of="2026-11-22",
  plans=[KS_GOALS,
         ks_plan("sn-2026", "2026-01-01", "2026-12-31", "verksamhetsplan", "socialnamnden",
                 goals=other_goals("sn", 10))],
  findings=[("AST-02", "socialnamnden")])
t("ast-02-goals-only-in-old-plan", "Socialnämndens mål finns bara i en plan som slutade dagen före; "
  "barn- och utbildningsnämnden har en plan utan mål",
  as_of="2026-01-01", bodies=[KF, KS, SN, BUN],
  plans=[KS_GOALS,
         ks_plan("sn-2025", "2025-01-01", "2025-12-31", "verksamhetsplan", "socialnamnden",
                 goals=[serving_goal("sn-mal-1")]),
         ks_plan("bun-2026", "2026-01-01", "2026-12-31", "verksamhetsplan",
                 "barn-och-utbildningsnamnden", goals=[])],
  findings=[("AST-02", "socialnamnden"), ("AST-02", "barn-och-utbildningsnamnden")])
t("ast-02-no-plans", "Inga planer: kommunstyrelsen (en nämnd) och socialnämnden saknar mål",
  as_of="2026-11-22", findings=[("AST-02", "kommunstyrelsen"), ("AST-02", "socialnamnden")])

# --- AST-03: the kommunstyrelse follows up the plans of the nämnder (and other
# bodies) for every complete year after adoption, judged from 1 July of the
# next year; a follow-up dated January-June N+1 covers N unless `covers` says
# otherwise; a follow-up of the policy that covers the year covers every plan.
# Adopted 2019-06-01 in most tests below: the year judged is 2020.

LATE = {"adopted_on": "2019-06-01"}


def ks_follow_ups(*pairs):
    return [{"date": d, "reported_to": to} for d, to in pairs]


def year_plan(id, body_id, year="2020", **fields):
    return plan(id, body_id, "verksamhetsplan", f"{year}-01-01", f"{year}-12-31", **fields)


t("ast-03-policy-follow-ups", "Inga planer; policyns uppföljningar 2020-03-15 (avser 2019) och "
  "2021-06-30 (avser 2020) till kommunstyrelsen: håller",
  as_of="2021-07-01",
  policy={"follow_ups": ks_follow_ups(("2020-03-15", "kommunstyrelse"),
                                      ("2021-06-30", "kommunstyrelsen"))},
  findings=[])
t("ast-03-july-first-is-next-year", "Uppföljningen 2021-07-01 utan angiven period avser 2021, inte 2020: "
  "2020 saknas",
  as_of="2021-07-01",
  policy={"follow_ups": ks_follow_ups(("2020-03-15", "kommunstyrelse"),
                                      ("2021-07-01", "kommunstyrelse"))},
  findings=[("AST-03", POLICY)])
t("ast-03-namnd-plans", "Socialnämndens plan för 2020 följdes upp i kommunstyrelsen i mars 2021; "
  "barn- och utbildningsnämndens plan följdes upp, men inte i kommunstyrelsen: fel om den planen",
  as_of="2021-07-01", policy=LATE, bodies=[KF, KS, SN, BUN],
  plans=[year_plan("sn-2020", "socialnamnden",
                   follow_ups=ks_follow_ups(("2021-03-01", "kommunstyrelsen"))),
         year_plan("bun-2020", "barn-och-utbildningsnamnden",
                   follow_ups=[{"date": "2021-02-01"}])],
  findings=[("AST-03", "bun-2020")])
t("ast-03-report-covers", "Barn- och utbildningsnämndens plan redovisades för kommunstyrelsen "
  "2021-09-01 med perioden 2020 angiven (Avser från, Avser till): håller",
  as_of="2021-09-02", policy=LATE, bodies=[KF, KS, SN, BUN],
  plans=[year_plan("sn-2020", "socialnamnden",
                   follow_ups=ks_follow_ups(("2020-11-30", "kommunstyrelsen"))),
         year_plan("bun-2020", "barn-och-utbildningsnamnden",
                   reports=[{"date": "2021-09-01", "to": "kommunstyrelse",
                             "covers": {"from": "2020-01-01", "to": "2020-12-31"}}])],
  findings=[])
t("ast-03-policy-follow-up-covers-plans", "Policyns årsuppföljning av 2020 till kommunstyrelsen "
  "omfattar nämndernas planer",
  as_of="2021-07-01", policy={**LATE, "follow_ups": ks_follow_ups(("2021-04-20", "kommunstyrelse"))},
  plans=[year_plan("sn-2020", "socialnamnden")],
  findings=[])
t("ast-03-spring-not-over", "Referensdatum 2021-06-30: uppföljningen av 2020 kan ännu komma, "
  "inget år bedöms",
  as_of="2021-06-30", policy=LATE, plans=[year_plan("sn-2020", "socialnamnden")], findings=[])
t("ast-03-first-judged-year", "Referensdatum 2020-07-01: 2019 bedöms och saknar uppföljning",
  as_of="2020-07-01", findings=[("AST-03", POLICY)])
t("ast-03-reported-to-kommunfullmaktige", "Uppföljningarna gick till kommunfullmäktige: ett fynd "
  "per år",
  as_of="2021-07-01",
  policy={"follow_ups": ks_follow_ups(("2020-05-01", "kommunfullmäktige"),
                                      ("2021-05-01", "kommunfullmaktige"))},
  findings=[("AST-03", POLICY)] * 2)
t("ast-03-missing-adopted-on", "Antagandedatum saknas: vilka år som krävs kan inte avgöras, fynd",
  as_of="2021-07-01",
  policy={"adopted_on": OMIT,
          "follow_ups": ks_follow_ups(("2020-05-01", "kommunstyrelse"),
                                      ("2021-05-01", "kommunstyrelse"))},
  findings=[("AST-03", POLICY)])

# --- AST-04: goals and actions of a handlingsplan have indicators and measures

t("ast-04-indicators-and-measures", "Mål med indikator och åtgärd med mått i handlingsplanen; en "
  "verksamhetsplans mål utan indikator berörs inte",
  as_of="2026-11-22",
  plans=[ks_plan("ks-2026", "2026-01-01", "2026-12-31",
                 goals=[goal("mal-1", indicators=["Andel i egen försörjning"])],
                 actions=[action("a1", measure="Antal deltagare")]),
         ks_plan("sn-2026", "2026-01-01", "2026-12-31", "verksamhetsplan", "socialnamnden",
                 goals=[goal("sn-mal-1")], actions=[action("sn-a1", measure=OMIT)])],
  findings=[])
t("ast-04-missing", "Mål utan indikatorer (saknas, tom lista) och åtgärder utan mått (saknas, tomt), "
  "även i en gammal handlingsplan",
  as_of="2026-11-22",
  plans=[ks_plan("ks-2026", "2026-01-01", "2026-12-31",
                 goals=[goal("mal-1"), goal("mal-2", indicators=[])],
                 actions=[action("a1", measure=OMIT)]),
         ks_plan("sn-2019", "2019-01-01", "2019-12-31", "handlingsplan", "socialnamnden",
                 actions=[action("a19", measure="")])],
  findings=[("AST-04", "mal-1"), ("AST-04", "mal-2"), ("AST-04", "a1"), ("AST-04", "a19")])

# --- AST-05: the four areas in the kommunövergripande handlingsplan in force,
# counting the actions that serve the policy

AREAS = ["Samverkan och Samordning", "Skola, Utbildning och Egenförsörjning", "Bostad och Boende",
         "Samhällsliv och Hälsa"]


def area_actions(areas, **fields):
    fields.setdefault("serves", SERVES)
    return [action(f"ks-a{i + 1}", focus_area=a, **fields) for i, a in enumerate(areas)]


t("ast-05-all-areas", "Kommunstyrelsens handlingsplan har en åtgärd per område (alla inställda): "
  "håller",
  as_of="2026-11-22",
  plans=[ks_plan("ks-2026", "2026-01-01", "2026-12-31", actions=area_actions(AREAS,
                                                                           status="cancelled"))],
  findings=[])
t("ast-05-one-area-missing", "Bostad och Boende saknar åtgärd",
  as_of="2026-11-22",
  plans=[ks_plan("ks-2026", "2026-01-01", "2026-12-31",
                 actions=area_actions([a for a in AREAS if a != "Bostad och Boende"]))],
  findings=[("AST-05", "Bostad och Boende")])
t("ast-05-action-serves-nothing", "Åtgärden i Bostad och Boende tjänar inte policyn (lokalförsörjning "
  "som inte anger något i Tjänar): räknas inte",
  as_of="2026-11-22",
  plans=[ks_plan("ks-2026", "2026-01-01", "2026-12-31",
                 actions=area_actions([a for a in AREAS if a != "Bostad och Boende"])
                 + [action("ks-lokal", focus_area="Bostad och Boende")])],
  findings=[("AST-05", "Bostad och Boende")])
t("ast-05-no-handlingsplan", "Ingen handlingsplan alls: alla fyra områden saknar åtgärder",
  as_of="2026-11-22", findings=[("AST-05", a) for a in AREAS])
t("ast-05-other-plans-do-not-count", "Åtgärderna finns i socialnämndens handlingsplan och i "
  "kommunstyrelsens åtgärdsplan: räknas inte",
  as_of="2026-11-22",
  plans=[ks_plan("sn-2026", "2026-01-01", "2026-12-31", body_id="socialnamnden",
                 actions=area_actions(AREAS)),
         ks_plan("ks-2026", "2026-01-01", "2026-12-31", document_type="åtgärdsplan",
                 actions=area_actions(AREAS))],
  findings=[("AST-05", a) for a in AREAS])
t("ast-05-plan-ends-on-as-of", "Handlingsplanen slutar på referensdatumet och gäller: håller",
  as_of="2026-12-31",
  plans=[ks_plan("ks-2026", "2026-01-01", "2026-12-31", actions=area_actions(AREAS))],
  findings=[])
t("ast-05-plan-ended-day-before", "Handlingsplanen slutade dagen före referensdatumet",
  as_of="2027-01-01",
  plans=[ks_plan("ks-2026", "2026-01-01", "2026-12-31", actions=area_actions(AREAS))],
  findings=[("AST-05", a) for a in AREAS])

# --- AST-06: a strategi derived from the policy

t("ast-06-strategi", "En integrationsstrategi har tagits fram: håller",
  as_of="2026-11-22",
  policy={"derived_documents": [{"document_type": "strategi", "title": "Integrationsstrategi"}]},
  findings=[])
t("ast-06-no-strategi", "Bara en handlingsplan har tagits fram, ingen strategi: varning",
  as_of="2026-11-22",
  policy={"derived_documents": [{"document_type": "handlingsplan", "title": "Handlingsplan 2026"}]},
  findings=[("AST-06", POLICY)])
t("ast-06-no-derived-documents", "Inga härledda dokument: varning",
  as_of="2026-11-22", findings=[("AST-06", POLICY)])

# --- AST-07: the policy and each revision are adopted by the kommunfullmäktige

t("ast-07-adopted-by-kf", "Policyn och revideringen fastställdes av kommunfullmäktige (typ och id)",
  as_of="2026-11-22",
  policy={"revisions": [{"date": "2022-06-20", "adopted_by": "kommunfullmäktige"}]},
  findings=[])
t("ast-07-adopted-by-ks", "Policyn fastställdes av kommunstyrelsen: fel",
  as_of="2026-11-22", policy={"adopted_by": "kommunstyrelsen"}, findings=[("AST-07", POLICY)])
t("ast-07-revisions", "En revidering av kommunstyrelsen och en utan beslutande organ: två fel; en "
  "revidering efter referensdatumet räknas inte",
  as_of="2026-11-22",
  policy={"revisions": [{"date": "2021-03-01", "adopted_by": "kommunstyrelse"},
                        {"date": "2023-03-01"},
                        {"date": "2027-01-10", "adopted_by": "kommunstyrelsen"}]},
  findings=[("AST-07", POLICY), ("AST-07", POLICY)])

# --- AST-08: done actions of ended plans followed up in the kommunstyrelse


def ended_plan(id, **fields):
    return plan(id, "socialnamnden", "handlingsplan", "2025-01-01", "2025-12-31", **fields)


DONE = action("sn-a1", status="done", completed_on="2025-05-31", deadline="2025-06-30")

t("ast-08-followed-up", "Den genomförda åtgärden följdes upp i kommunstyrelsen efter att den blev "
  "klar; pågående åtgärder och planer som gäller prövas inte",
  as_of="2026-11-22",
  plans=[ended_plan("sn-2025", actions=[DONE, action("sn-a2", status="ongoing")],
                    follow_ups=[{"date": "2026-03-10", "reported_to": "kommunstyrelsen"}]),
         plan("sn-2026", "socialnamnden", "handlingsplan", "2026-01-01", "2026-12-31",
              actions=[action("sn26-a1", status="done", completed_on="2026-02-01")])],
  findings=[])
t("ast-08-not-followed-up", "Ingen uppföljning i kommunstyrelsen; uppföljningen före "
  "färdigdatumet och den till nämnden räknas inte",
  as_of="2026-11-22",
  plans=[ended_plan("sn-2025", actions=[DONE],
                    follow_ups=[{"date": "2025-04-30", "reported_to": "kommunstyrelsen"},
                                {"date": "2026-02-01", "reported_to": "socialnamnden"},
                                {"date": "2026-03-01"}])],
  findings=[("AST-08", "sn-a1")])
t("ast-08-report-or-policy-follow-up", "En redovisning till kommunstyrelsen efter färdigdatumet, "
  "eller policyns uppföljning som omfattar planperioden, räcker",
  as_of="2026-11-22",
  plans=[ended_plan("sn-2025", actions=[DONE],
                    reports=[{"date": "2026-02-20", "to": "kommunstyrelse"}]),
         plan("bun-2025", "socialnamnden", "handlingsplan", "2025-01-01", "2025-12-31",
              actions=[action("bun-a1", status="done")])],
  policy={"follow_ups": [{"date": "2026-04-15", "reported_to": "kommunstyrelsen"}]},
  findings=[])
