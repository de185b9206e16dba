"""uklink -o FIFO writes into the FIFO (a reader gets the whole output) and
leaves it a FIFO; with no reader it fails with one line instead of waiting.

usage: fifo_output.py DIR -- uklink args (-o is added)"""
import os
import stat
import subprocess
import sys
import threading

d = sys.argv[1]
cmd = sys.argv[sys.argv.index("--") + 1:]
fifo = os.path.join(d, "out.fifo")
os.mkfifo(fifo)
got = []
reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()), daemon=True)
reader.start()
p = subprocess.run(cmd + ["-o", fifo], capture_output=True, text=True, timeout=120)
if p.returncode != 0:
    open(fifo, "wb").close()  # let the reader end
reader.join(timeout=60)
problems = []
if p.returncode != 0:
    problems.append(f"with a reader: status {p.returncode}: {p.stderr}")
if not stat.S_ISFIFO(os.lstat(fifo).st_mode):
    problems.append("the FIFO was replaced")
if not got or not got[0].startswith(b"\x7fELF"):
    problems.append("the reader did not get the shared object")
p = subprocess.run(cmd + ["-o", fifo], capture_output=True, text=True, timeout=120)
lines = p.stderr.splitlines()
if p.returncode != 1 or len(lines) != 1 or fifo not in lines[0]:
    problems.append(f"with no reader: status {p.returncode}: {p.stderr!r}")
if not stat.S_ISFIFO(os.lstat(fifo).st_mode):
    problems.append("the FIFO was replaced")
print(lines[0] if lines else "")
if sorted(os.listdir(d)) != ["out.fifo"]:
    problems.append(f"left {sorted(os.listdir(d))}")
if problems:
    sys.exit("; ".join(problems))
