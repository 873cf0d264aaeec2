"""Builders for rule tests: minimal granska/1 cases and their expected.json.

Every test starts from a small, valid case for its municipality (a policy
header, an organisation of a few bodies, no plans) and states only what the
rule under test reads. `OMIT` removes a field, so a test can say "this field
is absent" as plainly as it says "this field has this value".
"""

import json
import pathlib
import re
import shutil

OMIT = object()

RULES = pathlib.Path(__file__).resolve().parent

# A rule's header line and the severity statement that opens its body.
RULE_HEADER = re.compile(r'^\s*rule\s+([A-Z]+-\d+)\b')
SEVERITY_LINE = re.compile(r'^\s*severity\s+(error|warning|info)\b')


def read_severities(root=RULES):
    """Each rule's severity as its pack declares it (rules/<pack>/*.rules), so a
    new pack's tests need no table here. A finding may still name another
    severity (COM-04's "late" is a warning under an error rule)."""
    out = {}
    for file in sorted(root.glob("*/*.rules")):
        current = None
        for line in file.read_text(encoding="utf-8").splitlines():
            header = RULE_HEADER.match(line)
            if header:
                current = header.group(1)
                continue
            level = SEVERITY_LINE.match(line)
            if current and level:
                assert current not in out, f"{file}: rule {current} declared twice"
                out[current] = level.group(1)
                current = None
    return out


SEVERITY = read_severities()


def severity_of(rule):
    assert rule in SEVERITY, f"rule {rule} is declared in no pack under {RULES}"
    return SEVERITY[rule]


def merged(base, overrides):
    """A copy of `base` with `overrides` applied; OMIT deletes a key."""
    out = dict(base)
    for key, value in overrides.items():
        if value is OMIT:
            out.pop(key, None)
        else:
            out[key] = value
    return out


def body(id, name, kind, **fields):
    return merged({"id": id, "name": name, "kind": kind}, fields)


KF = body("kommunfullmaktige", "Kommunfullmäktige", "kommunfullmäktige")
KS = body("kommunstyrelsen", "Kommunstyrelsen", "kommunstyrelse")
SN = body("socialnamnden", "Socialnämnden", "nämnd")
DEFAULT_BODIES = [KF, KS, SN]


def action(id, **fields):
    """A complete action (every field a rule may ask for), then the overrides."""
    return merged(
        {
            "id": id,
            "description": "Språkcafé varje vecka",
            "responsible": "socialnamnden",
            "deadline": "2030-12-31",
            "measure": "Antal deltagare",
            "follow_up_interval": "P6M",
            "status": "ongoing",
        },
        fields,
    )


def goal(id, text="Fler nyanlända i egen försörjning", **fields):
    return merged({"id": id, "text": text}, fields)


def plan(id, body_id, document_type, period_from, period_to, **fields):
    return merged(
        {
            "id": id,
            "body": body_id,
            "document_type": document_type,
            "period": {"from": period_from, "to": period_to},
        },
        fields,
    )


class Pack:
    """The tests of one rule pack, written to rules/<folder>/tests/."""

    def __init__(self, folder, municipality, code, policy):
        self.folder = folder
        self.municipality = {"name": municipality, "code": code}
        self.policy_defaults = policy
        self.tests = {}

    def header(self, kind, municipality=None):
        return {"format": "granska/1", "kind": kind,
                "municipality": municipality or self.municipality}

    def test(self, name, description, *, as_of, findings, policy=None, bodies=None, plans=(),
             rules=None, municipality=None, policy_base=None):
        """One test folder. `name` starts with the rule id in lower case
        (`tra-01-exactly-four-years`); `findings` lists (rule, subject) or
        (rule, subject, severity) tuples. `municipality` and `policy_base`
        put the case in another municipality than the pack's (the common
        criteria apply where a municipality's own documents carry them)."""
        assert name not in self.tests, f"duplicate test {self.folder}/{name}"
        if rules is None:
            rules = [name[:6].upper()]
        expected = {
            "description": description,
            "as_of": as_of,
            "rules": rules,
            "findings": [
                {"rule": f[0], "subject": f[1], "severity": f[2] if len(f) > 2 else severity_of(f[0])}
                for f in findings
            ],
        }
        for f in expected["findings"]:
            assert f["rule"] in rules, f"{name}: finding of an unlisted rule {f['rule']}"
        header = lambda kind: self.header(kind, municipality)  # noqa: E731
        documents = {
            "policy.json": {**header("policy"),
                            **merged(policy_base or self.policy_defaults, policy or {})},
            "organisation.json": {
                **header("organisation"),
                "bodies": DEFAULT_BODIES if bodies is None else bodies,
            },
        }
        for p in plans:
            documents[f"plans/{p['id']}.json"] = {**header("plan"), **p}
        self.tests[name] = (expected, documents)

    def write(self, root):
        target = pathlib.Path(root) / self.folder / "tests"
        if target.exists():
            shutil.rmtree(target)  # generated: a renamed test must not leave its old folder
        for name, (expected, documents) in sorted(self.tests.items()):
            folder = target / name
            write_json(folder / "expected.json", expected)
            for path, document in documents.items():
                write_json(folder / "case" / path, document)
        return len(self.tests)


def write_json(path, value):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_json(value) + "\n", encoding="utf-8")


def to_json(value, indent=0, lead=0, width=100):
    """JSON as people write it: a value that fits on its line stays on one line.
    `lead` is how many characters precede the value on its line."""
    flat = json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    if not isinstance(value, (dict, list)) or not value or lead + len(flat) <= width:
        return flat
    pad = " " * (indent + 2)
    if isinstance(value, dict):
        items = []
        for k, v in value.items():
            key = f"{pad}{json.dumps(k, ensure_ascii=False)}: "
            items.append(key + to_json(v, indent + 2, len(key), width))
        return "{\n" + ",\n".join(items) + "\n" + " " * indent + "}"
    items = [pad + to_json(v, indent + 2, len(pad), width) for v in value]
    return "[\n" + ",\n".join(items) + "\n" + " " * indent + "]"
