"""Runs each input's own library from uklink --out-dir: for every module
<name>.ll of a uk-corpus corpus, calls the dispatch it defines from
OUTDIR/<name>.so and prints uk-run-kernels' line, sorted."""
import glob
import os
import re
import subprocess
import sys

runner, corpus, outdir, seed = sys.argv[1:5]
lines = []
for path in sorted(glob.glob(os.path.join(corpus, "*.ll"))):
    name = re.search(r"define i32 @(dispatch_\w+)\(", open(path).read()).group(1)
    lib = os.path.join(outdir, os.path.basename(path)[:-3] + ".so")
    listing = os.path.join(outdir, name + ".txt")
    open(listing, "w").write(name + "\n")
    out = subprocess.run([runner, lib, listing, seed], capture_output=True, text=True, check=True).stdout
    lines.append(out.strip())
print("\n".join(sorted(lines)))
