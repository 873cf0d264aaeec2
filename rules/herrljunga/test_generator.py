"""HER-01..03: Herrljunga, Integrationspolicy KS-2016-284, fastställd 2017-11-14 (1466)."""

from test_builders import KF, KS, SN, Pack, body, goal, plan

POLICY = "herrljunga-integrationspolicy"

pack = Pack("herrljunga", "Herrljunga kommun", "1466", {
    "id": POLICY,
    "title": "Integrationspolicy för Herrljunga kommun",
    "document_type": "policy",
    "registration_number": "KS-2016-284",
    "adopted_by": "kommunfullmaktige",
    "adopted_on": "2017-11-14",
    "valid_until": None,
    "owner": "Folkhälsoutvecklare",
})
t = pack.test

KFN = body("kultur-och-fritidsnamnden", "Kultur- och fritidsnämnden", "nämnd")
VI = "Herrljunga kommun har en tydlig VI-känsla!"


def goals(prefix, n, **fields):
    return [goal(f"{prefix}-mal-{i + 1}", derived_from=VI, **fields) for i in range(n)]


def sn_plan(id, period_from, period_to, **fields):
    return plan(id, "socialnamnden", "verksamhetsplan", period_from, period_to, **fields)


# --- HER-01: every nämnd (the kommunstyrelse included) has 1-2 goals that
# serve the policy, over its plans in force; other goals are not counted.
# Every case gives the kommunstyrelse its own integration goal, so that only
# the nämnd under test can fail.

def ks_plan(n=1, **fields):
    return plan("ks-2026", "kommunstyrelsen", "verksamhetsplan", "2026-01-01", "2026-12-31",
                goals=goals("ks", n), **fields)


def other_goals(prefix, n):
    """Budget, staff and quality goals: they serve no policy."""
    texts = ["Budget i balans", "Sjukfrånvaron under 6 procent", "Nöjd medarbetarindex minst 75",
             "Handläggningstid under 30 dagar", "Ökad digitalisering", "Minskad energianvändning",
             "Fler heltidstjänster", "God arbetsmiljö", "Nöjd kund-index minst 70",
             "Kostnad per brukare i nivå med jämförbara kommuner"]
    return [goal(f"{prefix}-ovr-{i + 1}", texts[i % len(texts)]) for i in range(n)]


t("her-01-zero-goals", "Socialnämndens plan som gäller har inga mål: fel",
  as_of="2026-11-22", plans=[ks_plan(), sn_plan("sn-2026", "2026-01-01", "2026-12-31", goals=[])],
  findings=[("HER-01", "socialnamnden")])
t("her-01-one-goal", "Ett mål: håller",
  as_of="2026-11-22", plans=[ks_plan(), sn_plan("sn-2026", "2026-01-01", "2026-12-31",
                                                goals=goals("sn", 1))],
  findings=[])
t("her-01-ten-goals-two-serve", "Tio mål i verksamhetsplanen, varav två utgår från policyn "
  "(ett med derived_from, ett med serves): håller",
  as_of="2026-11-22",
  plans=[ks_plan(), sn_plan("sn-2026", "2026-01-01", "2026-12-31",
                            goals=other_goals("sn", 8) + goals("sn", 1)
                            + [goal("sn-mal-serves", serves=[f"policy:{POLICY}"])])],
  findings=[])
t("her-01-ten-goals-none-serve", "Tio mål i verksamhetsplanen, inget utgår från policyn: 0, fel",
  as_of="2026-11-22",
  plans=[ks_plan(), sn_plan("sn-2026", "2026-01-01", "2026-12-31",
                            goals=other_goals("sn", 9)
                            + [goal("sn-annan", serves=["policy:herrljunga-budgetpolicy"])])],
  findings=[("HER-01", "socialnamnden")])
t("her-01-two-goals-two-plans", "Två mål i två planer som båda gäller: håller",
  as_of="2026-11-22",
  plans=[ks_plan(), sn_plan("sn-2026", "2026-01-01", "2026-12-31", goals=goals("sn26", 1)),
         sn_plan("sn-2025-2027", "2025-07-01", "2027-06-30", goals=goals("sn27", 1))],
  findings=[])
t("her-01-three-goals", "Tre mål som utgår från policyn: fler än två, fel",
  as_of="2026-11-22", plans=[ks_plan(), sn_plan("sn-2026", "2026-01-01", "2026-12-31",
                                                goals=goals("sn", 3) + other_goals("sn", 2))],
  findings=[("HER-01", "socialnamnden")])
t("her-01-plan-ends-on-as-of", "Planen slutar på referensdatumet och dess mål räknas",
  as_of="2026-11-22", plans=[ks_plan(), sn_plan("sn-2026", "2026-01-01", "2026-11-22",
                                                goals=goals("sn", 2))],
  findings=[])
t("her-01-plan-ended-day-before", "Planen slutade dagen före referensdatumet: inga mål räknas",
  as_of="2026-11-22", plans=[ks_plan(), sn_plan("sn-2026", "2026-01-01", "2026-11-21",
                                                goals=goals("sn", 2))],
  findings=[("HER-01", "socialnamnden")])
t("her-01-kommunstyrelsen-is-a-namnd", "Kommunstyrelsen är en nämnd (kommunallagen): med tre "
  "integrationsmål brister den, utan plan brister den också; en äldre plan räknas inte",
  as_of="2026-11-22", bodies=[KF, KS, SN, KFN],
  plans=[sn_plan("sn-2026", "2026-01-01", "2026-12-31", goals=goals("sn", 1)),
         sn_plan("sn-2025", "2025-01-01", "2025-12-31", goals=goals("sn25", 2)),
         plan("kfn-2026", "kultur-och-fritidsnamnden", "verksamhetsplan", "2026-01-01",
              "2026-12-31", goals=goals("kfn", 1)),
         ks_plan(3)],
  findings=[("HER-01", "kommunstyrelsen")])
t("her-01-statutory-and-joint", "Valnämnden (lagstadgad) räknas och saknar mål; en gemensam nämnd "
  "med annan värdkommun är inte kommunens nämnd; förvaltningar och bolag räknas inte",
  as_of="2026-11-22",
  bodies=[KF, KS, SN, body("valnamnden", "Valnämnden", "nämnd", statutory=True),
          body("sn-gemensam", "Gemensam nämnd för familjerätt", "gemensam nämnd", host="1490"),
          body("socialforvaltningen", "Socialförvaltningen", "förvaltning"),
          body("herrljunga-elektriska", "Herrljunga Elektriska AB", "bolag", wholly_owned=True)],
  plans=[ks_plan(), sn_plan("sn-2026", "2026-01-01", "2026-12-31", goals=goals("sn", 1))],
  findings=[("HER-01", "valnamnden")])
t("her-01-hosted-joint-committee", "En gemensam nämnd som kommunen är värd för räknas som nämnd "
  "och saknar mål",
  as_of="2026-11-22",
  bodies=[KF, KS, SN, body("gemensam-ikt", "Gemensam IT-nämnd", "gemensam nämnd", host="1466")],
  plans=[ks_plan(), sn_plan("sn-2026", "2026-01-01", "2026-12-31", goals=goals("sn", 1))],
  findings=[("HER-01", "gemensam-ikt")])
t("her-01-namnd-without-plans", "Kultur- och fritidsnämnden har inga planer: 0 mål, fel",
  as_of="2026-11-22", bodies=[KF, KS, SN, KFN],
  plans=[ks_plan(), sn_plan("sn-2026", "2026-01-01", "2026-12-31", goals=goals("sn", 2))],
  findings=[("HER-01", "kultur-och-fritidsnamnden")])

# --- HER-02: goals that serve the policy name the inriktningsmål

t("her-02-derived", "Båda målen anger inriktningsmålet: håller",
  as_of="2026-11-22", plans=[ks_plan(), sn_plan("sn-2026", "2026-01-01", "2026-12-31",
                                                goals=goals("sn", 2))],
  findings=[])
t("her-02-serves-but-not-derived", "Två mål tjänar policyn (Tjänar) men anger inte "
  "inriktningsmålet (saknas, tomt): en varning per mål",
  as_of="2026-11-22",
  plans=[ks_plan(), sn_plan("sn-2026", "2026-01-01", "2026-12-31",
                            goals=[goal("sn-mal-1", serves=[f"policy:{POLICY}"]),
                                   goal("sn-mal-2", derived_from="",
                                        serves=[f"policy:{POLICY}/vi-kansla"])])],
  findings=[("HER-02", "sn-mal-1"), ("HER-02", "sn-mal-2")])
t("her-02-uncounted-goals-ignored", "Mål som inte tjänar policyn, mål i en avslutad plan och mål "
  "hos ett organ som inte är nämnd prövas inte",
  as_of="2026-11-22",
  bodies=[KF, KS, SN, body("socialforvaltningen", "Socialförvaltningen", "förvaltning")],
  plans=[ks_plan(), sn_plan("sn-2026", "2026-01-01", "2026-12-31",
                            goals=goals("sn", 1) + other_goals("sn", 3)),
         sn_plan("sn-2025", "2025-01-01", "2025-12-31",
                 goals=[goal("sn25-mal-1", serves=[f"policy:{POLICY}"])]),
         plan("sf-2026", "socialforvaltningen", "verksamhetsplan", "2026-01-01", "2026-12-31",
              goals=[goal("sf-mal-1", serves=[f"policy:{POLICY}"])])],
  findings=[])

# --- HER-03: every plan whose period ended has a follow-up


def follow_up(date):
    return [{"date": date, "reported_to": "kommunstyrelsen"}]


t("her-03-followed-up", "Avslutad plan uppföljd; planen som gäller behöver ingen uppföljning än",
  as_of="2026-11-22",
  plans=[sn_plan("sn-2025", "2025-01-01", "2025-12-31", follow_ups=follow_up("2026-02-15")),
         sn_plan("sn-2026", "2026-01-01", "2026-12-31")],
  findings=[])
t("her-03-not-followed-up", "Två avslutade planer (en nämnds, kommunstyrelsens) utan uppföljning",
  as_of="2026-11-22",
  plans=[sn_plan("sn-2025", "2025-01-01", "2025-12-31", follow_ups=[]),
         plan("ks-2025", "kommunstyrelsen", "handlingsplan", "2025-01-01", "2025-12-31")],
  findings=[("HER-03", "sn-2025"), ("HER-03", "ks-2025")])
t("her-03-plan-ends-on-as-of", "Planen slutar på referensdatumet: inte avslutad, ingen uppföljning "
  "krävs",
  as_of="2025-12-31", plans=[sn_plan("sn-2025", "2025-01-01", "2025-12-31")], findings=[])
t("her-03-follow-up-after-as-of", "Enda uppföljningen är daterad efter referensdatumet",
  as_of="2026-01-15",
  plans=[sn_plan("sn-2025", "2025-01-01", "2025-12-31", follow_ups=follow_up("2026-02-15"))],
  findings=[("HER-03", "sn-2025")])
t("her-03-follow-up-during-period", "En uppföljning under perioden räknas, oavsett datum",
  as_of="2026-11-22",
  plans=[sn_plan("sn-2025", "2025-01-01", "2025-12-31", follow_ups=follow_up("2025-06-30"))],
  findings=[])
