"""COM-01..05, the rules every pack includes. COM-01, COM-02 and COM-05 are
tested on Herrljunga's cases (1466); COM-03 and COM-04, which Herrljunga's
documents do not carry, on Dals-Ed's (1438). Each criterion is also tested
where it does not apply (no finding)."""

from test_builders import KF, KS, SN, OMIT, Pack, action, body, goal, plan

POLICY = "herrljunga-integrationspolicy"

pack = Pack("common", "Herrljunga kommun", "1466", {
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

DALS_ED = {"name": "Dals-Eds kommun", "code": "1438"}
DALS_ED_POLICY_ID = "dals-ed-integrationspolicy"
DALS_ED_POLICY = {
    "id": DALS_ED_POLICY_ID,
    "title": "Policy för integrationsarbetet I Dals-Eds Kommun",
    "document_type": "program",
    "adopted_by": "kommunfullmaktige",
    "adopted_on": "2013-06-19",
}


def td(name, description, **fields):
    """A test on Dals-Ed's case: COM-03 and COM-04 are bound there."""
    t(name, description, municipality=DALS_ED, policy_base=DALS_ED_POLICY, **fields)


# --- COM-01: the header names registration number, decision maker, date, owner

t("com-01-complete-header", "Diarienummer, beslutsfattare, datum och ägare finns: COM-01 håller",
  as_of="2026-11-22", findings=[])
t("com-01-missing-registration-number", "Diarienummer saknas: ett fynd om policyn",
  as_of="2026-11-22", policy={"registration_number": OMIT},
  findings=[("COM-01", POLICY)])
t("com-01-every-field-missing-or-empty",
  "Tomt diarienummer, tom beslutsfattare, inget datum, tom ägare: ett fynd per uppgift",
  as_of="2026-11-22",
  policy={"registration_number": "", "adopted_by": "", "adopted_on": OMIT, "owner": ""},
  findings=[("COM-01", POLICY)] * 4)

# --- COM-02: in force at as-of

t("com-02-valid-until-as-of", "Giltig t.o.m. samma dag som referensdatumet: gäller",
  as_of="2022-09-02", policy={"valid_until": "2022-09-02"}, findings=[])
t("com-02-valid-until-day-before", "Giltig t.o.m. dagen före referensdatumet: har upphört",
  as_of="2022-09-03", policy={"valid_until": "2022-09-02"},
  findings=[("COM-02", POLICY)])
t("com-02-valid-until-null", "Inget slutdatum (null): gäller tills vidare",
  as_of="2026-11-22", policy={"valid_until": None}, findings=[])
t("com-02-valid-until-absent", "Slutdatum anges inte alls: gäller tills vidare",
  as_of="2026-11-22", policy={"valid_until": OMIT}, findings=[])

# --- COM-03: every action's responsible is a body of the organisation

td("com-03-responsible-bodies-exist",
  "Policyns och planens åtgärder har organ i organisationen som ansvariga",
  as_of="2026-11-22",
  policy={"actions": [action("pol-a1", responsible="kommunstyrelsen")]},
  plans=[plan("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31",
              actions=[action("sn-a1", responsible="socialnamnden")])],
  findings=[])
td("com-03-responsible-unknown-body",
  "Ansvarig är en enhet som inte finns i organisationen, i policyn och i en gammal plan",
  as_of="2026-11-22",
  policy={"actions": [action("pol-a1", responsible="arbetsmarknadsenheten")]},
  plans=[plan("sn-2019", "socialnamnden", "verksamhetsplan", "2019-01-01", "2019-12-31",
              actions=[action("sn-a1", responsible="integrationsenheten"),
                       action("sn-a2", responsible="socialnamnden")])],
  findings=[("COM-03", "pol-a1"), ("COM-03", "sn-a1")])
td("com-03-responsible-missing", "En åtgärd utan ansvarig (saknas, tom): ett fynd per åtgärd",
  as_of="2026-11-22",
  plans=[plan("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31",
              actions=[action("sn-a1", responsible=OMIT), action("sn-a2", responsible="")])],
  findings=[("COM-03", "sn-a1"), ("COM-03", "sn-a2")])
td("com-03-responsible-kind-not-id",
  "Ansvarig anges som organtyp (kommunstyrelse), inte som id för ett organ: fynd",
  as_of="2026-11-22",
  plans=[plan("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31",
              actions=[action("sn-a1", responsible="kommunstyrelse")])],
  findings=[("COM-03", "sn-a1")])

# --- COM-04: deadlines kept; overdue by status, late by completed_on

SN_2026 = ("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31")


def with_actions(*actions):
    return [plan(*SN_2026, actions=list(actions))]


td("com-04-deadline-on-as-of", "Tidsgränsen är referensdatumet och åtgärden pågår: inte försenad",
  as_of="2026-11-22", plans=with_actions(action("a1", deadline="2026-11-22", status="ongoing")),
  findings=[])
td("com-04-deadline-day-before-as-of", "Tidsgränsen passerade dagen före och åtgärden pågår: försenad",
  as_of="2026-11-22", plans=with_actions(action("a1", deadline="2026-11-21", status="ongoing")),
  findings=[("COM-04", "a1")])
td("com-04-overdue-everywhere",
  "Försenade åtgärder räknas i policyn och i planer vars period är slut (planerade, pågående)",
  as_of="2026-11-22",
  policy={"actions": [action("pol-a1", deadline="2020-06-30", status="planned")]},
  plans=[plan("sn-2019", "socialnamnden", "verksamhetsplan", "2019-01-01", "2019-12-31",
              actions=[action("sn19-a1", deadline="2019-12-31", status="ongoing")])],
  findings=[("COM-04", "pol-a1"), ("COM-04", "sn19-a1")])
td("com-04-done-or-cancelled-not-overdue",
  "Passerad tidsgräns men genomförd (utan datum) eller avbruten: inte försenad",
  as_of="2026-11-22",
  plans=with_actions(action("a1", deadline="2026-03-31", status="done"),
                     action("a2", deadline="2026-03-31", status="cancelled")),
  findings=[])
td("com-04-completed-on-deadline", "Klar samma dag som tidsgränsen: inte sen",
  as_of="2026-11-22",
  plans=with_actions(action("a1", deadline="2026-05-31", status="done", completed_on="2026-05-31")),
  findings=[])
td("com-04-completed-one-day-late", "Klar dagen efter tidsgränsen: sen, varning",
  as_of="2026-11-22",
  plans=with_actions(action("a1", deadline="2026-05-31", status="done", completed_on="2026-06-01")),
  findings=[("COM-04", "a1", "warning")])
td("com-04-completed-after-as-of-ignored",
  "Klarmarkering daterad efter referensdatumet räknas inte som sen",
  as_of="2026-11-22",
  plans=with_actions(action("a1", deadline="2026-05-31", status="done", completed_on="2026-12-01")),
  findings=[])
td("com-04-overdue-and-late", "En åtgärd försenad och en annan sent klar: ett fel och en varning",
  as_of="2026-11-22",
  plans=with_actions(action("a1", deadline="2026-05-31", status="ongoing"),
                     action("a2", deadline="2026-05-31", status="done", completed_on="2026-07-01")),
  findings=[("COM-04", "a1"), ("COM-04", "a2", "warning")])

# --- COM-05: no personal identity numbers anywhere in the case
# 121212-1212 / 191212121212: Skatteverket's test number, valid check digit.


def described(text):
    return with_actions(action("a1", description=text))


t("com-05-no-personal-number", "Inga personnummer, bara datum och diarienummer",
  as_of="2026-11-22", plans=described("Uppföljning 2026-05-31 enligt KS-2016-284, 12 deltagare"),
  findings=[])
t("com-05-short-form-in-action", "ÅÅMMDD-NNNN med giltig kontrollsiffra i en åtgärd: fynd om åtgärden",
  as_of="2026-11-22", plans=described("Kontakt med 121212-1212 om språkcafé"),
  findings=[("COM-05", "a1")])
t("com-05-long-form-in-goal", "ÅÅÅÅMMDDNNNN med giltig kontrollsiffra i ett mål: fynd om målet",
  as_of="2026-11-22",
  plans=[plan(*SN_2026, goals=[goal("mal-1", "Följ upp ärende 191212121212 varje månad")])],
  findings=[("COM-05", "mal-1")])
t("com-05-in-record", "Personnummer i en post av ett slag som formatet inte typar: fynd om posten",
  as_of="2026-11-22",
  plans=[plan(*SN_2026, records={"home_visits": [
      {"id": "bo-1", "visited_on": "2026-02-01", "note": "811218-9876"}]})],
  findings=[("COM-05", "bo-1")])
t("com-05-in-plan-report", "Personnummer i en redovisning (utan id): fynd om planen",
  as_of="2026-11-22",
  plans=[plan(*SN_2026, reports=[{"date": "2026-06-01", "to": "kommunstyrelsen",
                                  "summary": "Redovisat för 811218-9876"}])],
  findings=[("COM-05", "sn-2026")])
t("com-05-in-policy-follow-up", "Personnummer i policyns uppföljning: fynd om policyn",
  as_of="2026-11-22",
  policy={"follow_ups": [{"date": "2020-03-01", "reported_to": "kommunfullmaktige",
                          "summary": "Föredragande 121212-1212"}]},
  findings=[("COM-05", POLICY)])
t("com-05-invalid-check-digit", "ÅÅMMDD-NNNN med fel kontrollsiffra: inget personnummer",
  as_of="2026-11-22", plans=described("Ärende 121212-1213"), findings=[])
t("com-05-coordination-number", "Samordningsnummer (dag + 60) med giltig kontrollsiffra: fynd",
  as_of="2026-11-22", plans=described("Ärende 121272-1235"), findings=[("COM-05", "a1")])
t("com-05-coordination-number-long-form",
  "Samordningsnummer i formen ÅÅÅÅMMDDNNNN (dag 72) med giltig kontrollsiffra: fynd",
  as_of="2026-11-22", plans=described("Ärende 191212721235"), findings=[("COM-05", "a1")])
t("com-05-coordination-number-bad-check-digit",
  "Samordningsnummer med fel kontrollsiffra: inget fynd",
  as_of="2026-11-22", plans=described("Ärende 121272-1236"), findings=[])
t("com-05-day-92-not-coordination", "Dag 92 (32 + 60) finns inte: inget samordningsnummer",
  as_of="2026-11-22", plans=described("Ärende 121292-1231"), findings=[])
t("com-05-long-form-with-hyphen", "ÅÅÅÅMMDD-NNNN matchas inte",
  as_of="2026-11-22", plans=described("Ärende 19121212-1212"), findings=[])
t("com-05-plus-form", "ÅÅMMDD+NNNN matchas inte",
  as_of="2026-11-22", plans=described("Ärende 121212+1212"), findings=[])
t("com-05-longer-digit-run", "Siffrorna är en del av en längre sifferföljd: inget personnummer",
  as_of="2026-11-22", plans=described("Referens 9121212-12120"), findings=[])
t("com-05-impossible-date", "Månad 13 finns inte (kontrollsiffran stämmer): inget personnummer",
  as_of="2026-11-22", plans=described("Ärende 121312-1211"), findings=[])

# --- Where a municipality's own documents carry no such criterion: not applicable

t("com-03-not-applicable-herrljunga",
  "Herrljungas policy bär inte COM-03: en okänd ansvarig ger inget fynd (ej tillämplig)",
  as_of="2026-11-22", rules=["COM-03", "COM-04"],
  plans=[plan("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31",
              actions=[action("sn-a1", responsible="integrationsenheten",
                              deadline="2026-01-31", status="ongoing")])],
  findings=[])
td("com-01-not-applicable-dals-ed",
   "Dals-Eds policy har inget dokumenthuvud: ett tomt diarienummer ger inget fynd (ej tillämplig)",
   as_of="2026-11-22", rules=["COM-01", "COM-02"],
   policy={"registration_number": "", "owner": OMIT, "valid_until": "2014-12-31"},
   findings=[])
td("com-03-unit-responsible",
   "Ansvarig är en enhet inom en förvaltning (organtypen enhet): ett organ i organisationen, håller",
   as_of="2026-11-22",
   bodies=[KF, KS, SN, body("socialforvaltningen", "Socialförvaltningen", "förvaltning",
                             parent="socialnamnden"),
           body("integrationsenheten", "Integrationsenheten", "enhet",
                parent="socialforvaltningen")],
   plans=[plan("sn-2026", "socialnamnden", "verksamhetsplan", "2026-01-01", "2026-12-31",
               actions=[action("sn-a1", responsible="integrationsenheten"),
                        action("sn-a2", responsible="socialforvaltningen")])],
   findings=[])
