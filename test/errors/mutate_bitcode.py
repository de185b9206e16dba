"""Corrupted bitcode never crashes, aborts or hangs uklink.

Writes COUNT mutants of a valid bitcode file (1-4 random bytes changed,
deterministic by seed), runs uklink on each and checks: exit status 0 or 1
(never a signal); on 1, exactly one stderr line naming the file, and no output
file; on 0, an output file. Prints how many mutants crashed LLVM's reader in a
worker process (the isolation at work)."""
import os
import random
import shlex
import subprocess
import sys

uklink_cmd, source_bc, workdir, count, seed = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
uklink = shlex.split(uklink_cmd)  # the command may carry options (--generate-all)
os.makedirs(workdir, exist_ok=True)
data = open(source_bc, "rb").read()
rng = random.Random(seed)
failures, crashed_in_worker, rejected, accepted = [], 0, 0, 0
for i in range(count):
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        b[rng.randrange(len(b))] = rng.randrange(256)
    src = os.path.join(workdir, "m%d.bc" % i)
    out = os.path.join(workdir, "m%d.o" % i)
    open(src, "wb").write(b)
    if os.path.exists(out):
        os.unlink(out)
    try:
        p = subprocess.run(uklink + [src, "--emit=obj", "-O0", "-o", out], capture_output=True, text=True,
                           timeout=120)
    except subprocess.TimeoutExpired:
        failures.append("%s: hang" % src)
        continue
    lines = p.stderr.splitlines()
    if p.returncode == 1:
        rejected += 1
        if len(lines) != 1 or not lines[0].startswith("uklink: error: ") or src not in lines[0]:
            failures.append("%s: expected one line naming the file, got %r" % (src, p.stderr))
        if os.path.exists(out):
            failures.append("%s: output left behind" % src)
        if "crashed" in p.stderr:
            crashed_in_worker += 1
    elif p.returncode == 0:
        accepted += 1
        if not os.path.exists(out):
            failures.append("%s: status 0 but no output" % src)
    else:
        failures.append("%s: status %d: %r" % (src, p.returncode, p.stderr[-300:]))
print("mutants: %d rejected with one line, %d accepted, %d crashed LLVM in a worker" %
      (rejected, accepted, crashed_in_worker))
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
