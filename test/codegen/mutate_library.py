"""A damaged ukernel library (--ukernels) never crashes uklink.

Writes COUNT mutants of a valid bitcode library (1-4 random bytes changed,
deterministic by seed), runs `uklink INPUT --ukernels MUTANT` on each and
checks: exit status 0 or 1, never a signal; on 1, exactly one stderr line
naming the library, and no output file. Prints how many mutants crashed
LLVM's reader in the worker process that reads the library first."""
import os
import random
import shlex
import subprocess
import sys

uklink_cmd, source_bc, input_ll, workdir, count, seed = (sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4],
                                                          int(sys.argv[5]), int(sys.argv[6]))
uklink = shlex.split(uklink_cmd)
os.makedirs(workdir, exist_ok=True)
data = open(source_bc, "rb").read()
rng = random.Random(seed)
failures, crashed, rejected, accepted = [], 0, 0, 0
for i in range(count):
    b = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        b[rng.randrange(len(b))] = rng.randrange(256)
    lib = os.path.join(workdir, "lib%d.bc" % i)
    out = os.path.join(workdir, "out%d.so" % i)
    open(lib, "wb").write(b)
    if os.path.exists(out):
        os.unlink(out)
    try:
        p = subprocess.run(uklink + [input_ll, "--ukernels", lib, "-o", out], capture_output=True, text=True,
                           timeout=120)
    except subprocess.TimeoutExpired:
        failures.append("%s: hang" % lib)
        continue
    lines = p.stderr.splitlines()
    if p.returncode == 1:
        rejected += 1
        if len(lines) != 1 or not lines[0].startswith("uklink: error: ") or lib not in lines[0]:
            failures.append("%s: expected one line naming the library, got %r" % (lib, p.stderr))
        if os.path.exists(out):
            failures.append("%s: output left behind" % lib)
        if "crashed" in p.stderr:
            crashed += 1
    elif p.returncode == 0:
        accepted += 1
    else:
        failures.append("%s: status %d: %r" % (lib, p.returncode, p.stderr[-300:]))
print("mutants: %d rejected with one line, %d accepted, %d crashed LLVM in a worker" % (rejected, accepted, crashed))
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
