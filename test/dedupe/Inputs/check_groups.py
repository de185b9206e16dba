#!/usr/bin/env python3
"""Checks near-duplicates.test's report: exactly the expected groups merged
(near0..3 and contract0/1 with parameters; dbg, table, nan pairs identical),
no trap."""
import json
import sys

r = json.load(open(sys.argv[1]))
groups = {}
for g in r["groups"]:
    if g["after_opt"]:
        continue
    members = sorted(m.rsplit(":", 1)[1] for m in g["members"])
    groups[tuple(members)] = g["parameters"]
want = {("near0", "near1", "near2", "near3"): 4, ("dbg0", "dbg1"): 0, ("table0", "table1"): 0, ("nan0", "nan1"): 0,
        ("contract0", "contract1"): 1}
if groups != want:
    sys.exit(f"groups {groups}, expected {want}")
if r["merged_with_parameters"] != 4:
    sys.exit(f"merged_with_parameters {r['merged_with_parameters']}, expected 4")
print("groups as expected")
