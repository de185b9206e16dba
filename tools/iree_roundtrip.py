#!/usr/bin/env python3
"""The IREE round trip: uklink's libraries run real models in the IREE runtime
and give IREE's results.

For each program (MLIR for IREE's input dialects, or a model imported by
iree-import-onnx or exported by iree-turbine):
  1. iree-compile, for the host CPU with data tiling and mmt4d ukernels,
     builds IREE's own .vmfb as a user gets it (executables linked into one
     module), timed end to end; --mlir-timing gives IREE's time to serialize
     the executables, and another compile that time with one LLVM module
     per executable (the least nested SerializeAllExecutablesPass: deeper
     ones are nested compiles, such as the constant evaluation of weights).
  2. The user command, uklink-iree-compile (tools/uklink_iree_compile.py)
     with the same flags, builds it with uklink's libraries: prebuilt tiles,
     executables linked; and every tile generated (--generate-all), one
     module per executable. Each .vmfb must hold uklink's libraries byte
     for byte.
  3. iree-run-module runs each exported function of the three modules on the
     same inputs: two random sets (numpy, fixed seeds) and, for a program
     whose first RUN line gives --input= values, those. An imported model
     has no ABI declarations: its functions' types come from the program's
     !torch.vtensor signatures, its integer inputs are token ids (in range),
     and a PROGRAM.irpa beside it gives its external parameters. Integer
     outputs must be identical, float outputs within a tolerance relative to
     the output's magnitude. Each output must also differ between input
     sets, or equality would show nothing.

The CPU IREE compiles for (--cpu-levels, tried in order): IREE's own "host"
first. Where IREE cannot build a program for it (IREE 3.13's host CPU claims
features that a hypervisor hides, and its X86 back end then crashes on some
programs), "cpuid": the host's CPU with the features it really has, as
uklink --print-host reads them from CPUID; then lower levels (x86-64-v3,
x86-64-v2). Any other level is an LLVM CPU name. The table says which level
each program used and which failed before it; a program IREE cannot build at
any level fails. uklink builds for the CPU IREE builds for (--cpu native for
IREE's "host").

Prints a table of figures and writes it to OUT/summary.md (details in
OUT/summary.json); exit status 1 if a result differs or a step fails.

usage: iree_roundtrip.py --iree-bin DIR --uklink PATH [--ukernels PATH] [-j N] [--seed N]
                         [--cpu-levels LEVEL,...] OUT_DIR [PROGRAM.mlir | DIR ...]
"""
import argparse
import json
import os
import platform
import re
import shutil
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# How IREE compiles the programs (shared with tools/iree-corpus.sh): for the
# host CPU, data tiling and mmt4d ukernels on, one module per executable.
with open(os.path.join(HERE, "iree-compile.flags")) as f:
    IREE_FLAGS = [line.strip() for line in f if line.strip()]
CPU_FLAG = "--iree-llvmcpu-target-cpu="
DEFAULT_LEVELS = ["host", "cpuid"] + (["x86-64-v3", "x86-64-v2"] if platform.machine() == "x86_64" else ["generic"])

# Relative tolerance of a float output, against the largest magnitude in the
# reference output: a different but valid summation order (another tile, or
# an FMA where IREE rounds twice) moves a dot product of K terms by a few
# K * eps * max|term|.
FLOAT_TOLERANCE = {"f32": 1e-4, "f64": 1e-10, "f16": 2e-2, "bf16": 5e-2}
NUMPY_TYPES = {"f32": np.float32, "f64": np.float64, "f16": np.float16, "i8": np.int8, "i16": np.int16,
               "i32": np.int32, "i64": np.int64, "ui8": np.uint8, "i1": np.uint8}


# What the user command (tools/uklink_iree_compile.py, installed as
# uklink-iree-compile) knows of IREE's output, shared with it.
sys.path.insert(0, HERE)
from uklink_iree_compile import Failure, run, serialize_seconds  # noqa: E402

COMMAND = os.path.join(HERE, "uklink_iree_compile.py")
UNLINKED = "--iree-hal-link-executables=false"  # one LLVM module per executable


def linked_flags(flags):
    """flags without UNLINKED: the executables linked into one module, as
    iree-compile does by default."""
    return [f for f in flags if f != UNLINKED]


def file_tag(name):
    """name (an exported function's, which may hold spaces or '$') made a
    file name."""
    return re.sub(r"[^A-Za-z0-9._-]", "_", name)


def signatures(iree_bin, vmfb, prog):
    """({function: ([input types], [output types])}, imported): a module's
    exports as its ABI declarations give them, else (a model imported by
    iree-import-onnx or exported by iree-turbine carries none) as the
    program's public functions declare them (imported=True)."""
    dump = run([os.path.join(iree_bin, "iree-dump-module"), vmfb], "iree-dump-module").stdout
    funcs = {}
    for m in re.finditer(r"iree\.abi\.declaration: sync func @(\S+)\((.*?)\) -> \((.*?)\)\s*$", dump, re.M):
        funcs[m.group(1)] = tuple([tensor_type(t) for t in re.findall(r"%(?:in|out)put\d+: (tensor<[^>]*>|[a-z]+\d+)", g)]
                                  for g in (m.group(2), m.group(3)))
    if funcs:
        return funcs, False
    funcs = torch_signatures(prog)
    if not funcs:
        raise Failure("no exported functions: neither ABI declarations in the module nor torch functions "
                      "in the program")
    return funcs, True


TORCH_ELEMENT = {"si64": "i64", "si32": "i32", "si16": "i16", "si8": "i8", "ui8": "ui8", "i1": "i1", "f32": "f32",
                 "f16": "f16", "bf16": "bf16", "f64": "f64"}


def torch_signatures(prog):
    """{function: ([input types], [output types])} of an imported program's
    public functions, from their !torch.vtensor<[shape],type> arguments and
    results (a function of several results returns a tuple of them)."""
    funcs = {}
    text = open(prog, errors="replace").read()
    for m in re.finditer(r'^\s*func\.func @("[^"]*"|[^\s(]+)\((.*?)\) -> (.*?) (?:attributes \{|\{)$', text, re.M):
        types = []
        for part in (m.group(2), m.group(3)):
            found = re.findall(r"!torch\.vtensor<\[([^\]]*)\],(\w+)>", part)
            if part is m.group(2) and len(found) != part.count("%"):
                raise Failure(f"{m.group(1)}: an argument is not a !torch.vtensor the round trip can feed")
            for shape, elem in found:
                if not re.fullmatch(r"[\d,]*", shape) or elem not in TORCH_ELEMENT:
                    raise Failure(f"{m.group(1)}: type !torch.vtensor<[{shape}],{elem}> is not a static tensor "
                                  "the round trip can feed")
            types.append([([int(d) for d in shape.split(",") if d], TORCH_ELEMENT[elem]) for shape, elem in found])
        funcs[m.group(1).strip('"')] = tuple(types)
    return funcs


def parameter_flags(prog):
    """--parameters= for PROGRAM.irpa beside the program (a model exported
    with its weights outside), in each scope the program names
    (#flow.parameter.named<"scope"::"key">)."""
    irpa = os.path.splitext(prog)[0] + ".irpa"
    text = open(prog, errors="replace").read()
    scopes = sorted(set(re.findall(r'parameter\.named<"([^"]*)"::', text)))
    if not os.path.exists(irpa):
        if scopes or "parameter.named<" in text:
            raise Failure(f"the program reads external parameters, and {irpa} is missing")
        return []
    return [f"--parameters={s + '=' if s else ''}{irpa}" for s in scopes or [""]]


def tensor_type(t):
    m = re.fullmatch(r"tensor<((?:\d+x)*)([a-z]+\d+)>", t.strip())
    if not m:
        raise Failure(f"type {t} is not a static tensor")
    return [int(d) for d in m.group(1).split("x") if d], m.group(2)


# Integer inputs of an imported model are indices (token ids): they must
# index its tables, whose smallest the round trip does not know; every
# vocabulary and position table of the models here has more entries.
INDEX_RANGE = 128


def make_input(rng, shape, elem, indices=False):
    """Random values of a type; integers in [0, INDEX_RANGE) when they are
    indices, else in [-128, 127] (or the type's range)."""
    if elem in ("f32", "f64", "f16"):
        return rng.standard_normal(shape).astype(NUMPY_TYPES[elem])
    if elem == "bf16":  # float32 rounded to nearest even, top half
        f = rng.standard_normal(shape).astype(np.float32).view(np.uint32)
        return ((f + 0x7FFF + ((f >> 16) & 1)) >> 16).astype(np.uint16)
    if elem == "i1":
        return rng.integers(0, 2, shape).astype(np.uint8)
    if elem in NUMPY_TYPES and indices:
        return rng.integers(0, INDEX_RANGE, shape).astype(NUMPY_TYPES[elem])
    if elem in NUMPY_TYPES:
        info = np.iinfo(NUMPY_TYPES[elem])
        lo, hi = max(info.min, -128), min(info.max, 127)
        return rng.integers(lo, hi + 1, shape).astype(NUMPY_TYPES[elem])
    raise Failure(f"no input generator for element type {elem}")


def read_output(path, elem):
    """An output's raw contents as numbers: floats as float64, integers as
    they are."""
    if elem == "bf16":
        return (np.fromfile(path, np.uint16).astype(np.uint32) << 16).view(np.float32).astype(np.float64)
    if elem not in NUMPY_TYPES:
        raise Failure(f"cannot read an output of element type {elem}")
    a = np.fromfile(path, NUMPY_TYPES[elem])
    return a.astype(np.float64) if elem in FLOAT_TOLERANCE else a


def run_module(iree_bin, vmfb, func, input_args, outputs, prefix, extra=()):
    """Runs func with --input= arguments (and extra flags, --parameters=
    say); its outputs, read back."""
    cmd = [os.path.join(iree_bin, "iree-run-module"), "--device=local-task", f"--module={vmfb}",
           f"--function={func}", *[f"--input={a}" for a in input_args], *extra]
    paths = [f"{prefix}.output{i}.bin" for i in range(len(outputs))]
    cmd += [f"--output=@{p}" for p in paths]
    run(cmd, f"iree-run-module {os.path.basename(vmfb)} --function={func}")
    return [(elem, read_output(p, elem)) for p, (shape, elem) in zip(paths, outputs)]


def random_inputs(rng, types, prefix, indices=False):
    """--input= arguments for random values of types, written to files;
    integers are indices if indices (make_input)."""
    args = []
    for i, (shape, elem) in enumerate(types):
        path = f"{prefix}.input{i}.bin"
        make_input(rng, shape, elem, indices).tofile(path)
        args.append(f"{''.join(f'{d}x' for d in shape)}{elem}=@{path}")
    return args


def authors_inputs(prog):
    """The --input= values of the program's first RUN line (IREE's test
    convention): inputs its authors chose, which reach paths random ones
    may not (the LSTM's sequence mask, say)."""
    for line in open(prog):
        if line.startswith("// RUN:") and "--input=" in line:
            return [a.strip('"') for a in re.findall(r'--input=("[^"]*"|\S+)', line)]
    return []


def compare(ref, got):
    """(ok, difference) for one output: for integers the count of elements
    that differ, for floats the largest difference relative to the largest
    magnitude in IREE's output (0 when bit-identical)."""
    (elem, a), (_, b) = ref, got
    if a.shape != b.shape:
        return False, float("inf")
    if elem not in FLOAT_TOLERANCE:
        diff = int(np.count_nonzero(a != b))
        return diff == 0, diff
    if np.array_equal(a, b, equal_nan=True):
        return True, 0.0
    finite = np.isfinite(a)
    if not np.array_equal(finite, np.isfinite(b)) or not np.array_equal(a[~finite], b[~finite], equal_nan=True):
        return False, float("inf")
    scale = float(np.max(np.abs(a[finite]), initial=0.0)) or 1.0
    err = float(np.max(np.abs(a[finite] - b[finite]), initial=0.0)) / scale
    return err <= FLOAT_TOLERANCE[elem], err


def summarize(checks):
    """'N/N identical' or 'k/N identical, largest relative difference e'
    over (ok, difference) results."""
    same = sum(1 for ok, d in checks if d == 0)
    worst = max((d for ok, d in checks), default=0)
    bad = sum(1 for ok, d in checks if not ok)
    text = f"{same}/{len(checks)} identical"
    if worst:
        text += f", max rel. diff {worst:.1e}" if isinstance(worst, float) else f", {worst} elements differ"
    return text + (f", {bad} FAIL" if bad else "")


def host_cpu(uklink):
    """(LLVM's name for the host CPU, its features "+a,-b,..." from CPUID),
    as uklink --print-host says: what uklink's --cpu native builds for."""
    text = run([uklink, "--print-host"], "uklink --print-host").stdout
    m = re.search(r"^host CPU (\S+) features: (\S+)$", text, re.M)
    if not m:
        raise Failure("uklink --print-host printed no feature list")
    return m.group(1), m.group(2)


def level_flags(level, uklink):
    """IREE_FLAGS with the target CPU of a level."""
    if level == "host":
        cpu = [CPU_FLAG + "host"]
    elif level == "cpuid":
        name, features = host_cpu(uklink)
        cpu = [CPU_FLAG + name, f"--iree-llvmcpu-target-cpu-features={features}"]
    else:
        cpu = [CPU_FLAG + level]
    return [f for f in IREE_FLAGS if not f.startswith(CPU_FLAG)] + cpu


def iree_build(prog, work, compile_, flags, row):
    """IREE's own build of prog for one CPU level, as iree-compile gives it
    to a user (executables linked into one module, IREE's default):
    work/iree.vmfb, with its end-to-end time and its time to serialize the
    executables; and that time with one module per executable, as uklink
    gets them. Raises Failure where IREE cannot build it."""
    name = row["program"]
    vmfb = os.path.join(work, "iree.vmfb")
    t0 = time.perf_counter()
    r = run([compile_, prog, *linked_flags(flags), "--mlir-timing", "-o", vmfb], f"iree-compile {name}")
    row["iree_compile_s"] = time.perf_counter() - t0
    row["iree_serialize_linked_s"] = serialize_seconds(r.stderr)
    r = run([compile_, prog, *flags, "--compile-to=hal", "--mlir-timing", "-o", os.devnull],
            f"iree-compile {name} (an LLVM module per executable)")
    row["iree_serialize_s"] = serialize_seconds(r.stderr)
    return vmfb


def iree_build_any_level(prog, work, compile_, uklink, levels, row):
    """IREE's own build of prog (iree_build) at the first CPU level it can
    build it for, in a fresh work directory: (vmfb, flags). row gets the
    level ("cpu") and those that failed ("cpu_failed")."""
    name = row["program"]
    row.setdefault("cpu_failed", [])
    for level in levels:
        shutil.rmtree(work, ignore_errors=True)
        os.makedirs(work)
        flags = level_flags(level, uklink)
        try:
            vmfb = iree_build(prog, work, compile_, flags, row)
            row["cpu"] = level
            return vmfb, flags
        except Failure as e:
            row["cpu_failed"].append({"cpu": level, "error": str(e)})
            print(f"iree-roundtrip: {name}: IREE cannot build it for CPU level {level}: {e}", file=sys.stderr)
    raise Failure("IREE cannot build it at any CPU level: "
                  + "; ".join(f"{f['cpu']}: {f['error']}" for f in row["cpu_failed"]))


def uklink_module(prog, work, mode, extra, flags, compile_, uklink, ukernels, jobs):
    """prog built by the user command, uklink-iree-compile, with the extra
    uklink flags: work/<mode>.vmfb, which must hold uklink's libraries byte
    for byte; (vmfb, the command's report: times and counts)."""
    keep = os.path.join(work, mode)
    report = os.path.join(work, f"{mode}.json")
    vmfb = os.path.join(work, f"{mode}.vmfb")
    shutil.rmtree(keep, ignore_errors=True)
    run([sys.executable, COMMAND, f"--uklink={uklink}", f"--uklink-iree-compile={compile_}",
         f"--uklink-jobs={jobs}", f"--uklink-keep={keep}", f"--uklink-report={report}", "--uklink-quiet",
         *[f"--uklink-arg={x}" for x in (["--ukernels", ukernels] if ukernels else []) + extra],
         prog, *flags, "-o", vmfb], f"uklink-iree-compile {os.path.basename(prog)} ({mode})")
    # Control: the module holds uklink's libraries, byte for byte.
    module_bytes = open(vmfb, "rb").read()
    libs = os.path.join(keep, "libs")
    for lib in sorted(os.listdir(libs)):
        if open(os.path.join(libs, lib), "rb").read() not in module_bytes:
            raise Failure(f"{mode}.vmfb does not hold {lib}")
    return vmfb, json.load(open(report))


def roundtrip(prog, out, iree_bin, uklink, ukernels, jobs, seed, levels):
    name = os.path.splitext(os.path.basename(prog))[0]
    work = os.path.join(out, name)
    compile_ = os.path.join(iree_bin, "iree-compile")
    row = {"program": name, "cpu_failed": []}
    params = parameter_flags(prog)

    # 1. IREE's own build, at the first CPU level it can build the program for.
    vmfb, flags = iree_build_any_level(prog, work, compile_, uklink, levels, row)
    vmfbs = {"iree": vmfb}

    # 2-3. The user command: uklink's libraries in the module. With prebuilt
    # tiles, the executables linked into one module as IREE does by default;
    # with every tile generated, one module per executable.
    linked = linked_flags(flags)
    unlinked = [*linked, UNLINKED]
    for mode, extra, mode_flags in (("uklink", [], linked), ("generated", ["--generate-all"], unlinked)):
        vmfbs[mode], rep = uklink_module(prog, work, mode, extra, mode_flags, compile_, uklink, ukernels, jobs)
        row[f"{mode}_command_s"] = rep["seconds"]["total"]
        row[f"{mode}_s"] = rep["seconds"]["uklink"]
        if mode == "uklink":
            row["kernels"] = rep["kernels"]
            row["distinct_kernels"] = rep["distinct"]
            row["tiles_specialized"] = rep["tiles_specialized"]
            row["command_seconds"] = rep["seconds"]
        else:
            row["executables"] = rep["executables"]  # one binary per executable in this build
            row["tiles_generated"] = rep["tiles_generated"]

    # 4. The same inputs through all three modules.
    sigs, imported = signatures(iree_bin, vmfbs["iree"], prog)
    row["imported"] = imported
    results = {"uklink": [], "generated": []}
    ok = True
    authors = authors_inputs(prog) if len(sigs) == 1 else []
    for func, (in_types, out_types) in sorted(sigs.items()):
        tag_func = file_tag(func)
        sets = {f"seed {seed + k}": random_inputs(np.random.default_rng(seed + k), in_types,
                                                  os.path.join(work, f"{tag_func}.seed{k}"), imported)
                for k in (0, 1)}
        if authors:
            sets["RUN line"] = authors
        refs = {}
        for label, args in sets.items():
            tag = label.replace(" ", "")
            refs[label] = ref = run_module(iree_bin, vmfbs["iree"], func, args, out_types,
                                           os.path.join(work, f"{tag_func}.{tag}.iree"), params)
            for mode in results:
                got = run_module(iree_bin, vmfbs[mode], func, args, out_types,
                                 os.path.join(work, f"{tag_func}.{tag}.{mode}"), params)
                for i, (a, b) in enumerate(zip(ref, got)):
                    same, diff = compare(a, b)
                    ok &= same
                    results[mode].append((same, diff))
                    row.setdefault("outputs", []).append(
                        {"mode": mode, "function": func, "output": i, "type": f"{a[0]}[{a[1].size}]",
                         "inputs": label, "ok": same, "difference": diff})
        # Control: every output depends on the inputs, or "identical" would
        # show nothing.
        first, *rest = refs.values()
        for i in range(len(out_types)):
            if all(compare(first[i], r[i])[0] for r in rest):
                raise Failure(f"{func} output {i} is the same for every input set: nothing to compare")
    row["uklink_result"] = summarize(results["uklink"])
    row["generated_result"] = summarize(results["generated"])
    row["ok"] = ok
    return row


def cpu_cell(r):
    """The CPU level IREE built the program for, and those it could not."""
    failed = [f["cpu"] for f in r.get("cpu_failed", [])]
    return r["cpu"] + (f" (IREE failed for {', '.join(failed)})" if failed else "")


def table(rows):
    head = ("| program | IREE CPU | executables | kernels | distinct after dedupe "
            "| IREE serialize s (linked) | uklink s (linked) | uklink / IREE (linked) "
            "| IREE serialize s (per executable) | uklink s (per executable, tiles generated) | uklink / IREE (per executable) "
            "| iree-compile s | uklink-iree-compile s | command / iree-compile "
            "| outputs, prebuilt tiles | outputs, --generate-all |")
    lines = [head, "|---|---|" + "---:|" * 12 + "---|---|"]
    for r in rows:
        if "error" in r:
            lines.append(f"| {r['program']} | | | | | | | | | | | | | | FAILED: {r['error']} | |")
            continue
        lines.append(f"| {r['program']} | {cpu_cell(r)} | {r['executables']} | {r['kernels']} | {r['distinct_kernels']} "
                     f"| {r['iree_serialize_linked_s']:.2f} | {r['uklink_s']:.2f} "
                     f"| {r['uklink_s'] / r['iree_serialize_linked_s']:.2f} "
                     f"| {r['iree_serialize_s']:.2f} | {r['generated_s']:.2f} "
                     f"| {r['generated_s'] / r['iree_serialize_s']:.2f} "
                     f"| {r['iree_compile_s']:.2f} | {r['uklink_command_s']:.2f} "
                     f"| {r['uklink_command_s'] / r['iree_compile_s']:.2f} "
                     f"| {r['uklink_result']} | {r['generated_result']} ({r['tiles_generated']} tile{'s' if r['tiles_generated'] != 1 else ''} generated) |")
    done = [r for r in rows if "error" not in r]
    if len(done) > 1:
        keys = ("executables", "kernels", "distinct_kernels", "iree_serialize_linked_s", "uklink_s", "iree_serialize_s",
                "generated_s", "iree_compile_s", "uklink_command_s")
        t = {k: sum(r[k] for r in done) for k in keys}
        lines.append(f"| **all {len(done)}** | | {t['executables']} | {t['kernels']} | {t['distinct_kernels']} "
                     f"| {t['iree_serialize_linked_s']:.2f} | {t['uklink_s']:.2f} "
                     f"| **{t['uklink_s'] / t['iree_serialize_linked_s']:.2f}** "
                     f"| {t['iree_serialize_s']:.2f} | {t['generated_s']:.2f} "
                     f"| **{t['generated_s'] / t['iree_serialize_s']:.2f}** "
                     f"| {t['iree_compile_s']:.2f} | {t['uklink_command_s']:.2f} "
                     f"| **{t['uklink_command_s'] / t['iree_compile_s']:.2f}** | | |")
    return "\n".join(lines)


# The project's own programs, its real-model samples, and the shared models.
DEFAULT_PROGRAMS = [os.path.join(ROOT, "examples", "iree-programs"), os.path.join(ROOT, "examples", "real-models"),
                    os.path.join(ROOT, "..", "shared", "data", "iree-models")]


def expand_programs(paths):
    """The .mlir programs of paths: files as they are, directories' .mlir
    files (a corpus directory's programs/), sorted; a default directory that
    does not exist is left out."""
    out = []
    for p in paths:
        if os.path.isdir(os.path.join(p, "programs")):
            p = os.path.join(p, "programs")
        if os.path.isdir(p):
            out += [os.path.join(p, f) for f in sorted(os.listdir(p)) if f.endswith(".mlir")]
        elif p not in DEFAULT_PROGRAMS:
            out.append(p)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--iree-bin", required=True, help="bin directory of the IREE virtual environment")
    ap.add_argument("--uklink", required=True)
    ap.add_argument("--ukernels", help="ukernel bitcode for uklink (default: uklink's own)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--cpu-levels", default=",".join(DEFAULT_LEVELS),
                    help="CPU levels IREE compiles for, tried in order until IREE can build a program: host "
                         "(IREE's), cpuid (the host's CPU with the features CPUID reports), or an LLVM CPU name "
                         f"(default: {','.join(DEFAULT_LEVELS)})")
    ap.add_argument("out")
    ap.add_argument("programs", nargs="*", help="programs (.mlir), or directories of them, or a real-model corpus "
                    "(tools/model-corpus.sh: its programs/)")
    a = ap.parse_args()
    programs = expand_programs(a.programs or DEFAULT_PROGRAMS)
    os.makedirs(a.out, exist_ok=True)
    rows = []
    for prog in programs:
        t0 = time.perf_counter()
        try:
            row = roundtrip(prog, a.out, a.iree_bin, os.path.abspath(a.uklink), a.ukernels, a.jobs, a.seed,
                            a.cpu_levels.split(","))
        except Failure as e:
            row = {"program": os.path.splitext(os.path.basename(prog))[0], "error": str(e), "ok": False}
        rows.append(row)
        state = "ok" if row["ok"] else "FAILED"
        print(f"iree-roundtrip: {row['program']}: {state} ({time.perf_counter() - t0:.1f} s"
              + (f", IREE CPU {row['cpu']}" if "cpu" in row else "") + ")"
              + (f": {row['error']}" if "error" in row else ""), file=sys.stderr)
    text = table(rows)
    with open(os.path.join(a.out, "summary.md"), "w") as f:
        f.write(text + "\n")
    with open(os.path.join(a.out, "summary.json"), "w") as f:
        json.dump(rows, f, indent=1)
    print(text)
    bad = [r["program"] for r in rows if not r["ok"]]
    if bad:
        print(f"iree-roundtrip: FAILED: {', '.join(bad)}", file=sys.stderr)
        return 1
    print(f"iree-roundtrip: all {len(rows)} programs give IREE's results with uklink's libraries", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
