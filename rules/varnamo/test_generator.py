"""VAR-01..06: Värnamo, Policy för integrationspolitik, KF 2017-11-30 § 244 (0683)."""

from test_builders import KF, KS, OMIT, SN, Pack, action, body, plan

POLICY = "varnamo-integrationspolicy"

pack = Pack("varnamo", "Värnamo kommun", "0683", {
    "id": POLICY,
    "title": "Policy för integrationspolitik",
    "document_type": "policy",
    "registration_number": "KS 2015.178",
    "adopted_by": "kommunfullmaktige",
    "adopted_on": "2017-11-30",
    "minute_ref": "§ 244",
    "valid_until": None,
    "owner": "Kommunstyrelsen",
})
t = pack.test

BOLAG = body("vabo", "Värnamo Bostäder AB", "bolag", wholly_owned=True)
DELAGT = body("energi-ab", "Delägt Energi AB", "bolag", wholly_owned=False)
BODIES = [KF, KS, SN, BOLAG, DELAGT]


def atgardsplan(id, body_id, period_from="2026-01-01", period_to="2026-12-31", **fields):
    fields.setdefault("actions", [action(f"{id}-a1", responsible=body_id)])
    return plan(id, body_id, "åtgärdsplan", period_from, period_to, **fields)


# --- VAR-01: every nämnd (the kommunstyrelse included) and every wholly
# owned bolag (directly or through wholly owned holding companies) has an
# åtgärdsplan in force

KS_PLAN = atgardsplan("ks-2026", "kommunstyrelsen")
HOLDING = body("varnamo-stadshus", "Värnamo Stadshus AB", "bolag", wholly_owned=True)
DOTTER = body("varnamo-energi", "Värnamo Energi AB", "bolag", wholly_owned=True,
              owner="varnamo-stadshus")
DELAGT_MODER = body("regionbolaget", "Regionbolaget AB", "bolag", wholly_owned=False)
DOTTER_DELAGT = body("vatten-ab", "Vatten AB", "bolag", wholly_owned=True, owner="regionbolaget")

t("var-01-plans-in-force", "Kommunstyrelsen, socialnämnden och det helägda bolaget har "
  "åtgärdsplaner som gäller; det delägda bolaget behöver ingen",
  as_of="2026-11-22", bodies=BODIES,
  plans=[KS_PLAN, atgardsplan("sn-2026", "socialnamnden"), atgardsplan("vabo-2026", "vabo")],
  findings=[])
t("var-01-kommunstyrelsen-is-a-namnd", "Policyn gäller för Kommunstyrelsen och kommunens nämnder: "
  "kommunstyrelsen utan åtgärdsplan brister",
  as_of="2026-11-22", bodies=BODIES,
  plans=[atgardsplan("sn-2026", "socialnamnden"), atgardsplan("vabo-2026", "vabo")],
  findings=[("VAR-01", "kommunstyrelsen")])
t("var-01-wholly-owned-through-holding", "Ett bolag som ägs helt genom ett helägt moderbolag är "
  "helägt och saknar åtgärdsplan; dotterbolaget till ett delägt bolag är inte helägt",
  as_of="2026-11-22", bodies=[KF, KS, SN, HOLDING, DOTTER, DELAGT_MODER, DOTTER_DELAGT],
  plans=[KS_PLAN, atgardsplan("sn-2026", "socialnamnden"),
         atgardsplan("stadshus-2026", "varnamo-stadshus")],
  findings=[("VAR-01", "varnamo-energi")])
t("var-01-holding-owned-by-kommunstyrelsen", "Moderbolaget ägs av kommunstyrelsen (Ägare): "
  "helägt, och dotterbolaget med det; båda har åtgärdsplaner",
  as_of="2026-11-22",
  bodies=[KF, KS, SN, body("varnamo-stadshus", "Värnamo Stadshus AB", "bolag", wholly_owned=True,
                           owner="kommunstyrelsen"), DOTTER],
  plans=[KS_PLAN, atgardsplan("sn-2026", "socialnamnden"),
         atgardsplan("stadshus-2026", "varnamo-stadshus"),
         atgardsplan("energi-2026", "varnamo-energi")],
  findings=[])
t("var-01-wrong-type-and-expired", "Socialnämnden har bara en verksamhetsplan, bolagets åtgärdsplan "
  "slutade före referensdatumet",
  as_of="2026-11-22", bodies=BODIES,
  plans=[KS_PLAN, plan("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31"),
         atgardsplan("vabo-2025", "vabo", "2025-01-01", "2025-12-31")],
  findings=[("VAR-01", "socialnamnden"), ("VAR-01", "vabo")])
t("var-01-no-plans", "Inga planer: kommunstyrelsen, nämnden och det helägda bolaget saknar "
  "åtgärdsplan",
  as_of="2026-11-22", bodies=BODIES,
  findings=[("VAR-01", "kommunstyrelsen"), ("VAR-01", "socialnamnden"), ("VAR-01", "vabo")])
t("var-01-plan-starts-on-as-of", "Åtgärdsplanerna börjar på referensdatumet och gäller",
  as_of="2026-01-01", bodies=BODIES,
  plans=[KS_PLAN, atgardsplan("sn-2026", "socialnamnden"), atgardsplan("vabo-2026", "vabo")],
  findings=[])
t("var-01-plan-starts-day-after", "Åtgärdsplanen börjar dagen efter referensdatumet och gäller inte än",
  as_of="2025-12-31", bodies=[KF, KS, SN],
  plans=[atgardsplan("ks-2025", "kommunstyrelsen", "2025-01-01", "2025-12-31"),
         atgardsplan("sn-2026", "socialnamnden")],
  findings=[("VAR-01", "socialnamnden")])

# --- VAR-02: every åtgärdsplan has at least one action

t("var-02-has-actions", "Åtgärdsplanen har en åtgärd; en verksamhetsplan utan åtgärder berörs inte",
  as_of="2026-11-22",
  plans=[atgardsplan("sn-2026", "socialnamnden"),
         plan("ks-2026", "kommunstyrelsen", "verksamhetsplan", "2026-01-01", "2026-12-31",
              actions=[])],
  findings=[])
t("var-02-no-actions", "Tom åtgärdslista, ingen åtgärdslista, och kommunstyrelsens egen "
  "åtgärdsplan utan åtgärder: ett fynd per plan",
  as_of="2026-11-22",
  plans=[atgardsplan("sn-2026", "socialnamnden", actions=[]),
         atgardsplan("sn-2025", "socialnamnden", "2025-01-01", "2025-12-31", actions=OMIT),
         atgardsplan("ks-2026", "kommunstyrelsen", actions=[])],
  findings=[("VAR-02", "sn-2026"), ("VAR-02", "sn-2025"), ("VAR-02", "ks-2026")])

# --- VAR-03: each action in an åtgärdsplan has deadline, responsible, measure, interval

t("var-03-complete-actions", "Alla åtgärder i åtgärdsplanen är kompletta; en ofullständig åtgärd i "
  "en verksamhetsplan berörs inte",
  as_of="2026-11-22",
  plans=[atgardsplan("sn-2026", "socialnamnden"),
         plan("ks-2026", "kommunstyrelsen", "verksamhetsplan", "2026-01-01", "2026-12-31",
              actions=[action("ks-a1", measure=OMIT, deadline=OMIT)])],
  findings=[])
t("var-03-everything-missing", "En åtgärd saknar alla fyra delar: fyra fynd om åtgärden",
  as_of="2026-11-22",
  plans=[atgardsplan("sn-2026", "socialnamnden", actions=[
      action("sn-a1", deadline=OMIT, responsible=OMIT, measure=OMIT, follow_up_interval=OMIT)])],
  findings=[("VAR-03", "sn-a1")] * 4)
t("var-03-one-part-missing-each", "Tre åtgärder saknar var sin del (tomt mått räknas som saknat), "
  "även i en gammal plan",
  as_of="2026-11-22",
  plans=[atgardsplan("sn-2026", "socialnamnden", actions=[
             action("sn-a1", measure=""), action("sn-a2", follow_up_interval=OMIT),
             action("sn-a3")]),
         atgardsplan("sn-2019", "socialnamnden", "2019-01-01", "2019-12-31",
                     actions=[action("sn19-a1", responsible=OMIT)])],
  findings=[("VAR-03", "sn-a1"), ("VAR-03", "sn-a2"), ("VAR-03", "sn19-a1")])

# --- VAR-04: one follow-up per mandate period, reported to kommunfullmäktige
# Mandate periods: 2014-10-15..2018-10-14, 2018-10-15..2022-10-14, 2022-10-15..2026-10-14.


def kf_follow_ups(*pairs):
    return [{"date": d, "reported_to": to} for d, to in pairs]


t("var-04-every-period", "Uppföljningar till kommunfullmäktige 2020 och 2026 täcker båda "
  "mandatperioderna efter antagandet",
  as_of="2026-11-22",
  policy={"follow_ups": kf_follow_ups(("2020-03-01", "kommunfullmäktige"),
                                      ("2026-05-01", "kommunfullmäktige"))},
  findings=[])
t("var-04-last-day-of-period", "Uppföljning 2022-10-14, sista dagen i mandatperioden 2018–2022, "
  "räknas för den",
  as_of="2022-11-01", policy={"follow_ups": kf_follow_ups(("2022-10-14", "kommunfullmäktige"))},
  findings=[])
t("var-04-first-day-of-next-period", "Uppföljning 2022-10-15 hör till nästa mandatperiod; 2018–2022 "
  "saknar uppföljning",
  as_of="2022-11-01", policy={"follow_ups": kf_follow_ups(("2022-10-15", "kommunfullmäktige"))},
  findings=[("VAR-04", POLICY)])
t("var-04-reported-to-body-id", "Rapporterad till anger kommunfullmäktiges id: räknas",
  as_of="2022-11-01", policy={"follow_ups": kf_follow_ups(("2020-06-01", "kommunfullmaktige"))},
  findings=[])
t("var-04-reported-to-kommunstyrelsen", "Uppföljningen rapporterades bara till kommunstyrelsen",
  as_of="2022-11-01",
  policy={"follow_ups": kf_follow_ups(("2020-06-01", "kommunstyrelsen"),
                                      ("2021-06-01", "kommunstyrelse"))},
  findings=[("VAR-04", POLICY)])
t("var-04-period-not-ended", "Referensdatum 2022-10-13: mandatperioden 2018–2022 är inte slut, "
  "inget krävs än",
  as_of="2022-10-13", findings=[])
t("var-04-period-ends-on-as-of", "Referensdatum 2022-10-14: mandatperioden 2018–2022 är slut utan "
  "uppföljning",
  as_of="2022-10-14", findings=[("VAR-04", POLICY)])
t("var-04-second-period-missing", "Uppföljd 2018–2022 men inte 2022–2026: ett fynd",
  as_of="2026-11-22", policy={"follow_ups": kf_follow_ups(("2020-03-01", "kommunfullmäktige"))},
  findings=[("VAR-04", POLICY)])
t("var-04-period-before-adoption", "Mandatperioden 2014–2018 började före antagandet 2017-11-30 och "
  "räknas inte",
  as_of="2018-11-01", findings=[])
t("var-04-adopted-on-period-start", "Antagen 2018-10-15, mandatperiodens första dag: den perioden "
  "räknas",
  as_of="2022-10-14", policy={"adopted_on": "2018-10-15"}, findings=[("VAR-04", POLICY)])
t("var-04-missing-adopted-on", "Antagandedatum saknas: vilka mandatperioder som räknas kan inte "
  "avgöras, fynd (aldrig tyst godkänt)",
  as_of="2026-11-22", policy={"adopted_on": OMIT}, findings=[("VAR-04", POLICY)])

# --- VAR-05: an åtgärdsplan whose period ended is reported to the kommunstyrelse


def ended_plan(**fields):
    return atgardsplan("sn-2025", "socialnamnden", "2025-01-01", "2025-12-31", **fields)


t("var-05-reported", "Avslutad åtgärdsplan redovisad för kommunstyrelsen efter perioden: håller",
  as_of="2026-03-01",
  plans=[ended_plan(reports=[{"date": "2026-02-01", "to": "kommunstyrelse"}])], findings=[])
t("var-05-reported-to-body-id", "Redovisning till \"kommunstyrelsen\" (id för organet): håller",
  as_of="2026-03-01",
  plans=[ended_plan(reports=[{"date": "2026-02-01", "to": "kommunstyrelsen"}])], findings=[])
t("var-05-reported-on-period-start", "Redovisning daterad periodens första dag räknas",
  as_of="2026-03-01",
  plans=[ended_plan(reports=[{"date": "2025-01-01", "to": "kommunstyrelse"}])], findings=[])
t("var-05-not-reported", "Avslutad åtgärdsplan utan redovisning: fel om planen",
  as_of="2026-03-01", plans=[ended_plan()], findings=[("VAR-05", "sn-2025")])
t("var-05-reported-to-kommunfullmaktige", "Redovisad bara för kommunfullmäktige: fel",
  as_of="2026-03-01",
  plans=[ended_plan(reports=[{"date": "2026-02-01", "to": "kommunfullmäktige"}])],
  findings=[("VAR-05", "sn-2025")])
t("var-05-reported-before-period", "Redovisningen är daterad dagen före periodens början: räknas inte",
  as_of="2026-03-01",
  plans=[ended_plan(reports=[{"date": "2024-12-31", "to": "kommunstyrelse"}])],
  findings=[("VAR-05", "sn-2025")])
t("var-05-reported-after-as-of", "Redovisningen är daterad efter referensdatumet: räknas inte",
  as_of="2026-03-01",
  plans=[ended_plan(reports=[{"date": "2026-03-02", "to": "kommunstyrelse"}])],
  findings=[("VAR-05", "sn-2025")])
t("var-05-plan-ends-on-as-of", "Perioden slutar på referensdatumet: inte avslutad, ingen redovisning "
  "krävs än",
  as_of="2025-12-31", plans=[ended_plan()], findings=[])
t("var-05-any-body", "Kommunstyrelsens egen avslutade åtgärdsplan utan redovisning: fel",
  as_of="2026-03-01",
  plans=[atgardsplan("ks-2025", "kommunstyrelsen", "2025-01-01", "2025-12-31")],
  findings=[("VAR-05", "ks-2025")])

# --- VAR-06: revised after adoption and by 2021-12-31, once as-of is past it

t("var-06-not-yet-applicable", "Referensdatum 2021-12-31: kravet gäller inte än, ingen revidering "
  "behövs",
  as_of="2021-12-31", policy={"revisions": []}, findings=[])
t("var-06-no-revision", "Referensdatum 2022-01-01 utan revidering: fel",
  as_of="2022-01-01", policy={"revisions": []}, findings=[("VAR-06", POLICY)])
t("var-06-revised-on-deadline", "Reviderad 2021-12-31: håller",
  as_of="2022-01-01", policy={"revisions": [{"date": "2021-12-31", "version": 2}]}, findings=[])
t("var-06-revised-too-late", "Reviderad först 2022-01-01: fel",
  as_of="2026-11-22", policy={"revisions": [{"date": "2022-01-01", "version": 2}]},
  findings=[("VAR-06", POLICY)])
t("var-06-revision-on-adoption-day", "Revisionen har antagandedatumet och är ingen revidering efter "
  "antagandet",
  as_of="2026-11-22", policy={"revisions": [{"date": "2017-11-30", "version": 1}]},
  findings=[("VAR-06", POLICY)])
t("var-06-revised-on-does-not-count", "Bara Senast reviderad 2020-01-01, ingen revidering på bladet Revideringar: fel",
  as_of="2026-11-22", policy={"revisions": [], "revised_on": "2020-01-01"},
  findings=[("VAR-06", POLICY)])

# --- VAR-07: every action of an åtgärdsplan belongs to one of the policy's priorities

PRIORITIES = ["målgruppens delaktighet i integrationsarbetet",
              "att främja mångfald i det personalpolitiska arbetet"]

t("var-07-in-priorities", "Åtgärderna hör till policyns prioriteringar; en verksamhetsplans "
  "åtgärd utan fokusområde berörs inte",
  as_of="2026-11-22", policy={"focus_areas": PRIORITIES},
  plans=[atgardsplan("sn-2026", "socialnamnden",
                     actions=[action("sn-a1", focus_area=PRIORITIES[0]),
                              action("sn-a2", focus_area=PRIORITIES[1])]),
         plan("ks-2026", "kommunstyrelsen", "verksamhetsplan", "2026-01-01", "2026-12-31",
              actions=[action("ks-a1")])],
  findings=[])
t("var-07-outside-or-missing", "En åtgärd utan fokusområde och en med ett område som inte är en "
  "av policyns prioriteringar (annan stavning): ett fynd var",
  as_of="2026-11-22", policy={"focus_areas": PRIORITIES},
  plans=[atgardsplan("sn-2026", "socialnamnden",
                     actions=[action("sn-a1"),
                              action("sn-a2", focus_area="Målgruppens delaktighet"),
                              action("sn-a3", focus_area=PRIORITIES[0])])],
  findings=[("VAR-07", "sn-a1"), ("VAR-07", "sn-a2")])

# --- VAR-08: actions with an interval are followed up at that interval


def with_follow_ups(*dates):
    return [{"date": d, "reported_to": "socialnamnden"} for d in dates]


t("var-08-exact-interval", "Uppföljning var sjätte månad från starten till referensdatumet, "
  "exakt sex månader: håller",
  as_of="2026-07-01",
  plans=[atgardsplan("sn-2026", "socialnamnden",
                     actions=[action("sn-a1", starts_on="2026-01-01", follow_up_interval="P6M")],
                     follow_ups=with_follow_ups("2026-07-01"))],
  findings=[])
t("var-08-one-day-over", "Första uppföljningen en dag efter sex månader: fel",
  as_of="2026-07-02",
  plans=[atgardsplan("sn-2026", "socialnamnden",
                     actions=[action("sn-a1", starts_on="2026-01-01", follow_up_interval="P6M")],
                     follow_ups=with_follow_ups("2026-07-02"))],
  findings=[("VAR-08", "sn-a1")])
t("var-08-gap-to-as-of", "Uppföljd en gång, sedan inte: luckan fram till referensdatumet är för "
  "lång; en åtgärd utan intervall och en som börjar senare berörs inte",
  as_of="2026-11-22",
  plans=[atgardsplan("sn-2026", "socialnamnden",
                     actions=[action("sn-a1", follow_up_interval="P3M"),
                              action("sn-a2", follow_up_interval=OMIT),
                              action("sn-a3", starts_on="2026-10-01", follow_up_interval="P3M")],
                     follow_ups=with_follow_ups("2026-03-31"))],
  findings=[("VAR-08", "sn-a1")])
t("var-08-ended-plan", "Planperioden har slutat: uppföljningar krävs bara till periodens slut",
  as_of="2026-11-22",
  plans=[atgardsplan("sn-2025", "socialnamnden", "2025-01-01", "2025-12-31",
                     actions=[action("sn-a1", follow_up_interval="P6M")],
                     follow_ups=with_follow_ups("2025-06-30", "2025-12-30"))],
  findings=[])
