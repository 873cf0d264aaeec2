#!/usr/bin/env python3
"""Writes each pack's rule-test folders (rules/<pack>/tests/) from its
rules/<pack>/test_generator.py.

The folders are committed; this script is how they are made and changed.
Pack generators are found by folder: every rules/<pack>/test_generator.py
that defines `pack` (a test_builders.Pack), so a new pack needs no edit here.
A pack without a generator keeps its hand-written tests untouched. Each
generated pack's tests/ is rewritten whole, so a renamed test leaves nothing
behind. Run from anywhere: python3 rules/generate_tests.py

--check writes into a temporary folder instead and exits 1, naming each
difference, when the committed tests are not what the generators write
(a CTest runs it).
"""

import filecmp
import importlib.util
import pathlib
import sys
import tempfile

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
ROOT = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))  # the generators import test_builders


def discover(root=ROOT):
    """The pack generators under `root`, sorted by folder name."""
    out = []
    for file in sorted(root.glob("*/test_generator.py")):
        name = "test_generator_" + file.parent.name.replace("-", "_")
        spec = importlib.util.spec_from_file_location(name, file)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        pack = getattr(module, "pack", None)
        if pack is None:
            sys.exit(f"{file}: defines no `pack`")
        if pack.folder != file.parent.name:
            sys.exit(f"{file}: writes the pack '{pack.folder}' but lies in '{file.parent.name}'")
        out.append(pack)
    return out


def differences(left, right, prefix=""):
    """Files that differ, or stand on one side only, between two folders."""
    cmp = filecmp.dircmp(left, right)
    out = [f"{prefix}{name}" for name in cmp.left_only + cmp.right_only + cmp.funny_files]
    _, mismatch, errors = filecmp.cmpfiles(left, right, cmp.common_files, shallow=False)
    out += [f"{prefix}{name}" for name in mismatch + errors]
    for sub in cmp.common_dirs:
        out += differences(pathlib.Path(left) / sub, pathlib.Path(right) / sub, f"{prefix}{sub}/")
    return out


def main():
    check = sys.argv[1:] == ["--check"]
    if sys.argv[1:] and not check:
        sys.exit("usage: generate_tests.py [--check]")
    packs = discover()
    if not packs:
        sys.exit(f"no rules/<pack>/test_generator.py under {ROOT}")
    if check:
        stale = []
        with tempfile.TemporaryDirectory() as scratch:
            for pack in packs:
                pack.write(scratch)
                stale += differences(ROOT / pack.folder / "tests",
                                     pathlib.Path(scratch) / pack.folder / "tests",
                                     f"rules/{pack.folder}/tests/")
        for name in stale:
            print(f"not as generated: {name}")
        print(f"{len(packs)} pack generators, {len(stale)} differences")
        sys.exit(1 if stale else 0)
    total = 0
    for pack in packs:
        count = pack.write(ROOT)
        print(f"{pack.folder}: {count} tests")
        total += count
    print(f"{total} tests written")


if __name__ == "__main__":
    main()
