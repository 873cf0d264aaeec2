"""TRA-01..05: Tranemo, Integrationspolicy KS/2017:749 (1452)."""

from test_builders import OMIT, Pack, action, goal, plan

POLICY = "tranemo-integrationspolicy"

pack = Pack("tranemo", "Tranemo kommun", "1452", {
    "id": POLICY,
    "title": "Integrationspolicy",
    "document_type": "policy",
    "registration_number": "KS/2017:749",
    "adopted_by": "kommunfullmaktige",
    "adopted_on": "2018-09-03",
    "valid_until": None,
    "owner": "Servicesektionen",
})
t = pack.test


def follow_ups(*dates):
    return [{"date": d, "reported_to": "kommunstyrelsen"} for d in dates]


def revisions(*dates):
    return [{"date": d} for d in dates]


# --- TRA-01: no gap over 4 years in adopted_on, follow-ups, as-of

t("tra-01-exactly-four-years", "Antagen 2018-09-03, uppföljd 2022-09-03, referensdatum 2026-09-03: "
  "två luckor på exakt 4 år godtas",
  as_of="2026-09-03", policy={"follow_ups": follow_ups("2022-09-03")}, findings=[])
t("tra-01-four-years-and-a-day", "Uppföljning 4 år och 1 dag efter antagandet: fel",
  as_of="2023-06-01", policy={"follow_ups": follow_ups("2022-09-04")},
  findings=[("TRA-01", POLICY)])
t("tra-01-as-of-four-years-after", "Ingen uppföljning, referensdatum exakt 4 år efter antagandet: håller",
  as_of="2022-09-03", findings=[])
t("tra-01-as-of-four-years-and-a-day", "Ingen uppföljning, referensdatum 4 år och 1 dag efter: fel",
  as_of="2022-09-04", findings=[("TRA-01", POLICY)])
t("tra-01-leap-day", "Antagen 2016-02-29, uppföljd 2020-02-29 och referensdatum 2024-02-29: håller",
  as_of="2024-02-29",
  policy={"adopted_on": "2016-02-29", "follow_ups": follow_ups("2020-02-29")}, findings=[])
t("tra-01-leap-day-plus-one", "Antagen 2016-02-29, första uppföljning 2020-03-01: fel",
  as_of="2021-01-01",
  policy={"adopted_on": "2016-02-29", "follow_ups": follow_ups("2020-03-01")},
  findings=[("TRA-01", POLICY)])
t("tra-01-unsorted-follow-ups", "Uppföljningarna står i omvänd ordning i filen; sorterade är luckorna "
  "under 4 år",
  as_of="2026-11-22", policy={"follow_ups": follow_ups("2026-01-15", "2022-06-01")}, findings=[])
t("tra-01-follow-up-after-as-of", "Enda uppföljningen är daterad efter referensdatumet och räknas inte",
  as_of="2022-12-01", policy={"follow_ups": follow_ups("2022-12-20")},
  findings=[("TRA-01", POLICY)])
t("tra-01-gap-in-the-middle", "Täta uppföljningar i början och slutet men en lucka på över 4 år "
  "däremellan",
  as_of="2026-11-22", policy={"follow_ups": follow_ups("2019-03-01", "2023-06-01", "2026-01-01")},
  findings=[("TRA-01", POLICY)])
t("tra-01-missing-adopted-on", "Antagandedatum saknas: kan inte bedömas, fynd (aldrig tyst godkänt)",
  as_of="2022-12-01", policy={"adopted_on": OMIT, "follow_ups": follow_ups("2022-06-01")},
  findings=[("TRA-01", POLICY)])

# --- TRA-02: no gap over 4 years in adopted_on, revisions, revised_on, as-of

t("tra-02-exactly-four-years", "Antagen 2018-09-03, reviderad 2022-09-03, referensdatum 2026-09-03: håller",
  as_of="2026-09-03", policy={"revisions": revisions("2022-09-03")}, findings=[])
t("tra-02-four-years-and-a-day", "Revidering 4 år och 1 dag efter antagandet: fel",
  as_of="2023-06-01", policy={"revisions": revisions("2022-09-04")},
  findings=[("TRA-02", POLICY)])
t("tra-02-revised-on-counts", "Ingen revidering på bladet Revideringar men Senast reviderad 2022-06-01: håller 2026-01-01",
  as_of="2026-01-01", policy={"revisions": [], "revised_on": "2022-06-01"}, findings=[])
t("tra-02-leap-day", "Antagen 2016-02-29, reviderad 2020-02-29, referensdatum 2024-02-29: håller",
  as_of="2024-02-29", policy={"adopted_on": "2016-02-29", "revisions": revisions("2020-02-29")},
  findings=[])
t("tra-02-leap-day-plus-one", "Antagen 2016-02-29, reviderad först 2020-03-01: fel",
  as_of="2021-01-01", policy={"adopted_on": "2016-02-29", "revisions": revisions("2020-03-01")},
  findings=[("TRA-02", POLICY)])
t("tra-02-revision-after-as-of", "Revidering och Senast reviderad daterade efter referensdatumet räknas inte",
  as_of="2023-01-01",
  policy={"revisions": revisions("2023-01-10"), "revised_on": "2023-01-10"},
  findings=[("TRA-02", POLICY)])
t("tra-02-follow-ups-are-not-revisions", "Uppföljningar räknas inte som revideringar",
  as_of="2023-01-01", policy={"follow_ups": follow_ups("2021-01-01"), "revisions": []},
  findings=[("TRA-02", POLICY)])
t("tra-02-same-fact-as-com-02", "Giltig t.o.m. 2022-09-02 och inte reviderad: en brist, ett fynd "
  "(COM-02:s, som nämner TRA-02)",
  as_of="2023-06-01", policy={"valid_until": "2022-09-02", "revisions": []},
  findings=[("COM-02", POLICY)], rules=["COM-02", "TRA-02"])
t("tra-02-missing-adopted-on", "Antagandedatum saknas: kan inte bedömas, fynd",
  as_of="2022-12-01", policy={"adopted_on": OMIT, "revisions": revisions("2022-06-01")},
  findings=[("TRA-02", POLICY)])

# --- TRA-03: a riktlinje derived from the policy

RIKTLINJE = {"document_type": "riktlinje", "title": "Riktlinjer för integrationsarbetet"}
RUTIN_KS = {"document_type": "rutin", "title": "Rutin för samverkan", "adopted_by": "kommunstyrelse"}

t("tra-03-riktlinje", "Riktlinjer har tagits fram: håller",
  as_of="2026-11-22", policy={"derived_documents": [RUTIN_KS, RIKTLINJE]}, findings=[])
t("tra-03-no-derived-documents", "Inga härledda dokument alls: fel",
  as_of="2026-11-22", findings=[("TRA-03", POLICY)])
t("tra-03-only-rutin", "Bara en rutin, ingen riktlinje: fel",
  as_of="2026-11-22", policy={"derived_documents": [RUTIN_KS]}, findings=[("TRA-03", POLICY)])

# --- TRA-04: a rutin adopted by the kommunstyrelse

t("tra-04-rutin-by-kind", "Rutin antagen av \"kommunstyrelse\" (organtyp): håller",
  as_of="2026-11-22", policy={"derived_documents": [RIKTLINJE, RUTIN_KS]}, findings=[])
t("tra-04-rutin-by-body-id", "Rutin antagen av \"kommunstyrelsen\" (id för organ av typen "
  "kommunstyrelse): håller",
  as_of="2026-11-22",
  policy={"derived_documents": [{**RUTIN_KS, "adopted_by": "kommunstyrelsen"}]}, findings=[])
t("tra-04-rutin-by-other-body", "Rutin antagen av socialnämnden: varning",
  as_of="2026-11-22",
  policy={"derived_documents": [{**RUTIN_KS, "adopted_by": "socialnamnden"}]},
  findings=[("TRA-04", POLICY)])
t("tra-04-rutin-without-adopted-by", "Rutin utan uppgift om vem som antog den: varning",
  as_of="2026-11-22",
  policy={"derived_documents": [{"document_type": "rutin", "title": "Rutin för samverkan"}]},
  findings=[("TRA-04", POLICY)])
t("tra-04-riktlinje-by-ks", "Kommunstyrelsen antog en riktlinje, ingen rutin: varning",
  as_of="2026-11-22",
  policy={"derived_documents": [{**RIKTLINJE, "adopted_by": "kommunstyrelsen"}]},
  findings=[("TRA-04", POLICY)])

# --- TRA-05: each of the four areas has an action in a plan in force

AREAS = ["Utbildning och språk", "Arbete", "Boende", "Fritid och socialt deltagande"]


def area_actions(prefix, areas, **fields):
    """Actions that serve the policy, one per area."""
    fields.setdefault("serves", [f"policy:{POLICY}"])
    return [action(f"{prefix}-a{i + 1}", focus_area=a, **fields) for i, a in enumerate(areas)]


t("tra-05-all-areas", "Alla fyra områden har åtgärder (en inställd) i planer som gäller: håller",
  as_of="2026-11-22",
  plans=[plan("ks-2026", "kommunstyrelsen", "handlingsplan", "2026-01-01", "2026-12-31",
              actions=area_actions("ks", AREAS[:3])),
         plan("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31",
              actions=area_actions("sn", AREAS[3:], status="cancelled"))],
  findings=[])
t("tra-05-two-areas-uncovered", "Boende och Fritid och socialt deltagande saknar åtgärder",
  as_of="2026-11-22",
  plans=[plan("ks-2026", "kommunstyrelsen", "handlingsplan", "2026-01-01", "2026-12-31",
              actions=area_actions("ks", AREAS[:2]))],
  findings=[("TRA-05", "Boende"), ("TRA-05", "Fritid och socialt deltagande")])
t("tra-05-no-plans", "Inga planer: alla fyra områden saknar åtgärder",
  as_of="2026-11-22", findings=[("TRA-05", a) for a in AREAS])
t("tra-05-plan-ends-on-as-of", "Planen slutar på referensdatumet och gäller: håller",
  as_of="2026-12-31",
  plans=[plan("ks-2026", "kommunstyrelsen", "handlingsplan", "2026-01-01", "2026-12-31",
              actions=area_actions("ks", AREAS))],
  findings=[])
t("tra-05-plan-ended-day-before", "Planen med Boende och Fritid slutade dagen före referensdatumet",
  as_of="2027-01-01",
  plans=[plan("ks-2026", "kommunstyrelsen", "handlingsplan", "2026-01-01", "2026-12-31",
              actions=area_actions("ks26", AREAS[2:])),
         plan("ks-2027", "kommunstyrelsen", "handlingsplan", "2027-01-01", "2027-12-31",
              actions=area_actions("ks27", AREAS[:2]))],
  findings=[("TRA-05", "Boende"), ("TRA-05", "Fritid och socialt deltagande")])
t("tra-05-exact-spelling", "Området stavat \"boende\" (gemen) räknas inte som Boende",
  as_of="2026-11-22",
  plans=[plan("ks-2026", "kommunstyrelsen", "handlingsplan", "2026-01-01", "2026-12-31",
              actions=area_actions("ks", ["Utbildning och språk", "Arbete", "boende",
                                          "Fritid och socialt deltagande"]))],
  findings=[("TRA-05", "Boende")])
t("tra-05-only-serving-actions-count", "Arbete och Boende har bara åtgärder som inte tjänar policyn "
  "(budget, lokaler); Arbete har också en som tjänar ett mål som utgår från policyn: Boende saknas",
  as_of="2026-11-22",
  plans=[plan("ks-2026", "kommunstyrelsen", "handlingsplan", "2026-01-01", "2026-12-31",
              actions=area_actions("ks", ["Utbildning och språk", "Fritid och socialt deltagande"])),
         plan("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31",
              goals=[goal("sn-mal-1", derived_from="Integrationspolicy, 2 Integrationspolicy")],
              actions=[action("sn-b1", focus_area="Arbete", serves=["budget-2026"]),
                       action("sn-b2", focus_area="Boende", serves=OMIT),
                       action("sn-b3", focus_area="Arbete", serves=["sn-mal-1"])])],
  findings=[("TRA-05", "Boende")])
