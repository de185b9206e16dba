"""A signal or a reader that goes away while uklink puts its outputs in place.

Writing into a FIFO is the last step of putting the outputs in place (after
the renames): with the FIFO's buffer made small and its reader not reading,
uklink is held there, its report already renamed into place, for as long as
the test likes. Three runs:

  term:  SIGTERM while held, then the reader reads. The run is complete when
         the signal comes: status 0, the reader gets the whole shared
         object, the report stays.
  close: the reader closes without reading. The write fails (EPIPE, not
         death by SIGPIPE): status 1, one error line naming the FIFO, and
         the report taken back.
  both:  SIGTERM while held, then the reader closes. The write fails, the
         report is taken back, and the run ends by its SIGTERM.

In none of them is a temporary file left, and the FIFO stays a FIFO.

usage: signal_during_write.py DIR -- uklink args (-o FIFO and --report are added)"""
import fcntl
import os
import signal
import stat
import subprocess
import sys
import time

d = sys.argv[1]
cmd = sys.argv[sys.argv.index("--") + 1:]
fifo = os.path.join(d, "out.fifo")
report = os.path.join(d, "report.json")
PIPE_SIZE = 4096
problems = []
size = [0]  # the shared object's, from the first run


def run(mode):
    os.mkfifo(fifo)
    # a reader must be there for uklink's non-blocking open to succeed
    rfd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    fcntl.fcntl(rfd, fcntl.F_SETPIPE_SZ, PIPE_SIZE)
    held_at = fcntl.fcntl(rfd, fcntl.F_GETPIPE_SZ)  # rounded up to a page
    if size[0] and size[0] <= held_at:
        sys.exit(f"the shared object ({size[0]} bytes) fits the FIFO's buffer ({held_at}): give a larger corpus")
    proc = subprocess.Popen(cmd + ["-o", fifo, "--report", report], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not os.path.exists(report) and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    held = os.path.exists(report) and proc.poll() is None
    if not held:
        problems.append(f"{mode}: uklink was not held writing the FIFO (status {proc.poll()})")
    time.sleep(0.2)  # well into the blocked write
    if mode in ("term", "both"):
        proc.send_signal(signal.SIGTERM)
        time.sleep(0.3)
    got = b""
    if mode == "term":
        os.set_blocking(rfd, True)
        while chunk := os.read(rfd, 1 << 16):
            got += chunk
    os.close(rfd)
    out, err = proc.communicate(timeout=120)
    lines = err.splitlines()
    rc = proc.returncode
    if mode == "term":
        if rc != 0:
            problems.append(f"term: status {rc}, not 0: {err!r}")
        if not got.startswith(b"\x7fELF") or len(got) <= held_at:
            problems.append(f"term: the reader got {len(got)} bytes, not the shared object larger than the FIFO's buffer")
        size[0] = len(got)
        if not os.path.exists(report):
            problems.append("term: the report is gone")
    elif mode == "close":
        if rc != 1 or len(lines) != 1 or fifo not in lines[0]:
            problems.append(f"close: status {rc}, not 1 with one line naming the FIFO: {err!r}")
        else:
            print(lines[0])
    else:
        if rc != -signal.SIGTERM:
            problems.append(f"both: status {rc}, not the end by SIGTERM: {err!r}")
    if mode != "term" and os.path.exists(report):
        problems.append(f"{mode}: the report stayed after a failed write")
    if not stat.S_ISFIFO(os.lstat(fifo).st_mode):
        problems.append(f"{mode}: the FIFO was replaced")
    left = sorted(set(os.listdir(d)) - {"out.fifo", "report.json"})
    if left:
        problems.append(f"{mode}: left {left}")
    for name in ("out.fifo", "report.json"):
        if os.path.lexists(os.path.join(d, name)):
            os.unlink(os.path.join(d, name))


for mode in ("term", "close", "both"):
    run(mode)
if problems:
    sys.exit("; ".join(problems))
