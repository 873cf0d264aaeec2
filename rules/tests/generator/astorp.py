"""AST-01..06: Åstorp, Integrationspolicy DNR 2018/103, antagen 2018-06-25 (1277)."""

from .build import KF, KS, OMIT, SN, Pack, action, body, goal, plan

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


# --- AST-01: a handlingsplan by the kommunstyrelse for every year after adoption, to as-of's year

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
t("ast-01-covers-only-31-december", "Planen 2019-12-31–2020-12-31 täcker 2019 med sin första dag "
  "och 2020: håller",
  as_of="2020-06-01", plans=[ks_plan("ks-2020", "2019-12-31", "2020-12-31")], findings=[])
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

# --- AST-02: every nämnd has a goal in a plan in force

t("ast-02-goals-in-force", "Båda nämnderna har mål i planer som gäller (en slutar på "
  "referensdatumet)",
  as_of="2026-11-22", bodies=[KF, KS, SN, BUN],
  plans=[ks_plan("sn-2026", "2026-01-01", "2026-12-31", "verksamhetsplan", "socialnamnden",
                 goals=[goal("sn-mal-1")]),
         ks_plan("bun-2026", "2026-01-01", "2026-11-22", "verksamhetsplan",
                 "barn-och-utbildningsnamnden", goals=[goal("bun-mal-1")])],
  findings=[])
t("ast-02-goals-only-in-old-plan", "Socialnämndens mål finns bara i en plan som slutade dagen före; "
  "barn- och utbildningsnämnden har en plan utan mål",
  as_of="2026-01-01", bodies=[KF, KS, SN, BUN],
  plans=[ks_plan("sn-2025", "2025-01-01", "2025-12-31", "verksamhetsplan", "socialnamnden",
                 goals=[goal("sn-mal-1")]),
         ks_plan("bun-2026", "2026-01-01", "2026-12-31", "verksamhetsplan",
                 "barn-och-utbildningsnamnden", goals=[])],
  findings=[("AST-02", "socialnamnden"), ("AST-02", "barn-och-utbildningsnamnden")])
t("ast-02-no-plans", "Nämnden har inga planer; kommunstyrelsen (ingen nämnd) behöver inga mål",
  as_of="2026-11-22", findings=[("AST-02", "socialnamnden")])

# --- AST-03: a follow-up to the kommunstyrelse every complete calendar year after adoption
# Adopted 2018-06-25: with as-of in 2021 the complete years are 2019 and 2020.


def ks_follow_ups(*pairs):
    return [{"date": d, "reported_to": to} for d, to in pairs]


t("ast-03-every-year", "Uppföljningar 2019-12-31 och 2020-01-01 till kommunstyrelsen: båda åren "
  "täckta",
  as_of="2021-03-01",
  policy={"follow_ups": ks_follow_ups(("2019-12-31", "kommunstyrelse"),
                                      ("2020-01-01", "kommunstyrelsen"))},
  findings=[])
t("ast-03-year-missing", "Uppföljning bara 2019: 2020 saknas",
  as_of="2021-03-01", policy={"follow_ups": ks_follow_ups(("2019-05-01", "kommunstyrelse"))},
  findings=[("AST-03", POLICY)])
t("ast-03-no-complete-year-yet", "Referensdatum 2019-12-31: inget helt kalenderår efter antagandet",
  as_of="2019-12-31", findings=[])
t("ast-03-first-complete-year", "Referensdatum 2020-01-01: 2019 är helt och saknar uppföljning",
  as_of="2020-01-01", findings=[("AST-03", POLICY)])
t("ast-03-reported-to-kommunfullmaktige", "Uppföljningarna gick till kommunfullmäktige: ett fynd "
  "per år",
  as_of="2021-03-01",
  policy={"follow_ups": ks_follow_ups(("2019-05-01", "kommunfullmäktige"),
                                      ("2020-05-01", "kommunfullmaktige"))},
  findings=[("AST-03", POLICY)] * 2)
t("ast-03-missing-adopted-on", "Antagandedatum saknas: vilka år som krävs kan inte avgöras, fynd",
  as_of="2021-03-01",
  policy={"adopted_on": OMIT,
          "follow_ups": ks_follow_ups(("2019-05-01", "kommunstyrelse"),
                                      ("2020-05-01", "kommunstyrelse"))},
  findings=[("AST-03", POLICY)])

# --- AST-04: goals have indicators, actions have a measure (every plan)

t("ast-04-indicators-and-measures", "Mål med indikator och åtgärd med mått: håller",
  as_of="2026-11-22",
  plans=[ks_plan("sn-2026", "2026-01-01", "2026-12-31", "verksamhetsplan", "socialnamnden",
                 goals=[goal("mal-1", indicators=["Andel i egen försörjning"])],
                 actions=[action("a1", measure="Antal deltagare")])],
  findings=[])
t("ast-04-missing", "Mål utan indikatorer (saknas, tom lista) och åtgärder utan mått (saknas, tomt), "
  "även i en gammal plan",
  as_of="2026-11-22",
  plans=[ks_plan("sn-2026", "2026-01-01", "2026-12-31", "verksamhetsplan", "socialnamnden",
                 goals=[goal("mal-1"), goal("mal-2", indicators=[])],
                 actions=[action("a1", measure=OMIT)]),
         ks_plan("sn-2019", "2019-01-01", "2019-12-31", "verksamhetsplan", "socialnamnden",
                 actions=[action("a19", measure="")])],
  findings=[("AST-04", "mal-1"), ("AST-04", "mal-2"), ("AST-04", "a1"), ("AST-04", "a19")])

# --- AST-05: the four areas in the kommunövergripande handlingsplan in force

AREAS = ["Samverkan och Samordning", "Skola, Utbildning och Egenförsörjning", "Bostad och Boende",
         "Samhällsliv och Hälsa"]


def area_actions(areas, **fields):
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


# --- H4 (issue 15): AST-07 and AST-08 as the wider trace needs them.
# H3 writes the catalogue's AST-07 and AST-08; on merge keep H3's tests and drop these.

t("ast-07-adopted-by-kommunfullmaktige", "Antagen av kommunfullmäktige (organets id): håller",
  as_of="2026-11-22", findings=[])
t("ast-07-adopted-by-kommunstyrelsen", "Antagen av kommunstyrelsen: fel",
  as_of="2026-11-22", policy={"adopted_by": "kommunstyrelsen"}, findings=[("AST-07", POLICY)])
t("ast-07-adopted-by-missing", "Beslutande organ saknas: kan inte bedömas, fynd",
  as_of="2026-11-22", policy={"adopted_by": OMIT}, findings=[("AST-07", POLICY)])


def ended_plan(status, follow_ups):
    return ks_plan("sn-2025", "2025-01-01", "2025-12-31", body_id="socialnamnden",
                   actions=[action("sn-a1", status=status)], follow_ups=follow_ups)


t("ast-08-done-and-followed-up", "Genomförd åtgärd i avslutad plan, uppföljd till kommunstyrelsen: "
  "håller",
  as_of="2026-11-22",
  plans=[ended_plan("done", [{"date": "2026-03-15", "reported_to": "kommunstyrelsen"}])],
  findings=[])
t("ast-08-done-not-followed-up", "Genomförd åtgärd, uppföljningen gick till nämnden själv: fel",
  as_of="2026-11-22",
  plans=[ended_plan("done", [{"date": "2026-03-15", "reported_to": "socialnamnden"}])],
  findings=[("AST-08", "sn-a1")])
t("ast-08-follow-up-after-as-of", "Uppföljningen är daterad efter referensdatumet: fel",
  as_of="2026-03-01",
  plans=[ended_plan("done", [{"date": "2026-03-15", "reported_to": "kommunstyrelsen"}])],
  findings=[("AST-08", "sn-a1")])
t("ast-08-policy-follow-up-after-plan", "Kommunstyrelsens uppföljning av policyn våren efter "
  "planåret räknas för planens åtgärder: håller",
  as_of="2026-11-22", policy={"follow_ups": [{"date": "2026-04-20", "reported_to": "kommunstyrelsen"}]},
  plans=[ended_plan("done", [])], findings=[])
t("ast-08-policy-follow-up-during-plan", "Policyns uppföljning under planåret räknas inte för en "
  "åtgärd i planen: fel",
  as_of="2026-11-22", policy={"follow_ups": [{"date": "2025-06-01", "reported_to": "kommunstyrelsen"}]},
  plans=[ended_plan("done", [])], findings=[("AST-08", "sn-a1")])
t("ast-08-policy-follow-up-after-completion", "Policyns uppföljning i december planåret, efter att "
  "åtgärden blev klar i oktober: håller",
  as_of="2026-11-22", policy={"follow_ups": [{"date": "2025-12-08", "reported_to": "kommunstyrelsen"}]},
  plans=[ks_plan("sn-2025", "2025-01-01", "2025-12-31", body_id="socialnamnden",
                 actions=[action("sn-a1", status="done", completed_on="2025-10-15")])],
  findings=[])
t("ast-08-not-done-or-running", "Pågående åtgärd, och en plan som ännu gäller: inget krav",
  as_of="2025-06-01",
  plans=[ended_plan("done", []),
         ks_plan("sn-2024", "2024-01-01", "2024-12-31", body_id="socialnamnden",
                 actions=[action("sn-b1", status="ongoing")])],
  findings=[])
