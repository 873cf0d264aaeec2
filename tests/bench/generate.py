#!/usr/bin/env python3
"""Deterministic generator of synthetic granska/1 cases for the benchmark.

    python3 tests/bench/generate.py [--size small|medium|national] [--out DIR]
        [--seed N] [--as-of DATE] [--municipalities N] [--bodies N]
        [--actions MIN-MAX]

Writes one folder per municipality (policy.json, organisation.json,
plans/*.json), shaped like the bundled data in policies/, cycling over the
five packs' municipality codes so that a real pack applies to every case.
About 3 % of the values carry a defect (missing measure, goals outside 1-2,
overdue actions, late placements, ...) so the findings are real.

Case i depends only on (seed, i, --bodies, --actions): the medium set starts
with the small set's case, so cost per MB compares across sizes. Python's
Random with a string seed is stable across Python versions and platforms.
No string is ever a valid Swedish personal identity number: the generator
checks every string it writes and stops if one slipped in.
"""
import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import sys

SIZES = {"small": 1, "medium": 30, "national": 290}
GENERATOR_VERSION = 1

D = dt.date


def iso(d):
    return d.isoformat()


def plus_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    last = [31, 29 if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0) else 28,
            31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return D(y, m, min(d.day, last))


def rand_date(rng, lo, hi):
    return lo + dt.timedelta(days=rng.randint(0, max(0, (hi - lo).days)))


# --- The five packs' municipalities -----------------------------------------

MUNICIPALITIES = [
    {"code": "1452", "name": "Tranemo", "slug": "tranemo", "title": "Integrationspolicy",
     "areas": ["Utbildning och språk", "Arbete", "Boende", "Fritid och socialt deltagande"]},
    {"code": "0683", "name": "Värnamo", "slug": "varnamo", "title": "Policy för integrationspolitik",
     "areas": ["målgruppens delaktighet i integrationsarbetet",
               "att främja mångfald i det personalpolitiska arbetet",
               "tydliga roller, ansvar och strukturer för samverkan i integrationsarbetet",
               "kompetensutvecklingsinsatser för tjänstemän och politiker i interkulturella frågor"]},
    {"code": "1438", "name": "Dals-Ed", "slug": "dals-ed",
     "title": "Policy för integrationsarbetet I Dals-Eds Kommun",
     "areas": ["Arbete", "Boende", "Barnomsorg", "Utbildning", "Delaktighet och demokrati", "Trygghet"]},
    {"code": "1277", "name": "Åstorp", "slug": "astorp", "title": "Integrationspolicy",
     "areas": ["Samverkan och Samordning", "Skola, Utbildning och Egenförsörjning", "Bostad och Boende",
               "Samhällsliv och Hälsa"]},
    {"code": "1466", "name": "Herrljunga", "slug": "herrljunga",
     "title": "Integrationspolicy för Herrljunga kommun",
     "areas": ["Arbete och försörjning", "Utbildning", "Boende", "Fritid och föreningsliv"]},
]

NAMNDER = [
    ("barn-och-utbildningsnamnden", "Barn- och utbildningsnämnden", ["förskola", "grundskola"]),
    ("socialnamnden", "Socialnämnden", ["individ- och familjeomsorg", "mottagande av nyanlända"]),
    ("vard-och-omsorgsnamnden", "Vård- och omsorgsnämnden", ["äldreomsorg", "funktionsstöd"]),
    ("kultur-och-fritidsnamnden", "Kultur- och fritidsnämnden", ["bibliotek", "föreningsbidrag"]),
    ("miljo-och-byggnadsnamnden", "Miljö- och byggnadsnämnden", ["bygglov", "miljötillsyn"]),
    ("tekniska-namnden", "Tekniska nämnden", ["gator och parker", "måltidsverksamhet"]),
    ("gymnasie-och-vuxenutbildningsnamnden", "Gymnasie- och vuxenutbildningsnämnden",
     ["gymnasieskola", "vuxenutbildning och SFI"]),
    ("arbetsmarknadsnamnden", "Arbetsmarknadsnämnden", ["arbetsmarknadsinsatser", "ekonomiskt bistånd"]),
    ("samhallsbyggnadsnamnden", "Samhällsbyggnadsnämnden", ["fysisk planering", "bostadsförsörjning"]),
    ("servicenamnden", "Servicenämnden", ["lokalvård", "kommunens fordon"]),
    ("fastighetsnamnden", "Fastighetsnämnden", ["kommunens lokaler"]),
    ("overformyndarnamnden", "Överförmyndarnämnden", ["tillsyn över gode män"]),
    ("valnamnden", "Valnämnden", ["allmänna val"]),
    ("krisledningsnamnden", "Krisledningsnämnden", ["extraordinära händelser"]),
]
FORVALTNINGAR = [
    ("kommunledningsforvaltningen", "Kommunledningsförvaltningen"),
    ("socialforvaltningen", "Socialförvaltningen"),
    ("barn-och-utbildningsforvaltningen", "Barn- och utbildningsförvaltningen"),
    ("samhallsbyggnadsforvaltningen", "Samhällsbyggnadsförvaltningen"),
    ("kultur-och-fritidsforvaltningen", "Kultur- och fritidsförvaltningen"),
    ("arbetsmarknadsenheten", "Arbetsmarknadsenheten"),
    ("vard-och-omsorgsforvaltningen", "Vård- och omsorgsförvaltningen"),
    ("tekniska-forvaltningen", "Tekniska förvaltningen"),
]
BOLAG = [
    ("bostadsbolaget", "Kommunens Bostäder AB", "hyresbostäder"),
    ("energibolaget", "Kommunens Energi AB", "fjärrvärme och elnät"),
    ("naringslivsbolaget", "Näringslivsbolaget AB", "näringslivsutveckling"),
    ("vatten-och-avfall", "Vatten och Avfall AB", "vatten, avlopp och avfall"),
    ("fastighetsbolaget", "Kommunfastigheter AB", "verksamhetslokaler"),
    ("industrilokaler", "Industrilokaler i kommunen AB", "industrilokaler"),
]

VERBS = ["Införa", "Utveckla", "Kartlägga", "Genomföra", "Erbjuda", "Samordna", "Utbilda personal i",
         "Ta fram en rutin för", "Förstärka", "Följa upp"]
OBJECTS = ["samhällsorientering på modersmålet för nyanlända",
           "språkpraktik i kommunens verksamheter",
           "läxhjälp och studiestöd för nyanlända elever",
           "mottagandet av nyanlända familjer",
           "interkulturellt bemötande i handläggningen",
           "samverkan med civilsamhället och föreningslivet",
           "praktikplatser hos lokala företag i samverkan med Arbetsförmedlingen",
           "bostadsförsörjningen för nyanlända hushåll",
           "information om fritidsaktiviteter på flera språk",
           "rekrytering av personal med utländsk bakgrund",
           "tolkstöd vid utvecklingssamtal och föräldramöten",
           "hälsoskolor för nyanlända i samarbete med regionen",
           "mentorprogram för unga vuxna som står långt från arbetsmarknaden"]
SUFFIXES = ["", " i hela kommunen", " tillsammans med de kommunala bolagen",
            " med särskilt fokus på kvinnor som är nya i Sverige",
            " och redovisa resultatet för nämnden", " under planperioden"]
MEASURES = ["Andel nyanlända som fullföljer insatsen", "Antal deltagare per år",
            "Andel deltagare i arbete eller studier efter sex månader",
            "Antal genomförda utbildningstillfällen och andel utbildad personal",
            "Nöjdhet bland deltagarna enligt enkät", "Antal ingångna samverkansöverenskommelser",
            "Andel hushåll med eget förstahandskontrakt inom ett år"]
SUMMARIES = ["Uppföljning av arbetet enligt policyn: insatserna löper enligt plan.",
             "Redovisning av årets åtgärder, resultat och avvikelser mot planen.",
             "Sammanställning av nämndernas och bolagens redovisade aktiviteter.",
             "Uppföljning med förslag om förändrade insatser inför nästa år.",
             "Genomgång av indikatorerna; några åtgärder har skjutits upp till nästa period."]
INTERVALS = ["P6M", "P1Y", "P3M", "P1Y"]
ASCII = str.maketrans("åäö", "aao")


# --- Personal identity numbers: never valid, checked on output --------------

def luhn_ok(ten):
    total = 0
    for i, ch in enumerate(ten):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


PNR = re.compile(r"(?<!\d)(?:(\d{2})(\d{2})(\d{2})-(\d{4})|(\d{4})(\d{2})(\d{2})(\d{4}))(?!\d)")


def has_valid_pnr(text):
    for m in PNR.finditer(text):
        if m.group(1):
            yy, mm, dd, tail = m.group(1), m.group(2), m.group(3), m.group(4)
            years = [1900 + int(yy), 2000 + int(yy)]
        else:
            yyyy, mm, dd, tail = m.group(5), m.group(6), m.group(7), m.group(8)
            years, yy = [int(yyyy)], yyyy[2:]
        for y in years:
            try:
                D(y, int(mm), int(dd))
            except ValueError:
                continue
            if luhn_ok(yy + mm + dd + tail):
                return True
    return False


def near_miss_pnr(rng):
    """A YYMMDD-NNNN string with a wrong check digit: looks personal, is not."""
    birth = rand_date(rng, D(1950, 1, 1), D(2005, 12, 31))
    body = birth.strftime("%y%m%d") + f"{rng.randint(0, 999):03d}"
    good = next(c for c in "0123456789" if luhn_ok(body + c))
    bad = str((int(good) + rng.randint(1, 9)) % 10)
    return f"{body[:6]}-{body[6:]}{bad}"


def strings_of(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from strings_of(v)
    elif isinstance(value, list):
        for v in value:
            yield from strings_of(v)


# --- One case ----------------------------------------------------------------

class Case:
    """Builds the documents of case number `index` (0-based)."""

    def __init__(self, seed, index, as_of, bodies, actions):
        self.rng = random.Random(f"granska-bench:{seed}:{index}")
        self.index = index
        self.as_of = as_of
        self.n_bodies = bodies
        self.actions_range = actions
        self.muni = MUNICIPALITIES[index % len(MUNICIPALITIES)]
        self.municipality = {"name": f"{self.muni['name']} kommun (syntetiskt fall {index + 1:03d})",
                             "code": self.muni["code"]}
        self.defects = 0

    def defect(self, p=0.03):
        hit = self.rng.random() < p
        self.defects += hit
        return hit

    def header(self, kind):
        return {"format": "granska/1", "kind": kind, "municipality": dict(self.municipality)}

    # Bodies: kommunfullmäktige, kommunstyrelse, about a third nämnder, the rest
    # utskott, förvaltningar and bolag. Socialnämnden alone receives the newly
    # arrived (DAL-02); barn- och utbildningsnämnden holds the childcare records.
    def organisation(self):
        rng, n = self.rng, self.n_bodies
        n_namnd = max(2, min(len(NAMNDER), round(n * 0.35)))
        n_forv = max(1, min(len(FORVALTNINGAR), round(n * 0.25)))
        n_bolag = max(1, min(len(BOLAG), round(n * 0.15)))
        n_utskott = max(0, n - 2 - n_namnd - n_forv - n_bolag)
        namnder = NAMNDER[:2] + rng.sample(NAMNDER[2:], n_namnd - 2)
        bodies = [
            {"id": "kommunfullmaktige", "name": "Kommunfullmäktige", "kind": "kommunfullmäktige",
             "responsibilities": ["antagande av policyer"]},
            {"id": "kommunstyrelsen", "name": "Kommunstyrelsen", "kind": "kommunstyrelse",
             "responsibilities": ["samordning av integrationsarbetet", "uppföljning av nämndernas planer"]},
        ]
        for bid, name, resp in namnder:
            bodies.append({"id": bid, "name": name, "kind": "nämnd", "responsibilities": list(resp)})
        if self.defect(0.05):  # a second holder of the reception: DAL-02
            bodies[-1]["responsibilities"].append("mottagande av nyanlända")
        parents = ["kommunstyrelsen"] + [b[0] for b in namnder]
        for k in range(n_utskott):
            parent = parents[k % len(parents)]
            bodies.append({"id": f"{parent}-utskott-{k + 1}", "name": f"Utskott {k + 1} under {parent}",
                           "kind": "utskott", "parent": parent})
        for bid, name in FORVALTNINGAR[:n_forv]:
            bodies.append({"id": bid, "name": name, "kind": "förvaltning", "parent": "kommunstyrelsen"})
        for bid, name, resp in rng.sample(BOLAG, n_bolag):
            bodies.append({"id": bid, "name": name, "kind": "bolag", "wholly_owned": rng.random() < 0.8,
                           "parent": None, "responsibilities": [resp]})
        self.bodies = bodies
        self.namnder = [b["id"] for b in bodies if b["kind"] == "nämnd"]
        self.forvaltningar = [b["id"] for b in bodies if b["kind"] == "förvaltning"]
        self.submitters = ["kommunstyrelsen"] + self.namnder + [b["id"] for b in bodies if b["kind"] == "bolag"]
        doc = self.header("organisation")
        doc["bodies"] = bodies
        return doc

    # The policy: yearly follow-ups to the kommunstyrelse, one per mandate
    # period to the fullmäktige, revisions every three years, derived
    # documents and a small handlingsplan of its own; histories shuffled.
    def policy(self):
        rng, as_of, m = self.rng, self.as_of, self.muni
        adopted = rand_date(rng, D(2013, 1, 1), D(2019, 6, 30))
        self.adopted = adopted
        doc = self.header("policy")
        doc.update({
            "id": f"{m['slug']}-integrationspolicy-{self.index + 1:03d}",
            "title": m["title"],
            "document_type": "policy",
            "registration_number": f"KS/{adopted.year - 1}:{rng.randint(100, 1999)}",
            "adopted_by": "kommunfullmaktige",
            "adopted_on": iso(adopted),
            "minute_ref": f"§ {rng.randint(1, 250)}",
            "version": 1,
            "valid_from": iso(adopted),
            "valid_until": None if rng.random() < 0.5 else iso(D(as_of.year + rng.randint(1, 3), 12, 31)),
            "revision_interval": "P4Y",
            "follow_up_interval": "P1Y",
            "owner": "Kommunledningsförvaltningen",
            "follow_up_by": "Kommunstyrelsen",
            "previous_versions": [f"KS/{adopted.year - 5}:{rng.randint(100, 1999)}"],
            "applies_to": ["kommunstyrelse", "nämnd", "utskott", "bolag"],
            "focus_areas": list(m["areas"]),
        })
        if self.defect(0.05):  # COM-01: a header field left out
            del doc[rng.choice(["registration_number", "owner"])]
        if self.defect(0.03):  # COM-02: no longer in force
            doc["valid_until"] = iso(D(as_of.year - rng.randint(1, 4), 9, 2))

        follow_ups = []
        gap_from = rng.randint(adopted.year + 1, as_of.year - 5) if self.defect(0.04) else None
        for year in range(adopted.year + 1, as_of.year + 1):
            if gap_from and gap_from <= year < gap_from + 5:
                continue  # TRA-01 / DAL-05 / AST-03: five silent years
            if self.defect(0.02):
                continue  # DAL-05 / AST-03: one year without a follow-up
            date = rand_date(rng, D(year, 2, 1), min(D(year, 11, 30), as_of - dt.timedelta(days=1)))
            entry = {"date": iso(date), "reported_to": "kommunstyrelsen",
                     "minute_ref": f"§ {rng.randint(1, 250)}", "summary": rng.choice(SUMMARIES)}
            if self.defect(0.01):  # looks like a personal identity number, is not one
                entry["summary"] += f" Ärendet {near_miss_pnr(rng)} avslutades."
            follow_ups.append(entry)
        for start in range(2014, as_of.year, 4):  # mandate periods: 15 Oct .. 14 Oct four years later
            lo, hi = max(D(start, 10, 15), adopted + dt.timedelta(days=1)), min(D(start + 4, 10, 14), as_of)
            if lo <= hi and not self.defect(0.03):  # VAR-04
                follow_ups.append({"date": iso(rand_date(rng, lo, hi)), "reported_to": "kommunfullmaktige",
                                   "summary": "Uppföljning av policyn för mandatperioden."})
        rng.shuffle(follow_ups)
        doc["follow_ups"] = follow_ups

        revisions, when = [], plus_months(adopted, 24 + rng.randint(-3, 3))
        while when <= as_of:
            if not self.defect(0.02):  # TRA-02 / VAR-06
                revisions.append({"date": iso(when), "version": len(revisions) + 2,
                                  "minute_ref": f"§ {rng.randint(1, 250)}"})
            when = plus_months(when, 36 + rng.randint(-2, 2))
        if revisions:
            doc["revised_on"] = revisions[-1]["date"]
            doc["version"] = revisions[-1]["version"]
        rng.shuffle(revisions)
        doc["revisions"] = revisions

        derived = [("riktlinje", "Riktlinjer för integrationsarbetet", "kommunstyrelsen"),
                   ("rutin", "Rutin för samverkan inom integrationsområdet", "kommunstyrelsen"),
                   ("strategi", "Integrationsstrategi", "kommunfullmaktige")]
        doc["derived_documents"] = [
            {"document_type": t, "title": title, "adopted_by": by,
             "adopted_on": iso(rand_date(rng, adopted, adopted + dt.timedelta(days=400)))}
            for t, title, by in derived if not self.defect(0.03)]  # TRA-03 / TRA-04 / AST-06

        doc["actions"] = []
        for k in range(rng.randint(3, 6)):
            deadline = rand_date(rng, adopted + dt.timedelta(days=60), adopted + dt.timedelta(days=720))
            action = self.action(f"{m['slug']}-hp-{k + 1}", "kommunstyrelsen", deadline - dt.timedelta(days=90),
                                 deadline)
            if self.defect(0.03):  # DAL-01: an action without a time limit
                del action["deadline"]
            doc["actions"].append(action)
        return doc

    def action(self, aid, owner, starts, deadline, area=None):
        rng, as_of = self.rng, self.as_of
        a = {"id": aid,
             "description": f"{rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(SUFFIXES)}.",
             "focus_area": area or rng.choice(self.muni["areas"]),
             "responsible": owner if rng.random() < 0.7 else rng.choice(self.forvaltningar + ["kommunstyrelsen"]),
             "starts_on": iso(starts),
             "deadline": iso(deadline),
             "measure": rng.choice(MEASURES),
             "follow_up_interval": rng.choice(INTERVALS)}
        if deadline < as_of:
            if self.defect(0.02):  # COM-04: overdue
                a["status"] = "ongoing"
            elif self.defect(0.02):  # COM-04: done, but late
                a["status"] = "done"
                a["completed_on"] = iso(deadline + dt.timedelta(days=rng.randint(1, min(90, (as_of - deadline).days))))
            elif rng.random() < 0.04:
                a["status"] = "cancelled"
            else:
                a["status"] = "done"
                a["completed_on"] = iso(max(starts, deadline - dt.timedelta(days=rng.randint(0, 60))))
        else:
            a["status"] = "ongoing" if starts <= as_of else "planned"
        if self.defect(0.015):  # VAR-03 / AST-04
            del a["measure"]
        elif self.defect(0.005):
            a["measure"] = ""
        if self.defect(0.01):  # VAR-03
            del a["follow_up_interval"]
        if self.defect(0.01):  # COM-03: names no body
            a["responsible"] = "nedlagda-namnden"
        return a

    def goal(self, gid):
        rng = self.rng
        g = {"id": gid, "text": f"{rng.choice(OBJECTS).capitalize()} ska förbättras under perioden.",
             "derived_from": f"{self.muni['title']}, inriktningsmålet",
             "focus_area": rng.choice(self.muni["areas"]),
             "indicators": rng.sample(MEASURES, rng.randint(1, 2))}
        if self.defect(0.02):  # HER-02
            g["derived_from"] = ""
        if self.defect(0.02):  # AST-04
            del g["indicators"]
        return g

    def plan(self, body, doc_type, start, end, current):
        rng, as_of = self.rng, self.as_of
        years = str(start.year) if start.year == end.year else f"{start.year}-{end.year}"
        pid = f"{body}-{doc_type.translate(ASCII)}-{years}"
        doc = self.header("plan")
        doc.update({"id": pid, "body": body, "document_type": doc_type,
                    "period": {"from": iso(start), "to": iso(end)},
                    "adopted_by": body, "adopted_on": iso(start - dt.timedelta(days=rng.randint(10, 40)))})
        n_goals = rng.randint(1, 2) if current else rng.randint(1, 3)
        if current and body in self.namnder and self.defect(0.03):  # HER-01 / AST-02
            n_goals = rng.choice([0, 3])
        doc["goals"] = [self.goal(f"{pid}-mal-{k + 1}") for k in range(n_goals)]
        n_actions = rng.randint(*self.actions_range)
        areas = list(self.muni["areas"]) if body == "kommunstyrelsen" and current else []
        if areas and self.defect(0.05):  # TRA-05 / AST-05: an area without actions
            areas.pop(rng.randrange(len(areas)))
        actions = []
        for k in range(n_actions):
            a_start = rand_date(rng, start, end - dt.timedelta(days=30))
            deadline = rand_date(rng, a_start + dt.timedelta(days=14), end)
            area = areas[k] if k < len(areas) else None
            if area is None and areas:
                area = rng.choice(areas)
            actions.append(self.action(f"{pid}-a{k + 1}", body, a_start, deadline, area))
        doc["actions"] = actions
        to_ks = {"to": "kommunstyrelsen", "summary": rng.choice(SUMMARIES)}
        if current:
            reports = [] if self.defect(0.03) else [
                dict(to_ks, date=iso(rand_date(rng, max(start, D(as_of.year, 1, 15)), as_of)))]  # DAL-03
            follow_ups = [{"date": iso(rand_date(rng, start, as_of)), "reported_to": body,
                           "summary": rng.choice(SUMMARIES)} for _ in range(rng.randint(0, 2))]
        else:
            late = min(as_of, end + dt.timedelta(days=120))
            reports = [] if self.defect(0.03) else [dict(to_ks, date=iso(rand_date(rng, end, late)))]  # VAR-05
            follow_ups = [] if self.defect(0.03) else [  # HER-03
                {"date": iso(rand_date(rng, start, late)), "reported_to": body, "summary": rng.choice(SUMMARIES)}
                for _ in range(rng.randint(1, 3))]
        rng.shuffle(follow_ups)
        doc["reports"] = reports
        doc["follow_ups"] = follow_ups
        if current and body == "barn-och-utbildningsnamnden":
            doc["records"] = {"childcare_placements": self.placements(start)}
        return doc

    # DAL-04: placed within four months (<= 110 days is always within), a few late,
    # a few still waiting past the limit.
    def placements(self, start):
        rng, as_of = self.rng, self.as_of
        records = []
        for k in range(rng.randint(40, 80)):
            applied = rand_date(rng, start, as_of - dt.timedelta(days=1))
            r = {"id": f"fsk-{applied.year}-{k + 1:03d}", "applied_on": iso(applied)}
            if self.defect(0.03):
                placed = applied + dt.timedelta(days=rng.randint(130, 200))
                if placed <= as_of:
                    r["placed_on"] = iso(placed)
            else:
                placed = applied + dt.timedelta(days=rng.randint(14, 110))
                if placed <= as_of:
                    r["placed_on"] = iso(placed)
            records.append(r)
        return records

    def plans(self):
        rng, as_of = self.rng, self.as_of
        docs = []
        # The kommunstyrelse: a handlingsplan covering every year after adoption (AST-01),
        # in blocks of four years ending with the one in force.
        end_year = as_of.year
        while end_year > self.adopted.year:
            start_year = max(self.adopted.year + 1, end_year - 3)
            if end_year == as_of.year or not self.defect(0.02):
                docs.append(self.plan("kommunstyrelsen", "handlingsplan", D(start_year, 1, 1), D(end_year, 12, 31),
                                      end_year == as_of.year))
            end_year = start_year - 1
        for body in self.submitters[1:]:
            if self.muni["code"] == "0683":
                doc_type = "åtgärdsplan"
            else:
                doc_type = rng.choice(["åtgärdsplan", "handlingsplan", "verksamhetsplan"])
            start = D(as_of.year - rng.randint(0, 1), 1, 1)
            if self.defect(0.02):  # VAR-01 / HER-01: no plan in force
                docs.append(self.plan(body, doc_type, D(start.year - 2, 1, 1), D(start.year - 1, 12, 31), False))
                continue
            docs.append(self.plan(body, doc_type, start, D(as_of.year, 12, 31), True))
            if rng.random() < 0.2:
                docs.append(self.plan(body, doc_type, D(start.year - 2, 1, 1), D(start.year - 1, 12, 31), False))
        return docs

    def documents(self):
        """[(relative path, document)] of the case."""
        org = self.organisation()
        pol = self.policy()
        out = [("policy.json", pol), ("organisation.json", org)]
        out += [(f"plans/{p['id']}.json", p) for p in self.plans()]
        return out


# --- Writing -----------------------------------------------------------------

def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def parse_args(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="Syntetiska granska/1-fall för prestandamätningen.")
    ap.add_argument("--size", choices=sorted(SIZES), default="small")
    ap.add_argument("--out", help="målmapp (standard: tests/bench/data/<size>/)")
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--as-of", default="2026-11-22", help="referensdatum som datan byggs kring")
    ap.add_argument("--municipalities", type=int, help="antal kommuner (standard: enligt --size)")
    ap.add_argument("--bodies", type=int, default=30, help="organ per kommun (ungefär)")
    ap.add_argument("--actions", default="25-45", help="åtgärder per plan, MIN-MAX")
    ap.add_argument("--print-stamp", action="store_true",
                    help="skriv bara första raden i .generated som skulle skrivas, och avsluta")
    args = ap.parse_args(argv)
    args.out = args.out or os.path.join(here, "data", args.size)
    args.municipalities = args.municipalities or SIZES[args.size]
    lo, _, hi = args.actions.partition("-")
    args.actions = (int(lo), int(hi or lo))
    args.as_of = D.fromisoformat(args.as_of)
    return args


def main(argv):
    args = parse_args(argv)
    # A stamp of everything the output depends on: ci/bench.sh regenerates when it differs.
    stamp = (f"granska-bench generator {GENERATOR_VERSION} seed {args.seed} as-of {args.as_of} "
             f"municipalities {args.municipalities} bodies {args.bodies} "
             f"actions {args.actions[0]}-{args.actions[1]}\n")
    if args.print_stamp:
        sys.stdout.write(stamp)
        return
    if os.path.isdir(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    files = total = defects = 0
    for i in range(args.municipalities):
        case = Case(args.seed, i, args.as_of, args.bodies, args.actions)
        folder = os.path.join(args.out, f"{i + 1:03d}-{case.muni['slug']}")
        os.makedirs(os.path.join(folder, "plans"))
        for rel, doc in case.documents():
            if any(has_valid_pnr(s) for s in strings_of(doc)):
                sys.exit(f"generate.py: ett giltigt personnummer i {folder}/{rel}; ändra generatorn")
            data = dump(doc).encode("utf-8")
            with open(os.path.join(folder, rel), "wb") as fh:
                fh.write(data)
            files += 1
            total += len(data)
        defects += case.defects
    with open(os.path.join(args.out, ".generated"), "w", encoding="utf-8") as fh:
        fh.write(stamp)
        fh.write(f"cases {args.municipalities} files {files} bytes {total} defects {defects}\n")
    print(f"{args.out}: {args.municipalities} fall, {files} filer, {total / 1e6:.1f} MB, {defects} fel inlagda")


if __name__ == "__main__":
    main(sys.argv[1:])
