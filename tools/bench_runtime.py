#!/usr/bin/env python3
"""Runtime of uklink's builds: merged kernels against unmerged ones, and IREE programs and
models built by uklink against IREE's own build.

Synthetic: uk-corpus -near K writes kernels in families that differ only in
constants; uklink builds them twice, merged and with --no-dedupe (--cpu
native both). Every kernel must compute the same output, bit for bit, in
both libraries (uk-run-kernels' hashes). Then uk-run-kernels --time --vs
times every kernel of both in one process, their batches alternating, in
--rounds runs; the ratio of a kernel (merged / unmerged) is the median over
runs of the ratio of its best times in the run, so that a load on the
shared machine that outlasts a batch falls on both. Per kernel: whether
uklink merged it (from the report's groups: "exact" where its group
computes one output, "near" where the members compute different outputs, so
their constants became parameters), its best times and the ratios; then the
geometric mean of the ratios per kind and over all kernels, the worst
kernel, and a control: the unmerged library against a copy of itself.

IREE (--iree): each program and model (the project's, the shared ones, and
--programs: a real-model corpus, say) built by iree-compile, as a user gets
it, and by the user command uklink-iree-compile with the same flags: with
prebuilt tiles, with every tile generated, and without merging. Each
exported function must give IREE's outputs (within rounding, as the round
trip checks) and the same bytes merged and unmerged, on random inputs
(fixed seed; an imported model's integer inputs are token ids in range).
Then iree-benchmark-module times each build in turn (A B C D E, E D C B A,
...; E, the control, is IREE's build again) for --iree-rounds rounds, on
one thread (local-sync, CPU time) and on all cores (local-task, wall
time); the speed of a build is the median over rounds of IREE's time over
its time within the round. A model with external parameters finds them in
PROGRAM.irpa beside it.

Exit status 1 where an output differs or a step fails; the times decide
nothing (they are figures, noisy ones on a shared machine).

usage: bench_runtime.py [--tools DIR] [--uklink PATH] [-n N -u U -near K -s SEED]
                        [--rounds R] [--reps N] [--no-synthetic] [--iree --iree-bin DIR
                        [--programs DIR ...]] [--out DIR]
"""
import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


class Failure(Exception):
    pass


def sh(cmd, what):
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        raise Failure(f"{what} failed (exit {r.returncode}): {r.stderr.strip()[-2000:]}")
    return r.stdout


def geomean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else float("nan")


def interleaved(rounds, modes, measure):
    """{mode: [measure(mode) for each round]}, the modes in turn, their
    order reversed every other round."""
    got = {m: [] for m in modes}
    for r in range(rounds):
        for m in (modes if r % 2 == 0 else modes[::-1]):
            got[m].append(measure(m))
    return got


def ratios(best, row):
    """row with the best time of each mode over all rounds, their ratio
    (merged / unmerged), and the median over rounds of the ratio within a
    round (best[mode][r]: round r's best time): the two runs of a round are
    next to each other, so a load that lasts longer than a run (another job
    on the core's other hyperthread, say) falls on both."""
    row["best"] = {m: min(t) for m, t in best.items()}
    row["ratio_best"] = row["best"]["merged"] / row["best"]["unmerged"]
    row["ratio"] = statistics.median(x / y for x, y in zip(best["merged"], best["unmerged"]))
    return row


def summary_lines(rows, key):
    """Geometric means of the ratios per kind and over all, and the worst."""
    lines = []
    for kind in sorted({r["kind"] for r in rows}):
        sel = [r["ratio"] for r in rows if r["kind"] == kind]
        lines.append(f"geomean ratio, {kind} ({len(sel)}): {geomean(sel):.4f}")
    worst = max(rows, key=lambda r: r["ratio"])
    lines.append(f"geomean ratio, all {len(rows)}: **{geomean([r['ratio'] for r in rows]):.4f}** "
                 f"(of the best times: {geomean([r['ratio_best'] for r in rows]):.4f}); "
                 f"worst: {worst[key]} ({worst['kind']}) {worst['ratio']:.4f}")
    return lines


# --- synthetic corpus ---------------------------------------------------------------------------

def merge_kinds(report, hashes):
    """{kernel: "exact" | "near"} for the kernels in a group of the report
    with more than one function; " after O2" for the second round's groups."""
    kinds = {}
    for g in report.get("groups", []):
        names = {m.rsplit(":", 1)[-1] for m in g["members"]} | {g["canonical"]}
        if len(g["members"]) < 2:
            continue
        kernels = [n for n in names if n in hashes]
        kind = "near" if len({hashes[n] for n in kernels}) > 1 else "exact"
        for n in kernels:
            kinds[n] = kind + (" after O2" if g.get("after_opt") else "")
    return kinds


def parse_run(text):
    """{kernel: fields after the name} of uk-run-kernels' lines."""
    return {line.split()[0]: line.split()[1:] for line in text.splitlines() if line.strip()}


def time_pair(a, run_kernels, merged, unmerged, kernels_txt):
    """{kernel: {"merged": [best ns per round], "unmerged": [...]}}: each
    round one uk-run-kernels process whose batches alternate between the
    two libraries; which library comes first alternates between rounds."""
    paths = {"merged": merged, "unmerged": unmerged}
    best = {}
    for r in range(a.rounds):
        first, second = ("merged", "unmerged") if r % 2 == 0 else ("unmerged", "merged")
        got = parse_run(sh([run_kernels, "--time", str(a.reps), "--vs", paths[second], paths[first], kernels_txt],
                           f"uk-run-kernels --time (round {r})"))
        for k, fields in got.items():
            best.setdefault(k, {"merged": [], "unmerged": []})
            best[k][first].append(float(fields[2]))
            best[k][second].append(float(fields[4]))
    return best


def synthetic(a):
    out = os.path.join(a.out, "synthetic")
    corpus = os.path.join(out, "corpus")
    os.makedirs(out, exist_ok=True)
    sh([os.path.join(a.tools, "uk-corpus"), "-n", str(a.n), "-u", str(a.u), "-s", str(a.seed),
        "-near", str(a.near), corpus], "uk-corpus")
    kernels_txt = os.path.join(corpus, "kernels.txt")
    libs, reports = {}, {}
    for mode, extra in (("merged", []), ("unmerged", ["--no-dedupe"])):
        libs[mode] = os.path.join(out, f"{mode}.so")
        rep = os.path.join(out, f"report-{mode}.json")
        sh([a.uklink, corpus, "--cpu", "native", "-o", libs[mode], "--report", rep, *extra], f"uklink ({mode})")
        reports[mode] = json.load(open(rep))
    run_kernels = os.path.join(a.tools, "uk-run-kernels")
    results = {m: parse_run(sh([run_kernels, libs[m], kernels_txt], f"uk-run-kernels {m}")) for m in libs}
    differ = [k for k in results["unmerged"] if results["merged"].get(k) != results["unmerged"][k]]
    if differ or len(results["merged"]) != len(results["unmerged"]):
        raise Failure(f"synthetic: outputs differ between the builds: {', '.join(differ) or 'kernel lists'}")
    hashes = {k: v[1] for k, v in results["unmerged"].items()}
    kinds = merge_kinds(reports["merged"], hashes)

    best = time_pair(a, run_kernels, libs["merged"], libs["unmerged"], kernels_txt)
    rows = [ratios(best[k], {"kernel": k, "kind": kinds.get(k, "not merged")}) for k in best]
    # the control: the unmerged build against a copy of itself
    copy = os.path.join(out, "unmerged-copy.so")
    shutil.copyfile(libs["unmerged"], copy)
    control = time_pair(a, run_kernels, copy, libs["unmerged"], kernels_txt)
    control = geomean([ratios(t, {})["ratio"] for t in control.values()])
    r = reports["merged"]
    lines = [f"### Synthetic: uk-corpus -n {a.n} -u {a.u} -near {a.near} -s {a.seed}, "
             f"{a.rounds} rounds of {a.reps} batches",
             "",
             f"uklink: {r['functions']} functions, {r['distinct']} distinct, merged {r['merged']} before O2 "
             f"and {r['merged_after_opt']} after; all {len(rows)} kernels give the same output in both builds.",
             "",
             "| kernel | merged | merged ns | unmerged ns | ratio | ratio of best times |",
             "|---|---|---:|---:|---:|---:|"]
    for row in rows:
        lines.append(f"| {row['kernel']} | {row['kind']} | {row['best']['merged']:.1f} | "
                     f"{row['best']['unmerged']:.1f} | {row['ratio']:.4f} | {row['ratio_best']:.4f} |")
    lines += ["", *summary_lines(rows, "kernel"),
              f"control, the unmerged build against a copy of itself: geomean ratio {control:.4f}"]
    return lines, rows


# --- IREE programs -------------------------------------------------------------------------------

UNITS_NS = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}
DEVICE_WORDS = {"local-sync": "one thread", "local-task": "all cores"}


def clock(device):
    """The time iree-benchmark-module reports that the figures use: with
    local-sync (one thread) the process's CPU time, which leaves out the time
    other jobs on a shared machine take the core away; else wall time."""
    return "cpu_time" if device == "local-sync" else "real_time"


def benchmark(a, device, vmfb, func, inputs, params, prefix):
    """The median ns per call of func over iree-benchmark-module's
    repetitions."""
    path = f"{prefix}.json"
    sh([os.path.join(a.iree_bin, "iree-benchmark-module"), f"--device={device}", f"--module={vmfb}",
        f"--function={func}", *[f"--input={x}" for x in inputs], *params,
        f"--benchmark_repetitions={a.iree_reps}", f"--benchmark_min_time={a.min_time}s",
        "--benchmark_min_warmup_time=0.01",
        f"--benchmark_out={path}", "--benchmark_out_format=json"], f"iree-benchmark-module {func}")
    times = [b[clock(device)] * UNITS_NS[b["time_unit"]] for b in json.load(open(path))["benchmarks"]
             if b.get("run_type") == "iteration"]
    if not times:
        raise Failure(f"iree-benchmark-module {func}: no iterations reported")
    return statistics.median(times)


# The builds of a program that are timed: IREE's own (iree-compile, its
# executables linked), and the user command's (uklink-iree-compile, the
# same flags) with prebuilt tiles, with every tile generated, and without
# merging. "control" is IREE's module timed again as if it were a fifth.
UKLINK_MODES = {"uklink": [], "generated": ["--generate-all"], "unmerged": ["--no-dedupe"]}
TIMED = ["iree", "uklink", "generated", "unmerged", "control"]


def speed(times, mode):
    """IREE's time over mode's: the median over rounds of the ratio within
    a round (its runs are next to each other, so a load that lasts longer
    than a run falls on both)."""
    return statistics.median(i / m for i, m in zip(times["iree"], times[mode]))


def iree_program(a, prog, rt, np):
    name = os.path.splitext(os.path.basename(prog))[0]
    work = os.path.join(a.out, "iree", name)
    compile_ = os.path.join(a.iree_bin, "iree-compile")
    row = {"program": name}
    iree_vmfb, flags = rt.iree_build_any_level(prog, work, compile_, a.uklink, a.cpu_levels.split(","), row)
    linked = rt.linked_flags(flags)
    vmfbs, reports = {"iree": iree_vmfb}, {}
    for mode, extra in UKLINK_MODES.items():
        vmfbs[mode], reports[mode] = rt.uklink_module(prog, work, mode, extra, linked, compile_, a.uklink,
                                                      a.ukernels, a.jobs)
    params = rt.parameter_flags(prog)
    sigs, imported = rt.signatures(a.iree_bin, vmfbs["iree"], prog)
    rows = []
    for func, (in_types, out_types) in sorted(sigs.items()):
        prefix = os.path.join(work, rt.file_tag(func))
        inputs = rt.random_inputs(np.random.default_rng(a.seed), in_types, prefix, imported)
        outputs = {m: rt.run_module(a.iree_bin, vmfbs[m], func, inputs, out_types, f"{prefix}.{m}", params)
                   for m in vmfbs}
        for i in range(len(out_types)):
            # merging must not change a bit; IREE's build may round differently
            if open(f"{prefix}.uklink.output{i}.bin", "rb").read() != \
                    open(f"{prefix}.unmerged.output{i}.bin", "rb").read():
                raise Failure(f"{name}: {func} output {i} differs between the merged and unmerged builds")
            for m in ("uklink", "generated"):
                ok, diff = rt.compare(outputs["iree"][i], outputs[m][i])
                if not ok:
                    raise Failure(f"{name}: {func} output {i} of the {m} build differs from IREE's ({diff})")
        modules = {**vmfbs, "control": vmfbs["iree"]}
        r = {"program": name, "function": f"{name}.{func}", "executables": reports["uklink"]["executables"],
             "kernels": reports["uklink"]["kernels"], "distinct": reports["uklink"]["distinct"],
             "tiles_generated": reports["generated"]["tiles_generated"], "devices": {}}
        for device in a.devices.split(","):
            timed = interleaved(a.iree_rounds, TIMED, lambda m: benchmark(a, device, modules[m], func, inputs,
                                                                         params, f"{prefix}.{m}.{device}"))
            r["devices"][device] = {"ms": {m: statistics.median(t) / 1e6 for m, t in timed.items()},
                                    "speed": {m: speed(timed, m) for m in TIMED if m != "iree"}}
        rows.append(r)
    return rows


def iree(a):
    sys.path.insert(0, HERE)
    import numpy as np  # the IREE venv's
    import iree_roundtrip as rt
    programs = rt.expand_programs(([] if a.only_programs else rt.DEFAULT_PROGRAMS) + a.programs)
    rows, failed = [], []
    for prog in programs:
        try:
            rows += iree_program(a, prog, rt, np)
            print(f"bench-runtime: {os.path.basename(prog)}: done", file=sys.stderr)
        except (Failure, rt.Failure) as e:
            failed.append(f"{os.path.basename(prog)}: {e}")
            print(f"bench-runtime: FAILED: {failed[-1]}", file=sys.stderr)
    return iree_table(a, rows, failed), rows, failed


def iree_table(a, rows, failed):
    """The IREE part's Markdown: a row per function and device, the means
    per program, and per device."""
    devices = a.devices.split(",")
    lines = [f"### IREE programs and models: IREE's build against uklink-iree-compile's", "",
             f"iree-benchmark-module, {a.iree_rounds} rounds of {a.iree_reps} repetitions of {a.min_time} s per "
             "build, the builds in turn; ms: the median; speed: IREE's time over the build's, the median over rounds "
             "of the ratio within a round (>1: faster than IREE). " + "; ".join(
                 f"{d}: {DEVICE_WORDS.get(d, d)}, {clock(d).replace('_', ' ')}" for d in devices) + ".", "",
             "| function | executables, kernels, distinct | device | IREE ms | uklink ms | speed: uklink "
             "| generated tiles | unmerged | control (IREE again) |",
             "|---|---|---|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        for d in devices:
            x = r["devices"][d]
            lines.append(f"| {r['function']} | {r['executables']}, {r['kernels']}, {r['distinct']} | {d} "
                         f"| {x['ms']['iree']:.3f} | {x['ms']['uklink']:.3f} | {x['speed']['uklink']:.3f} "
                         f"| {x['speed']['generated']:.3f} | {x['speed']['unmerged']:.3f} "
                         f"| {x['speed']['control']:.3f} |")
    # per program: the geometric means of its functions' speeds
    programs = list(dict.fromkeys(r["program"] for r in rows))  # in the order they ran
    if programs:
        lines += ["", "Per program (geometric means over its functions):", "",
                  "| program | functions | " + " | ".join(f"{d}: uklink | generated | control" for d in devices) + " |",
                  "|---|---:|" + "---:|---:|---:|" * len(devices)]
        for p in programs:
            sel = [r for r in rows if r["program"] == p]
            cells = []
            for d in devices:
                cells += [f"{geomean([r['devices'][d]['speed'][m] for r in sel]):.3f}"
                          for m in ("uklink", "generated", "control")]
            lines.append(f"| {p} | {len(sel)} | " + " | ".join(cells) + " |")
    for d in devices:
        if not rows:
            break
        means = {m: geomean([r["devices"][d]["speed"][m] for r in rows]) for m in TIMED if m != "iree"}
        worst = min(rows, key=lambda r: r["devices"][d]["speed"]["uklink"])
        lines += ["", f"{d}: geomean speed over {len(rows)} functions: uklink **{means['uklink']:.3f}**, "
                      f"generated tiles {means['generated']:.3f}, unmerged {means['unmerged']:.3f}, "
                      f"control {means['control']:.3f}; slowest: {worst['function']} "
                      f"{worst['devices'][d]['speed']['uklink']:.3f}"]
    lines += [f"FAILED: {f}" for f in failed]
    return lines


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tools", help="directory of uk-corpus and uk-run-kernels (default: --uklink's, else "
                                    "build/tools)")
    ap.add_argument("--uklink", help="default: uklink in --tools")
    ap.add_argument("--ukernels", help="ukernel bitcode for uklink (default: uklink's own)")
    ap.add_argument("-n", type=int, default=64, help="synthetic: modules")
    ap.add_argument("-u", type=int, default=48, help="synthetic: distinct kernels")
    ap.add_argument("-near", type=int, default=4, help="synthetic: kernels per family")
    ap.add_argument("-s", "--seed", type=int, default=2026)
    ap.add_argument("--rounds", type=int, default=6, help="synthetic: runs of uk-run-kernels --time --vs")
    ap.add_argument("--reps", type=int, default=20, help="synthetic: timed batches per kernel and run")
    ap.add_argument("--no-synthetic", action="store_true")
    ap.add_argument("--iree", action="store_true", help="also the IREE programs")
    ap.add_argument("--iree-bin", help="bin directory of the IREE virtual environment")
    ap.add_argument("--programs", action="append", default=[],
                    help="a directory of more .mlir programs, or one whose programs/ holds them (repeatable)")
    ap.add_argument("--only-programs", action="store_true",
                    help="only the --programs, not the project's own IREE programs")
    ap.add_argument("--devices", default="local-sync,local-task",
                    help="IREE devices, comma-separated (default: local-sync, one thread, and local-task, all)")
    ap.add_argument("--iree-rounds", type=int, default=5, help="runs of each build, interleaved")
    ap.add_argument("--iree-reps", type=int, default=5, help="iree-benchmark-module repetitions per run")
    ap.add_argument("--min-time", type=float, default=0.01, help="iree-benchmark-module seconds per repetition")
    ap.add_argument("--cpu-levels", default="host,cpuid,x86-64-v3,x86-64-v2",
                    help="CPU levels IREE compiles for, as tools/iree_roundtrip.py")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "bench-runtime"),
                    help="where to work and write runtime.md, runtime.json (default: build/bench-runtime)")
    a = ap.parse_args()
    a.out = os.path.abspath(a.out)
    a.tools = a.tools or (os.path.dirname(a.uklink) if a.uklink else os.path.join(ROOT, "build", "tools"))
    a.uklink = os.path.abspath(a.uklink or os.path.join(a.tools, "uklink"))
    if a.iree and not a.iree_bin:
        ap.error("--iree needs --iree-bin")
    os.makedirs(a.out, exist_ok=True)
    text, data, ok = [], {}, True
    try:
        if not a.no_synthetic:
            lines, data["synthetic"] = synthetic(a)
            text += lines + [""]
        if a.iree:
            lines, data["iree"], failed = iree(a)
            text += lines + [""]
            ok = not failed
    except Failure as e:
        print(f"bench-runtime: FAILED: {e}", file=sys.stderr)
        return 1
    with open(os.path.join(a.out, "runtime.md"), "w") as f:
        f.write("\n".join(text))
    with open(os.path.join(a.out, "runtime.json"), "w") as f:
        json.dump(data, f, indent=1)
    print("\n".join(text))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
