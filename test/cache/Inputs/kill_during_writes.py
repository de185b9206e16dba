"""Kills uklink (SIGKILL: no clean-up) while it is writing cache entries,
at several moments, then checks that the cache holds no entry that reads as
valid and is not: every entry present passes its check.

usage: kill_during_writes.py CACHE_DIR -- uklink args... (with --cache CACHE_DIR)"""
import os
import signal
import subprocess
import sys
import time

cache = sys.argv[1]
cmd = sys.argv[sys.argv.index("--") + 1:]
uklink = cmd[0]


def entries():
    root = os.path.join(cache, "v1")
    if not os.path.isdir(root):
        return 0
    return sum(len(os.listdir(os.path.join(root, d))) for d in os.listdir(root) if len(d) == 2)


killed = 0
for delay in (0.0, 0.02, 0.08, 0.2):
    subprocess.run([uklink, "--cache", cache, "--cache-prune", "--cache-size", "1"], check=True,
                   stdout=subprocess.DEVNULL)
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    while entries() == 0 and p.poll() is None and time.time() < deadline:
        time.sleep(0.0005)
    time.sleep(delay)
    if p.poll() is None:
        os.killpg(p.pid, signal.SIGKILL)
        killed += 1
    p.wait()
    show = subprocess.run([uklink, "--cache", cache, "--cache-show"], check=True, capture_output=True, text=True)
    if not show.stdout.rstrip().endswith(" 0 damaged"):
        sys.exit("after a kill at +%.3f s: %s" % (delay, show.stdout))
if killed == 0:
    sys.exit("uklink always ended before the kill: make the input larger")
print("killed %d runs while writing; no damaged entry" % killed)
