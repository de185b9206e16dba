"""Reads a JSON file as strict UTF-8 JSON (what any JSON reader accepts) and
prints each merged group's canonical name and members, one a line, as
Python's ascii() writes them, so that a test can check every byte."""
import json
import sys

with open(sys.argv[1], "rb") as f:
    report = json.loads(f.read().decode("utf-8", errors="strict"))
for g in report["groups"]:
    print("canonical", ascii(g["canonical"]))
    for m in g["members"]:
        print("member", ascii(m))
