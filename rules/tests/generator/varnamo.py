"""VAR-01..06: Värnamo, Policy för integrationspolitik, KF 2017-11-30 § 244 (0683)."""

from .build import KF, KS, OMIT, SN, Pack, action, body, plan

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


# --- VAR-01: every nämnd and wholly owned bolag has an åtgärdsplan in force

t("var-01-plans-in-force", "Socialnämnden och det helägda bolaget har åtgärdsplaner som gäller; "
  "det delägda bolaget och kommunstyrelsen behöver ingen",
  as_of="2026-11-22", bodies=BODIES,
  plans=[atgardsplan("sn-2026", "socialnamnden"), atgardsplan("vabo-2026", "vabo")],
  findings=[])
t("var-01-wrong-type-and-expired", "Socialnämnden har bara en verksamhetsplan, bolagets åtgärdsplan "
  "slutade före referensdatumet",
  as_of="2026-11-22", bodies=BODIES,
  plans=[plan("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31"),
         atgardsplan("vabo-2025", "vabo", "2025-01-01", "2025-12-31")],
  findings=[("VAR-01", "socialnamnden"), ("VAR-01", "vabo")])
t("var-01-no-plans", "Inga planer: nämnden och det helägda bolaget saknar åtgärdsplan",
  as_of="2026-11-22", bodies=BODIES,
  findings=[("VAR-01", "socialnamnden"), ("VAR-01", "vabo")])
t("var-01-plan-starts-on-as-of", "Åtgärdsplanerna börjar på referensdatumet och gäller",
  as_of="2026-01-01", bodies=BODIES,
  plans=[atgardsplan("sn-2026", "socialnamnden"), atgardsplan("vabo-2026", "vabo")],
  findings=[])
t("var-01-plan-starts-day-after", "Åtgärdsplanen börjar dagen efter referensdatumet och gäller inte än",
  as_of="2025-12-31", bodies=[KF, KS, SN],
  plans=[atgardsplan("sn-2026", "socialnamnden")],
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
t("var-04-reported-to-body-id", "reported_to är id för kommunfullmäktige-organet: räknas",
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
t("var-06-revised-on-does-not-count", "Bara revised_on 2020-01-01, ingen post i revisions: fel",
  as_of="2026-11-22", policy={"revisions": [], "revised_on": "2020-01-01"},
  findings=[("VAR-06", POLICY)])


# --- H4 (issue 15): VAR-07, every action of an åtgärdsplan belongs to a focus area of the policy.
# H3 writes the catalogue's VAR-07; on merge keep H3's tests and drop these.

FOCUS = ["Arbete och sysselsättning", "Utbildning"]

t("var-07-actions-in-focus-areas", "Åtgärdsplanens två åtgärder hör till var sitt prioriterat område: "
  "håller",
  as_of="2026-11-22", bodies=BODIES, policy={"focus_areas": FOCUS},
  plans=[atgardsplan("sn-ap", "socialnamnden",
                     actions=[action("a1", focus_area="Utbildning"),
                              action("a2", focus_area="Arbete och sysselsättning")])],
  findings=[])
t("var-07-action-without-area", "En åtgärd anger inget område: fel om åtgärden",
  as_of="2026-11-22", bodies=BODIES, policy={"focus_areas": FOCUS},
  plans=[atgardsplan("sn-ap", "socialnamnden", actions=[action("a1")])],
  findings=[("VAR-07", "a1")])
t("var-07-area-not-in-policy", "En åtgärd hör till ett område som policyn inte prioriterar: fel",
  as_of="2026-11-22", bodies=BODIES, policy={"focus_areas": FOCUS},
  plans=[atgardsplan("sn-ap", "socialnamnden", actions=[action("a1", focus_area="Fritid")])],
  findings=[("VAR-07", "a1")])
t("var-07-other-plan-types", "En verksamhetsplans åtgärder utan område räknas inte",
  as_of="2026-11-22", bodies=BODIES, policy={"focus_areas": FOCUS},
  plans=[plan("sn-vp", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31",
              actions=[action("a1")])],
  findings=[])
