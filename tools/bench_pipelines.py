#!/usr/bin/env python3
"""Compile-time benchmark: the same corpora through five pipelines, in one run.

  (a) llvm-link + opt -O2 + llc + ld.lld, one serial codegen (IREE's shape:
      the ukernel bitcode linked --only-needed, every ukernel alwaysinline)
  (b) the same with constmerge,mergefunc after O2
  (c) uklink --no-dedupe
  (d) uklink
  (e) the ideal: (a) on one module per distinct kernel only

Corpora: generated ones (uk-corpus, U distinct kernels, N modules each) and,
with --iree, the IREE corpus (tools/iree-corpus.sh). Figures per pipeline:
wall time, ISel time (llc -time-passes; uklink --measure-isel, in separate
runs so that the timers do not slow the timed ones), peak RSS, functions
compiled. Writes results/compile-time.md, .dat and .png (gnuplot).
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

BIN = "/usr/lib/llvm-22/bin"
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), check=True, capture_output=True, text=True, **kw)


def timed(cmd, cpu=None):
    """Wall seconds and peak RSS (MiB) of a shell command (GNU time); with
    cpu (a dict), its CPU seconds (user + system, children included) in
    cpu["s"]."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as t:
        subprocess.run(["/usr/bin/time", "-f", "%e %M %U %S", "-o", t.name, "bash", "-c", cmd], check=True,
                       capture_output=True, text=True)
        wall, rss, user, system = t.read().split()[-4:]
    if cpu is not None:
        cpu["s"] = float(user) + float(system)
    return float(wall), int(rss) / 1024.0


def isel_seconds(report):
    m = re.search(r"^(.*)X86 DAG->DAG Instruction Selection", report, re.M)
    if not m:
        return None
    nums = re.findall(r"(?<![(\d.])(\d+\.\d+)(?!\s*%)", re.sub(r"\([^)]*\)", "", m.group(1)))
    return float(nums[-1]) if nums else None


def plain(work, bcs, ukernels, tag, mergefunc):
    """The LLVM tools pipeline; returns (command, opt output path)."""
    lst = os.path.join(work, tag + ".inputs")
    open(lst, "w").write("\n".join(bcs))
    passes = "'default<O2>,constmerge,mergefunc'" if mergefunc else "'default<O2>'"
    linked, opt, obj, so = (os.path.join(work, tag + s) for s in (".linked.bc", ".opt.bc", ".o", ".so"))
    cmd = (f"{BIN}/llvm-link @{lst} -o {linked} && {BIN}/llvm-link --only-needed {linked} {ukernels} -o {linked}.all.bc"
           f" && {BIN}/opt -mcpu=native -passes={passes} {linked}.all.bc -o {opt}"
           f" && {BIN}/llc -mcpu=native -O2 -relocation-model=pic -filetype=obj {opt} -o {obj}"
           f" && {BIN}/ld.lld -shared {obj} -o {so}")
    return cmd, opt


def defined_functions(bc):
    text = run([f"{BIN}/llvm-dis", bc, "-o", "-"]).stdout
    return sum(1 for line in text.splitlines() if line.startswith("define "))


def bench_corpus(name, bcs, ideal, work, uklink, plain_ukernels, jobs):
    rows = {}
    for tag, inputs, mergefunc in (("a", bcs, False), ("b", bcs, True), ("e", ideal, False)):
        cmd, opt = plain(work, inputs, plain_ukernels, name + tag, mergefunc)
        wall, rss = timed(cmd)
        llc = subprocess.run([f"{BIN}/llc", "-mcpu=native", "-O2", "-relocation-model=pic", "-filetype=obj",
                              "-time-passes", opt, "-o", "/dev/null"], capture_output=True, text=True)
        rows[tag] = dict(wall=wall, rss=rss, isel=isel_seconds(llc.stderr), compiled=defined_functions(opt))
    lst = os.path.join(work, name + ".uk.rsp")
    open(lst, "w").write("\n".join(bcs))
    for tag, extra in (("c", "--no-dedupe"), ("d", "")):
        rep = os.path.join(work, f"{name}{tag}.json")
        # --cpu native, as llc -mcpu=native: IREE's triple is not the host's
        wall, rss = timed(f"{uklink} -j{jobs} --cpu native {extra} @{lst} -o {work}/{name}{tag}.so --report {rep}")
        r = json.load(open(rep))
        rows[tag] = dict(wall=wall, rss=rss, compiled=r["targets"][0]["functions_compiled"], report=r)
    rep = os.path.join(work, name + ".isel.json")
    run(f"{uklink} -j{jobs} --cpu native @{lst} -o {work}/{name}.isel.so --measure-isel --report {rep}")
    t = json.load(open(rep))["targets"][0]
    rows["d"]["isel"], rows["c"]["isel"] = t["isel_seconds"], t["isel_seconds_without_dedupe"]
    return rows


def bench_models(corpus, work, uklink, plain_ukernels, jobs):
    """The real-model corpus (tools/model-corpus.sh's OUT/corpus: a directory
    of dispatch modules per model), all models in one run, as the textual IR
    IREE dumps:
    (a) the plain pipeline in IREE's default shape, every executable in one
    module (query functions renamed apart, as IREE's linking does); uklink
    with one library per executable (--out-dir, as IREE needs without
    linking), with and without dedupe; uklink with one library for all (the
    renamed modules, as (a)). Wall and CPU seconds, peak RSS, uklink's
    stages."""
    files = sorted(os.path.join(r, f) for r, _, fs in os.walk(corpus) for f in fs if f.endswith(".ll"))
    own, renamed = [], []  # (models' executables may share a file name: numbered copies)
    for i, path in enumerate(files):
        text = open(path).read()
        own.append(os.path.join(work, "exec%04d.ll" % i))
        open(own[-1], "w").write(text)
        renamed.append(os.path.join(work, "model%04d.ll" % i))
        open(renamed[-1], "w").write(text.replace("@iree_hal_executable_library_query(",
                                                  "@iree_hal_executable_library_query_%d(" % i))
    rows = {}
    cpu = {}
    cmd, _ = plain(work, renamed, plain_ukernels, "modelsa", False)
    wall, rss = timed(cmd, cpu)
    rows["a"] = dict(label="(a) llvm-link + opt -O2 + llc + ld.lld, one module", wall=wall, cpu=cpu["s"], rss=rss)
    for tag, label, inputs, out, extra in (
            ("c", "(c) uklink --no-dedupe --out-dir", own, f"--out-dir {work}/modelsc", "--no-dedupe"),
            ("d", "(d) uklink --out-dir (a library per executable)", own, f"--out-dir {work}/modelsd", ""),
            ("f", "(f) uklink, one library for all", renamed, f"-o {work}/modelsf.so", "")):
        lst = os.path.join(work, f"models{tag}.rsp")
        open(lst, "w").write("\n".join(inputs))
        rep = os.path.join(work, f"models{tag}.json")
        wall, rss = timed(f"{uklink} -j{jobs} --cpu native {extra} @{lst} {out} --report {rep}", cpu)
        rows[tag] = dict(label=label, wall=wall, cpu=cpu["s"], rss=rss, report=json.load(open(rep)))
    out = ["### Real models: %d dispatch modules (tools/model-corpus.sh), textual IR" % len(files), "",
           "| pipeline | wall s | CPU s | peak RSS MiB | wall vs (a) | CPU vs (a) |", "|---|---:|---:|---:|---:|---:|"]
    for tag in rows:
        r = rows[tag]
        out.append("| %s | %.2f | %.2f | %.0f | %.3f | %.3f |" % (
            r["label"], r["wall"], r["cpu"], r["rss"], r["wall"] / rows["a"]["wall"], r["cpu"] / rows["a"]["cpu"]))
    for tag in "cdf":
        rep = rows[tag]["report"]
        cpu_st = rep.get("stage_cpu_seconds", {})
        out.append("")
        out.append("%s stages, wall / CPU s: " % rows[tag]["label"] + ", ".join(
            "%s %.2f / %s" % (k, v, "%.2f" % cpu_st[k] if k in cpu_st else "-")
            for k, v in rep["stage_seconds"].items()))
    out.append("")
    return out


LABELS = {"a": "(a) llvm-link + opt -O2 + llc + ld.lld", "b": "(b) (a) + constmerge,mergefunc",
          "c": "(c) uklink --no-dedupe", "d": "(d) uklink", "e": "(e) ideal: (a) on the distinct kernels"}


def table(name, rows):
    out = [f"### {name}", "", "| pipeline | wall s | ISel s | peak RSS MiB | functions compiled | wall vs (a) | vs (b) | vs (e) |",
           "|---|---|---|---|---|---|---|---|"]
    for tag in "abcde":
        r = rows[tag]
        isel = "%.2f" % r["isel"] if r.get("isel") is not None else "?"
        out.append("| %s | %.2f | %s | %.0f | %d | %.3f | %.3f | %.2f |" % (
            LABELS[tag], r["wall"], isel, r["rss"], r["compiled"], r["wall"] / rows["a"]["wall"],
            r["wall"] / rows["b"]["wall"], r["wall"] / rows["e"]["wall"]))
    d = rows["d"]["report"]
    st = d["stage_seconds"]
    out += ["", "uklink's stages (s): " + ", ".join("%s %.3f" % kv for kv in st.items()) +
            "; functions %d, merged before O2 %d, after %d, unmergeable %d; exact duplicates %d and %d more "
            "differing only in constants, of %d mergeable" % (
                d["functions"], d["merged"], d["merged_after_opt"], d["unmergeable"],
                d["duplicates_analysis"]["exact_duplicates"], d["duplicates_analysis"]["differ_only_in_constants"],
                d["duplicates_analysis"]["eligible"]), ""]
    return out


def iree_bitcode(corpus, work):
    """The IREE corpus as bitcode, each executable's query function renamed
    apart, as IREE's own linking of executables does."""
    out = []
    files = sorted(os.path.join(r, f) for r, _, fs in os.walk(corpus) for f in fs if f.endswith(".ll"))
    for i, path in enumerate(files):
        text = open(path).read().replace("@iree_hal_executable_library_query(", "@iree_hal_executable_library_query_%d(" % i)
        ll = os.path.join(work, "iree%04d.ll" % i)
        open(ll, "w").write(text)
        bc = ll[:-3] + ".bc"
        run([f"{BIN}/llvm-as", ll, "-o", bc])
        out.append(bc)
    return out


def host_runnable_ukernels(ukernels, work, uklink):
    """The ukernel bitcode without the tiles of ISA levels this host lacks
    (their bodies deleted), as IREE links only the bitcode its target CPU can
    run: inlined into the runtime selection, an AVX-512 tile crashes LLVM's
    code generator for a CPU without AVX-512."""
    host = run([uklink, "--print-host"]).stdout
    m = re.search(r"\(missing: ([^)]*)\)", host)
    missing = set(m.group(1).split()) if m else set()
    levels = [("avx512_base", "avx512f"), ("avx512_vnni", "avx512vnni"), ("avx512_bf16", "avx512bf16"),
              ("avx2_fma", "avx2")]
    gone = [isa for isa, feature in levels if feature in missing]
    if "avx512f" in missing:
        gone = ["avx512"] + [g for g in gone if not g.startswith("avx512")]
    if not gone:
        return ukernels
    out = os.path.join(work, "ukernels.host.bc")
    run([f"{BIN}/llvm-extract", "--delete", "--rfunc=_x86_64_(%s)" % "|".join(gone), ukernels, "-o", out])
    return out


def alwaysinline_ukernels(ukernels, work):
    """The ukernel bitcode as IREE links it: every function alwaysinline, so
    that O2 folds the runtime selection and drops the tiles not taken."""
    text = run([f"{BIN}/llvm-dis", ukernels, "-o", "-"]).stdout
    text = re.sub(r"^(attributes #\d+ = \{ )(?!.*(?:alwaysinline|noinline))(?=.*\"target-features\")",
                  r"\1alwaysinline ", text, flags=re.M)
    out = os.path.join(work, "ukernels.alwaysinline.bc")
    run([f"{BIN}/llvm-as", "-", "-o", out], input=text)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", default="100,1000,10000", help="corpus sizes, comma-separated (none: \"\")")
    ap.add_argument("-u", type=int, default=50, help="distinct kernels")
    ap.add_argument("-size", type=int, default=2)
    ap.add_argument("-j", type=int, default=os.cpu_count())
    ap.add_argument("--iree", action="store_true", help="also the IREE corpus (installs IREE from PyPI)")
    ap.add_argument("--models", help="the real-model corpus (tools/model-corpus.sh's OUT/corpus), first")
    ap.add_argument("--build", default=os.path.join(HERE, "build"))
    ap.add_argument("-o", default=os.path.join(HERE, "results"))
    args = ap.parse_args()
    uklink = os.path.join(args.build, "tools", "uklink")
    ukernels = os.path.join(args.build, "ukernels-bc", "x86_64.bc")
    os.makedirs(args.o, exist_ok=True)
    work = tempfile.mkdtemp(prefix="uklink-bench.")
    plain_ukernels = alwaysinline_ukernels(host_runnable_ukernels(ukernels, work, uklink), work)
    md = ["# Compile time: uklink and the alternatives", "",
          "One run on this machine (%d cores); compare ratios within a run." % os.cpu_count(), ""]
    dat = []
    try:
        if args.models:
            md += bench_models(args.models, work, uklink, plain_ukernels, args.j)
            print("\n".join(md), flush=True)
        if args.iree:
            corpus = os.path.join(work, "iree")
            run([os.path.join(HERE, "tools", "iree-corpus.sh"), corpus])
            bcs = iree_bitcode(os.path.join(corpus, "corpus"), work)
            # (e): one module per distinct kernel; the report says none merge here
            rows = bench_corpus("iree", bcs, bcs, work, uklink, plain_ukernels, args.j)
            md += table("IREE corpus: %d dispatch modules from the IREE compiler" % len(bcs), rows)
            print("\n".join(md[-12:]), flush=True)
        for n in (int(x) for x in args.n.split(",") if x):
            cdir = os.path.join(work, "gen%d" % n)
            run([os.path.join(args.build, "tools", "uk-corpus"), "-n", str(n), "-u", str(args.u), "-s", "42",
                 "-size", str(args.size), cdir])
            lls = sorted(os.path.join(cdir, f) for f in os.listdir(cdir) if f.endswith(".ll"))
            run("ls %s/*.ll | xargs -P %d -I{} sh -c '%s/llvm-as {} -o {}.bc'" % (cdir, os.cpu_count(), BIN))
            bcs = [p + ".bc" for p in lls]
            ideal = bcs[:args.u]  # modules 0..U-1 hold the U distinct kernels, by construction
            rows = bench_corpus("gen%d" % n, bcs, ideal, work, uklink, plain_ukernels, args.j)
            md += table("Generated corpus: N = %d modules, U = %d distinct kernels" % (n, args.u), rows)
            print("\n".join(md[-12:]), flush=True)
            dat.append("%d %s %s" % (n, " ".join("%.3f" % rows[t]["wall"] for t in "abcde"),
                                     " ".join("%.0f" % rows[t]["rss"] for t in "abcde")))
            shutil.rmtree(cdir)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    open(os.path.join(args.o, "compile-time.md"), "w").write("\n".join(md) + "\n")
    open(os.path.join(args.o, "compile-time.dat"), "w").write("# N a b c d e (wall s) a b c d e (RSS MiB)\n" + "\n".join(dat) + "\n")
    if shutil.which("gnuplot") and len(dat) > 1:
        plot = os.path.join(args.o, "compile-time.png")
        script = f"""set terminal pngcairo size 900,600
set output '{plot}'
set logscale xy
set xlabel 'modules (N), U = {args.u} distinct kernels'
set ylabel 'wall time (s)'
set key left top
set grid
plot '{args.o}/compile-time.dat' using 1:2 with linespoints title '(a) llvm-link+opt+llc+lld', \\
     '' using 1:3 with linespoints title '(b) (a)+constmerge,mergefunc', \\
     '' using 1:4 with linespoints title '(c) uklink --no-dedupe', \\
     '' using 1:5 with linespoints title '(d) uklink', \\
     '' using 1:6 with linespoints title '(e) ideal'
"""
        subprocess.run(["gnuplot"], input=script, text=True, check=True)
    print("results in", args.o)


if __name__ == "__main__":
    main()
