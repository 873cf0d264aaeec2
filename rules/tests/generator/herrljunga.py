"""HER-01..03: Herrljunga, Integrationspolicy KS-2016-284, fastställd 2017-11-14 (1466)."""

from .build import KF, KS, SN, Pack, body, goal, plan

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


# --- HER-01: every nämnd has 1-2 goals over its plans in force

t("her-01-zero-goals", "Socialnämndens plan som gäller har inga mål: fel",
  as_of="2026-11-22", plans=[sn_plan("sn-2026", "2026-01-01", "2026-12-31", goals=[])],
  findings=[("HER-01", "socialnamnden")])
t("her-01-one-goal", "Ett mål: håller",
  as_of="2026-11-22", plans=[sn_plan("sn-2026", "2026-01-01", "2026-12-31",
                                     goals=goals("sn", 1))],
  findings=[])
t("her-01-two-goals-two-plans", "Två mål i två planer som båda gäller: håller",
  as_of="2026-11-22",
  plans=[sn_plan("sn-2026", "2026-01-01", "2026-12-31", goals=goals("sn26", 1)),
         sn_plan("sn-2025-2027", "2025-07-01", "2027-06-30", goals=goals("sn27", 1))],
  findings=[])
t("her-01-three-goals", "Tre mål: fler än två, fel",
  as_of="2026-11-22", plans=[sn_plan("sn-2026", "2026-01-01", "2026-12-31",
                                     goals=goals("sn", 3))],
  findings=[("HER-01", "socialnamnden")])
t("her-01-plan-ends-on-as-of", "Planen slutar på referensdatumet och dess mål räknas",
  as_of="2026-11-22", plans=[sn_plan("sn-2026", "2026-01-01", "2026-11-22",
                                     goals=goals("sn", 2))],
  findings=[])
t("her-01-plan-ended-day-before", "Planen slutade dagen före referensdatumet: inga mål räknas",
  as_of="2026-11-22", plans=[sn_plan("sn-2026", "2026-01-01", "2026-11-21",
                                     goals=goals("sn", 2))],
  findings=[("HER-01", "socialnamnden")])
t("her-01-only-namnder", "Kommunstyrelsen (ingen nämnd) med tre mål berörs inte; båda nämnderna "
  "har ett mål var, en äldre plan med fler mål räknas inte",
  as_of="2026-11-22", bodies=[KF, KS, SN, KFN],
  plans=[sn_plan("sn-2026", "2026-01-01", "2026-12-31", goals=goals("sn", 1)),
         sn_plan("sn-2025", "2025-01-01", "2025-12-31", goals=goals("sn25", 2)),
         plan("kfn-2026", "kultur-och-fritidsnamnden", "verksamhetsplan", "2026-01-01",
              "2026-12-31", goals=goals("kfn", 1)),
         plan("ks-2026", "kommunstyrelsen", "handlingsplan", "2026-01-01", "2026-12-31",
              goals=goals("ks", 3))],
  findings=[])
t("her-01-namnd-without-plans", "Kultur- och fritidsnämnden har inga planer: 0 mål, fel",
  as_of="2026-11-22", bodies=[KF, KS, SN, KFN],
  plans=[sn_plan("sn-2026", "2026-01-01", "2026-12-31", goals=goals("sn", 2))],
  findings=[("HER-01", "kultur-och-fritidsnamnden")])

# --- HER-02: the goals HER-01 counts are derived from the inriktningsmål

t("her-02-derived", "Båda målen anger inriktningsmålet: håller",
  as_of="2026-11-22", plans=[sn_plan("sn-2026", "2026-01-01", "2026-12-31",
                                     goals=goals("sn", 2))],
  findings=[])
t("her-02-not-derived", "Ett mål utan derived_from och ett med tomt: en varning per mål",
  as_of="2026-11-22",
  plans=[sn_plan("sn-2026", "2026-01-01", "2026-12-31",
                 goals=[goal("sn-mal-1"), goal("sn-mal-2", derived_from="")])],
  findings=[("HER-02", "sn-mal-1"), ("HER-02", "sn-mal-2")])
t("her-02-uncounted-goals-ignored", "Mål utan derived_from i en avslutad plan och i "
  "kommunstyrelsens plan räknas inte av HER-01 och prövas inte",
  as_of="2026-11-22",
  plans=[sn_plan("sn-2026", "2026-01-01", "2026-12-31", goals=goals("sn", 1)),
         sn_plan("sn-2025", "2025-01-01", "2025-12-31", goals=[goal("sn25-mal-1")]),
         plan("ks-2026", "kommunstyrelsen", "handlingsplan", "2026-01-01", "2026-12-31",
              goals=[goal("ks-mal-1")])],
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
