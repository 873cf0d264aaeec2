#!/usr/bin/env python3
"""Names a unity build could confuse (cmake/build_speed.cmake).

A unity build compiles a phase library's .cpp files together, so a helper
that two files each define for themselves (in an anonymous namespace, or as
static) meets the other file's: at best a redefinition error, at worst the
other file's overload is silently chosen (junit's text() once escaped the
Markdown report). This lists every name defined at namespace scope in more
than one .cpp file of the same folder; exit 1 when there is one.

Usage: ci/unity-names.py [FOLDER...]   (default: grammar and checker/*)
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
# clang-format puts namespace-scope definitions at column 0: a function
# (`type name(`), a variable or constant (`type name =`/`{`/`[`), a type.
FUNCTION = re.compile(r"^(?!return\b|namespace\b|using\b|template\b|#)[A-Za-z_][\w:<>,\s\*&]*?[\s\*&]([A-Za-z_]\w*)\(")
VARIABLE = re.compile(r"^(?:static\s+)?(?:inline\s+)?(?:constexpr|const)\b[^=({\[;]*?\b([A-Za-z_]\w*)\s*(?:=|\{|\[)")
TYPE = re.compile(r"^(?:struct|class|enum(?:\s+class)?|union)\s+([A-Za-z_]\w*)\b(?!;)")
ALIAS = re.compile(r"^using\s+([A-Za-z_]\w*)\s*=")


def names(path):
    found = set()
    qualified = re.compile(r"[A-Za-z_]\w*::[A-Za-z_~]\w*\(")
    for line in path.read_text(encoding="utf-8").splitlines():
        if qualified.search(line.split("(")[0] + "("):
            continue  # a member defined out of class: scoped by its class
        for pattern in (FUNCTION, VARIABLE, TYPE, ALIAS):
            m = pattern.match(line)
            if m and m.group(1) not in ("main", "operator"):
                found.add(m.group(1))
                break
    return found


def clashes(folder):
    owners = {}
    for source in sorted(folder.glob("*.cpp")):
        for name in names(source):
            owners.setdefault(name, []).append(source.name)
    return {n: files for n, files in owners.items() if len(files) > 1}


def main(argv):
    folders = [ROOT / a for a in argv] or [ROOT / "grammar"] + sorted(
        p for p in (ROOT / "checker").iterdir() if p.is_dir())
    status = 0
    for folder in folders:
        for name, files in sorted(clashes(folder).items()):
            print(f"{folder.relative_to(ROOT)}: {name} is defined in {', '.join(files)}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
