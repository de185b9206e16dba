"""Interrupts uklink during codegen and checks that nothing of the run stays:
no .uklink-* temporary directory, no output, no directory it made, no worker
process; and that the exit status says it failed.

usage: interrupt.py SIGNAL OUTDIR -- uklink args... (OUTDIR: where the
temporary directory appears)"""
import os
import signal
import subprocess
import sys
import time

sig = getattr(signal, sys.argv[1])
watch = sys.argv[2]
cmd = sys.argv[sys.argv.index("--") + 1:]


def children(pid):
    out = []
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(d))
    return out


def tmp_dirs():
    found = []
    for root, dirs, _ in os.walk(os.path.dirname(watch.rstrip("/")) or "."):
        found += [os.path.join(root, d) for d in dirs if d.startswith(".uklink-")]
    return found


before = set(os.listdir(os.path.dirname(watch.rstrip("/")) or "."))
# A shell running the suite in the background ignores SIGINT, and uklink
# keeps a signal its parent ignores: give it the default.
p = subprocess.Popen(cmd, stderr=subprocess.PIPE, preexec_fn=lambda: signal.signal(sig, signal.SIG_DFL))
deadline = time.time() + 120
while not tmp_dirs():
    if p.poll() is not None or time.time() > deadline:
        sys.exit("uklink ended before it made its temporary directory: make the input larger")
    time.sleep(0.005)
time.sleep(0.3)  # into codegen proper: workers running, files being written
workers = children(p.pid)
if p.poll() is not None:
    sys.exit("uklink ended before the signal: make the input larger")
p.send_signal(sig)
_, err = p.communicate(timeout=60)
time.sleep(0.5)  # a worker that outlived uklink would write now
problems = []
if p.returncode == 0:
    problems.append("exit status 0")
if tmp_dirs():
    problems.append(f"left {tmp_dirs()}")
after = set(os.listdir(os.path.dirname(watch.rstrip("/")) or "."))
if after != before:
    problems.append(f"left {sorted(after - before)}")
alive = [w for w in workers if os.path.exists(f"/proc/{w}") and open(f"/proc/{w}/stat").read().rsplit(")", 1)[1].split()[0] != "Z"]
if alive:
    problems.append(f"workers still running: {alive}")
print(f"status {p.returncode}, {len(workers)} workers at the signal")
if problems:
    sys.exit("; ".join(problems))
