#!/usr/bin/env python3
"""Writes each pack's rule-test folders (rules/<pack>/tests/) from its
rules/<pack>/test_generator.py.

The folders are committed; this script is how they are made and changed.
Pack generators are found by folder: every rules/<pack>/test_generator.py
that defines `pack` (a test_builders.Pack), so a new pack needs no edit here.
A pack without a generator keeps its hand-written tests untouched. Each
generated pack's tests/ is rewritten whole, so a renamed test leaves nothing
behind. Run from anywhere: python3 rules/generate_tests.py
"""

import importlib.util
import pathlib
import sys

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


def main():
    total = 0
    for pack in discover():
        count = pack.write(ROOT)
        print(f"{pack.folder}: {count} tests")
        total += count
    print(f"{total} tests written")


if __name__ == "__main__":
    main()
