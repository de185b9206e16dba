"""Wall and CPU times of uklink with the cache off, cold, warm from the local
directory, and warm from Redis with an empty local directory, per corpus,
medians of --rounds; then, for each ordered pair of corpora, the share of
the second's units found in a cache that holds only the first's. Starts its
own redis-server on a loopback port. Prints Markdown tables.

usage: bench_cache.py [--uklink PATH] [--rounds N] [--per-input] [--arg=A]... CORPUS...
(a CORPUS: a directory of .ll/.bc, e.g. a real-model corpus's corpus/NAME)"""
import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REDIS = os.path.join(HERE, "..", "test", "cache", "Inputs", "redis.py")


def run(cmd):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def cache_counts(report):
    c = json.load(open(report))["cache"]
    hits = sum(u["result"] != "miss" for u in c["units"])
    return hits, len(c["units"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--uklink", default=os.path.join(HERE, "..", "build", "tools", "uklink"))
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--arg", action="append", default=[])
    ap.add_argument("--per-input", action="store_true",
                    help="one library per input (--out-dir), as IREE's executables need")
    ap.add_argument("corpora", nargs="+")
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="bench-cache-")
    subprocess.run([sys.executable, REDIS, "start", os.path.join(work, "redis")], check=True, stdout=subprocess.DEVNULL)
    url = open(os.path.join(work, "redis", "url")).read().strip()
    out = ["--out-dir", os.path.join(work, "lib")] if a.per_input else ["-o", os.path.join(work, "out.so")]
    try:
        print("| corpus | units | off s (CPU) | cold, local s (CPU) | cold, local + Redis s (CPU) | warm local s (CPU) "
              "| warm Redis only s (CPU) | cold local/off | cold both/off | warm local/off | warm Redis/off |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
        for corpus in a.corpora:
            base = [a.uklink, corpus] + out + a.arg
            times = {k: [] for k in ("off", "cold1", "cold", "local", "remote")}
            units = 0
            for r in range(a.rounds):
                local, fresh = os.path.join(work, "local"), os.path.join(work, "fresh")
                shutil.rmtree(local, ignore_errors=True)
                shutil.rmtree(fresh, ignore_errors=True)
                subprocess.run([sys.executable, REDIS, "cmd", os.path.join(work, "redis"), "FLUSHALL"], check=True,
                               stdout=subprocess.DEVNULL)
                times["off"].append(run(base))
                alone = os.path.join(work, "alone")
                shutil.rmtree(alone, ignore_errors=True)
                times["cold1"].append(run(base + ["--cache", alone]))
                times["cold"].append(run(base + ["--cache", local, "--cache-remote", url]))
                times["local"].append(run(base + ["--cache", local]))
                rep = os.path.join(work, "remote.json")
                times["remote"].append(run(base + ["--cache", fresh, "--cache-remote", url, "--report", rep]))
                hits, units = cache_counts(rep)
                if hits != units:
                    sys.exit("%s: %d of %d units came from Redis" % (corpus, hits, units))
            med = {k: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v)) for k, v in times.items()}
            off = med["off"][0]
            print("| %s | %d | %.2f (%.2f) | %.2f (%.2f) | %.2f (%.2f) | %.2f (%.2f) | %.2f (%.2f) | %.2f | %.2f | %.2f | %.2f |" % (
                os.path.basename(corpus.rstrip("/")), units, *med["off"], *med["cold1"], *med["cold"], *med["local"],
                *med["remote"], med["cold1"][0] / off, med["cold"][0] / off, med["local"][0] / off,
                med["remote"][0] / off))
        if len(a.corpora) > 1:
            print()
            print("| cached first | built second | second's units found |")
            print("|---|---|---:|")
            for first in a.corpora:
                for second in a.corpora:
                    if first == second:
                        continue
                    d = os.path.join(work, "pair")
                    shutil.rmtree(d, ignore_errors=True)
                    run([a.uklink, first] + out + ["--cache", d] + a.arg)
                    rep = os.path.join(work, "pair.json")
                    run([a.uklink, second] + out + ["--cache", d, "--report", rep] + a.arg)
                    hits, units = cache_counts(rep)
                    print("| %s | %s | %d of %d |" % (os.path.basename(first.rstrip("/")),
                                                    os.path.basename(second.rstrip("/")), hits, units))
    finally:
        subprocess.run([sys.executable, REDIS, "stop", os.path.join(work, "redis")])
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
