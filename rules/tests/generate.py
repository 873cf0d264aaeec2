#!/usr/bin/env python3
"""Writes the rule-test folders under rules/tests/ from generator/*.py.

The folders are committed; this script is how they are made and changed.
Each pack's folder is rewritten whole, so a renamed test leaves nothing behind.
Run from anywhere: python3 rules/tests/generate.py
"""

import pathlib
import sys

sys.dont_write_bytecode = True  # keep __pycache__ out of the repository
ROOT = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

from generator import astorp, common, dals_ed, herrljunga, tranemo, varnamo  # noqa: E402


def main():
    total = 0
    for module in (common, tranemo, varnamo, dals_ed, astorp, herrljunga):
        count = module.pack.write(ROOT)
        print(f"{module.pack.folder}: {count} tests")
        total += count
    print(f"{total} tests written")


if __name__ == "__main__":
    main()
