#!/usr/bin/env python3
"""Runtime of merged kernels against the unmerged build (uklink --no-dedupe).

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

IREE (--iree): for each program, IREE's HAL-phase output and its executables'
LLVM modules (tools/iree_roundtrip.py), uklink's libraries embedded twice,
merged and --no-dedupe. Each exported function must give the same outputs,
byte for byte, in both modules on random inputs (fixed seed), and is timed
with iree-benchmark-module, a run of each module in turn (A B C, C B A, ...;
C, the control, is the unmerged module again) for --iree-rounds rounds; the
ratio is again the median over rounds of the ratio within a round, of CPU
time with --device=local-sync (the default). A program with external
parameters finds them in PROGRAM.irpa beside it.

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
import re
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


def parameter_flags(prog):
    """--parameters= for PROGRAM.irpa beside the program, in each scope the
    program names (#...parameter.named<"scope"::...>)."""
    irpa = os.path.splitext(prog)[0] + ".irpa"
    if not os.path.exists(irpa):
        return []
    scopes = sorted(set(re.findall(r'parameter\.named<"([^"]*)"::', open(prog).read())))
    return [f"--parameters={s + '=' if s else ''}{irpa}" for s in scopes or [""]]


def clock(a):
    """The time iree-benchmark-module reports that the figures use: with
    local-sync (one thread) the process's CPU time, which leaves out the time
    other jobs on a shared machine take the core away; else wall time."""
    return "cpu_time" if a.device == "local-sync" else "real_time"


def benchmark(a, vmfb, func, inputs, params, prefix):
    """(best, median) ns per call of func, iree-benchmark-module's
    repetitions."""
    path = f"{prefix}.json"
    sh([os.path.join(a.iree_bin, "iree-benchmark-module"), f"--device={a.device}", f"--module={vmfb}",
        f"--function={func}", *[f"--input={x}" for x in inputs], *params,
        f"--benchmark_repetitions={a.iree_reps}", f"--benchmark_min_time={a.min_time}s",
        "--benchmark_min_warmup_time=0.01",
        f"--benchmark_out={path}", "--benchmark_out_format=json"], f"iree-benchmark-module {func}")
    times = [b[clock(a)] * UNITS_NS[b["time_unit"]] for b in json.load(open(path))["benchmarks"]
             if b.get("run_type") == "iteration"]
    if not times:
        raise Failure(f"iree-benchmark-module {func}: no iterations reported")
    return min(times), statistics.median(times)


TORCH_ELEMENT = {"si64": "i64", "si32": "i32", "si16": "i16", "si8": "i8", "ui8": "i8", "i1": "i1", "f32": "f32",
                 "f16": "f16", "bf16": "bf16", "f64": "f64"}


def torch_signatures(prog):
    """{function: ([input types], [output types])} of an imported program's
    public functions, from their !torch.vtensor<[shape],type> arguments and
    results."""
    funcs = {}
    for m in re.finditer(r'^\s*func\.func @("[^"]*"|[^\s(]+)\((.*?)\) -> (.*?) (?:attributes \{|\{)$',
                         open(prog).read(), re.M):
        types = [[([int(d) for d in shape.split(",") if d], TORCH_ELEMENT[elem])
                  for shape, elem in re.findall(r"!torch\.vtensor<\[([\d,]*)\],(\w+)>", part)]
                 for part in (m.group(2), m.group(3))]
        funcs[m.group(1).strip('"')] = tuple(types)
    return funcs


def index_inputs(rng, types, prefix):
    """--input= arguments for an imported model: floats random, integers
    small and non-negative (token ids, which must index its embeddings)."""
    import numpy as np
    args = []
    for i, (shape, elem) in enumerate(types):
        path = f"{prefix}.input{i}.bin"
        data = (rng.integers(0, 128, shape).astype({"i64": np.int64, "i32": np.int32, "i16": np.int16,
                                                     "i8": np.int8, "i1": np.uint8}[elem])
                if elem.startswith("i") else rng.standard_normal(shape).astype(
                    {"f32": np.float32, "f16": np.float16, "f64": np.float64}[elem]))
        data.tofile(path)
        args.append(f"{''.join(f'{d}x' for d in shape)}{elem}=@{path}")
    return args


def iree_program(a, prog, rt, np):
    name = os.path.splitext(os.path.basename(prog))[0]
    work = os.path.join(a.out, "iree", name)
    compile_ = os.path.join(a.iree_bin, "iree-compile")
    row = {"program": name}
    hal_text, corpus, _, flags = rt.iree_build_any_level(prog, work, compile_, a.uklink, a.cpu_levels.split(","),
                                                         row)
    vmfbs, reports = {}, {}
    for mode, extra in (("merged", []), ("unmerged", ["--no-dedupe"])):
        vmfbs[mode], reports[mode], _ = rt.uklink_module(name, work, mode, extra, hal_text, corpus, flags, compile_,
                                                         a.uklink, a.ukernels, a.jobs)
    params = parameter_flags(prog)
    # executables whose library the merging changed; where none is, both
    # modules run the same code, and the ratio is noise and layout
    libs = sorted(os.listdir(os.path.join(work, "libs-merged")))
    changed = sum(open(os.path.join(work, "libs-merged", f), "rb").read()
                  != open(os.path.join(work, "libs-unmerged", f), "rb").read() for f in libs)
    rows = []
    sigs = rt.signatures(a.iree_bin, vmfbs["merged"])
    imported = not sigs  # imported models' exports carry no ABI declaration: their types are the program's
    for func, (in_types, out_types) in sorted((sigs or torch_signatures(prog)).items()):
        prefix = os.path.join(work, func.replace("/", "_"))
        inputs = (index_inputs if imported else rt.random_inputs)(np.random.default_rng(a.seed), in_types, prefix)
        for mode in vmfbs:
            rt.run_module(a.iree_bin, vmfbs[mode], func, inputs, out_types, f"{prefix}.{mode}", params)
        for i in range(len(out_types)):
            got = [open(f"{prefix}.{mode}.output{i}.bin", "rb").read() for mode in vmfbs]
            if got[0] != got[1]:
                raise Failure(f"{name}: {func} output {i} differs between the merged and unmerged modules")
        # the control: the unmerged module timed again, as a third build
        modules = {**vmfbs, "control": vmfbs["unmerged"]}
        timed = interleaved(a.iree_rounds, list(modules), lambda m: benchmark(a, modules[m], func, inputs, params,
                                                                              f"{prefix}.{m}.bench"))
        rep = reports["merged"]
        merged = rep["merged"] + rep["merged_after_opt"]
        best = {m: [t[0] for t in timed[m]] for m in timed}
        row = ratios({m: best[m] for m in vmfbs},
                     {"function": f"{name}.{func}", "kind": "libraries differ" if changed else "same libraries",
                      "merged_functions": merged, "functions": rep["functions"] - rep["inputs"],
                      "libraries_changed": changed, "libraries": len(libs)})
        row["control"] = ratios({"merged": best["control"], "unmerged": best["unmerged"]}, {})["ratio"]
        rows.append(row)
    return rows


def iree(a):
    sys.path.insert(0, HERE)
    import numpy as np  # the IREE venv's
    import iree_roundtrip as rt
    programs = [] if a.only_programs else [
        os.path.join(ROOT, "examples", "iree-programs", f)
        for f in sorted(os.listdir(os.path.join(ROOT, "examples", "iree-programs"))) if f.endswith(".mlir")]
    defaults = [] if a.only_programs else [os.path.join(ROOT, "..", "shared", "data", "iree-models")]
    for d in [*defaults, *a.programs]:
        if os.path.isdir(os.path.join(d, "programs")):  # a corpus directory: its programs
            d = os.path.join(d, "programs")
        if os.path.isdir(d):
            programs += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".mlir")]
    rows, failed = [], []
    for prog in programs:
        try:
            rows += iree_program(a, prog, rt, np)
            print(f"bench-runtime: {os.path.basename(prog)}: done", file=sys.stderr)
        except (Failure, rt.Failure) as e:
            failed.append(f"{os.path.basename(prog)}: {e}")
            print(f"bench-runtime: FAILED: {failed[-1]}", file=sys.stderr)
    lines = [f"### IREE programs: iree-benchmark-module --device={a.device}, {a.iree_rounds} rounds of "
             f"{a.iree_reps} repetitions of {a.min_time} s, {clock(a).replace('_', ' ')}", "",
             "| function | merged by uklink (of kernels) | libraries that differ | merged ms | unmerged ms | ratio "
             "| ratio of best times | control |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['function']} | {r['merged_functions']} of {r['functions']} "
                     f"| {r['libraries_changed']} of {r['libraries']} | {r['best']['merged'] / 1e6:.4f} "
                     f"| {r['best']['unmerged'] / 1e6:.4f} | {r['ratio']:.4f} | {r['ratio_best']:.4f} | {r['control']:.4f} |")
    if rows:
        lines += ["", *summary_lines(rows, "function"),
                  f"control, the unmerged module against itself: geomean ratio "
                  f"{geomean([r['control'] for r in rows]):.4f}"]
    lines += [f"FAILED: {f}" for f in failed]
    return lines, rows, failed


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
    ap.add_argument("--device", default="local-sync", help="IREE device (default local-sync: one thread)")
    ap.add_argument("--iree-rounds", type=int, default=12, help="runs of each module, interleaved")
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
