"""Prints what a report says of the cache, one line per store and a line of
unit results, for FileCheck:
  local hits=H misses=M damaged=D writes=W failed=F
  remote hits=H misses=M damaged=D writes=W failed=F
  units N: <result>=<count> ...
With --keys, prints each unit's key (for a test to find an entry); with
--units, each unit's result and what it holds ("miss dispatch_3_k3.uk.<hash>"),
sorted, the input's directory left out of a shell's path."""
import os
import json
import sys

report = json.load(open(sys.argv[1]))
cache = report["cache"]
if "--keys" in sys.argv:
    for u in cache["units"]:
        print(u["key"])
    sys.exit(0)
if "--units" in sys.argv:
    for line in sorted("%s %s" % (u["result"].replace(" ", "-"), os.path.basename(u["unit"])) for u in cache["units"]):
        print(line)
    sys.exit(0)
for store in ("local", "remote"):
    s = cache[store]
    print("%s hits=%d misses=%d damaged=%d writes=%d failed=%s" % (
        store, s["hits"], s["misses"], s["damaged"], s["writes"], str(s["failed"]).lower()))
results = {}
for u in cache["units"]:
    results[u["result"]] = results.get(u["result"], 0) + 1
print("units %d: %s" % (len(cache["units"]), " ".join("%s=%d" % (k.replace(" ", "-"), v) for k, v in sorted(results.items()))))
