#!/usr/bin/env python3
"""Workbooks for the workbook tests, made by another program than granska.

  workbook_fixtures.py mutate IN.xlsx OUT.xlsx NAME   openpyxl edits a workbook
  workbook_fixtures.py raw OUT.xlsx NAME              a package written by hand
                                                      with zipfile (inline strings,
                                                      formulas, bombs, OLE)
  workbook_fixtures.py openpyxl OUT.xlsx              a small case typed in openpyxl

Each NAME is one kind of input a person or a program may hand granska.
"""
import datetime
import sys
import zipfile


def mutate(src, dst, name):
    import openpyxl
    wb = openpyxl.load_workbook(src)
    actions = wb["Åtgärder"]
    headers = {c.value: c.column_letter for c in actions[1]}
    deadline = headers["Tidsgräns"]
    if name == "missing_sheet":
        del wb["Mål"]
    elif name == "renamed_column":
        actions[deadline + "1"] = "Deadline"
    elif name == "misspelt_column":
        actions[deadline + "1"] = "Tidsgrans"
    elif name == "date_as_text":
        actions[deadline + "2"] = "31/3"
    elif name == "merged_cell":
        actions.merge_cells(headers["Beskrivning"] + "3:" + headers["Fokusområde"] + "3")
    elif name == "formula_without_value":
        actions[headers["Beskrivning"] + "2"] = '=CONCATENATE("a","b")'
    elif name == "undefined_plan":
        actions["A2"] = "plan-som-inte-finns"
    elif name == "empty_row":
        actions.insert_rows(3)
    elif name == "empty_required":
        actions[headers["Beskrivning"] + "3"] = None
        wb["Planer"][{c.value: c.column_letter for c in wb["Planer"][1]}["Period från"] + "2"] = None
    elif name == "unknown_body":
        wb["Planer"]["B2"] = "okänd-nämnd"
    elif name == "date_text_iso_and_number_text":
        actions[deadline + "2"] = "2025-06-13"
        wb["Policy"]["J2"] = "3"  # Version, a number stored as text
    else:
        raise SystemExit("unknown mutation " + name)
    wb.save(dst)


CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""


def raw_package(dst, sheet_xml, extra_padding=0):
    """One sheet named Policy holding `sheet_xml`'s rows; the other sheets are absent."""
    workbook = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Policy" sheetId="1" r:id="rId1"/></sheets></workbook>"""
    rels = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
</Relationships>"""
    sheet = ('<?xml version="1.0" encoding="UTF-8"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             + " " * extra_padding + "<sheetData>" + sheet_xml + "</sheetData></worksheet>")
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels", rels)
        z.writestr("xl/worksheets/sheet1.xml", sheet)


def inline(ref, text):
    return '<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, text)


def raw(dst, name):
    if name == "not_a_zip":
        with open(dst, "w") as f:
            f.write("Kommun;Kommunkod\nHerrljunga;1466\n")
    elif name == "encrypted":
        # An OLE compound file as Office writes a password-protected workbook:
        # the signature, and the stream names in UTF-16LE in its directory.
        body = bytearray(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504)
        body += "EncryptionInfo".encode("utf-16-le") + b"\0" * 50
        body += "EncryptedPackage".encode("utf-16-le") + b"\0" * 1024
        with open(dst, "wb") as f:
            f.write(bytes(body))
    elif name == "zip_bomb":
        # 64 MB of spaces in the sheet part: about 64 KB packed.
        raw_package(dst, "", extra_padding=64 * 1024 * 1024)
    elif name == "inline_and_formulas":
        # The Policy sheet alone, written as some programs write: inline
        # strings, a formula with a cached text value, a cached number.
        header = "".join(inline("%s1" % col, h) for col, h in
                         [("A", "Kommun"), ("B", "Kommunkod"), ("C", "Id"), ("D", "Titel")])
        row = (inline("A2", "Herrljunga kommun")
               + '<c r="B2"><f>1400+66</f><v>1466</v></c>'
               + '<c r="C2" t="str"><f>LOWER("POLICY-1")</f><v>policy-1</v></c>'
               + '<c r="D2"><f>NOW()</f></c>')
        raw_package(dst, '<row r="1">%s</row><row r="2">%s</row>' % (header, row))
    else:
        raise SystemExit("unknown raw package " + name)


def typed_in_openpyxl(dst):
    """A whole small case typed cell by cell, as a coordinator's script would."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.active.title = "Policy"
    sheets = {
        "Policy": (["Kommun", "Kommunkod", "Id", "Titel", "Handlingstyp", "Diarienummer",
                    "Beslutas av", "Fastställd", "Paragraf", "Version", "Senast reviderad",
                    "Gäller från", "Gäller till", "Revideringsintervall", "Uppföljningsintervall",
                    "Dokumentansvarig", "Följs upp av", "Tidigare versioner", "Gäller för",
                    "Fokusområden"],
                   [["Herrljunga kommun", 1466, "hk-policy", "Integrationspolicy", "policy",
                     "KS/2017:749", "kommunfullmäktige", datetime.datetime(2018, 2, 20), "§ 9",
                     "1", None, datetime.date(2018, 3, 1), "ingen", "P4Y", "P1Y", "Kommunchef",
                     "kommunstyrelsen", None, "nämnd\nbolag", "Arbete\nBoende"]]),
        "Organ": (["Id", "Namn", "Typ", "Helägt", "Överordnat organ", "Ansvarsområden"],
                  [["kf", "Kommunfullmäktige", "kommunfullmäktige", None, None, None],
                   ["ks", "Kommunstyrelsen", "kommunstyrelse", None, None, "samordning"],
                   ["sn", "Socialnämnden", "nämnd", None, None, "mottagande av nyanlända"],
                   ["bo", "Herrljunga Bostäder AB", "bolag", True, None, None]]),
        "Planer": (["Id", "Organ", "Handlingstyp", "Period från", "Period till", "Beslutas av",
                    "Fastställd"],
                   [["sn-2026", "sn", "verksamhetsplan", datetime.date(2026, 1, 1),
                     "2026-12-31", "sn", datetime.date(2025, 11, 20)]]),
        "Mål": (["Plan", "Id", "Text", "Härlett från", "Fokusområde", "Indikatorer"],
                [["sn-2026", "sn-m1", "Fler nyanlända i arbete", "Arbete", "Arbete",
                  "Andel i arbete\nAndel i studier"]]),
        "Åtgärder": (["Plan", "Id", "Beskrivning", "Fokusområde", "Ansvarig", "Startdatum",
                      "Tidsgräns", "Mått", "Uppföljningsintervall", "Status", "Genomförd den"],
                     [["sn-2026", "sn-a1", "Språkpraktik", "Arbete", "sn",
                       datetime.date(2026, 1, 10), datetime.date(2026, 6, 30), "Antal platser",
                       "P6M", "pågående", None],
                      ["sn-2026", 12, "Mentorer", "Boende", "ks", None,
                       datetime.date(2025, 12, 31), "Antal mentorer", "P6M", "genomförd",
                       datetime.date(2025, 12, 1)]]),
        "Uppföljningar": (["Plan", "Datum", "Rapporterad till", "Paragraf", "Sammanfattning"],
                          [["hk-policy", datetime.date(2026, 3, 1), "kommunstyrelsen", "§ 12",
                            "Årlig uppföljning"]]),
        "Redovisningar": (["Plan", "Datum", "Till", "Sammanfattning"], []),
        "Revideringar": (["Plan", "Datum", "Version", "Paragraf"], []),
        "Härledda dokument": (["Handlingstyp", "Titel", "Beslutas av", "Fastställd"], []),
        "Barnomsorg": (["Plan", "Id", "Ansökt", "Placerad"], []),
    }
    for name, (header, rows) in sheets.items():
        ws = wb[name] if name in wb.sheetnames else wb.create_sheet(name)
        ws.append(header)
        for r in rows:
            ws.append(r)
        for row in ws.iter_rows(min_row=2):
            for c in row:
                if isinstance(c.value, (datetime.date, datetime.datetime)):
                    c.number_format = "yyyy-mm-dd"
    wb.save(dst)


if __name__ == "__main__":
    if sys.argv[1] == "mutate":
        mutate(sys.argv[2], sys.argv[3], sys.argv[4])
    elif sys.argv[1] == "raw":
        raw(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "openpyxl":
        typed_in_openpyxl(sys.argv[2])
    else:
        raise SystemExit(__doc__)
