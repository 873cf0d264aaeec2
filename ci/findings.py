#!/usr/bin/env python3
"""One line per finding of a granska JSON result, then the summary and the
number of input errors: what ci/test-install.sh and ci/test-image.sh compare
between the build tree's binary and an installed one.

Usage: ci/findings.py RESULT.json
"""
import json
import sys

result = json.load(open(sys.argv[1], encoding="utf-8"))
for case in result["cases"]:
    for finding in case["findings"]:
        print(case["path"], json.dumps(finding, ensure_ascii=False, sort_keys=True))
print("summary", json.dumps(result["summary"], sort_keys=True))
print("errors", len(result["errors"]))
