#!/usr/bin/env python3
"""uklink-iree-compile: iree-compile, with uklink building the executables.

usage: uklink-iree-compile [--uklink-OPTION ...] INPUT [iree-compile options] -o OUT.vmfb

Takes iree-compile's own arguments and writes the same kind of .vmfb, whose
llvm-cpu executables are shared objects that uklink built: each distinct
kernel compiled once, linked with uklink's ukernel tiles. Prints where the
time went.

How (IREE 3.13; its --iree-hal-substitute-executable-object crashes for
llvm-cpu: LLVMCPUTargetBackend::serializeExecutable dereferences the inner
module that substitution erased):
  1. iree-compile INPUT ... --compile-to=hal, dumping the executables' LLVM
     module before IREE links its ukernels (*.codegen.ll): one module for
     all, linked, as IREE does by default, or one per executable with
     --iree-hal-link-executables=false. IREE still runs its own LLVM step
     here, and writes assembly and objects beside the dump: no option of
     IREE 3.13 stops after writing the LLVM IR.
  2. ir-compat.py makes the modules readable by LLVM 22 (IREE is on LLVM 24).
  3. uklink: one shared object per module, each distinct kernel compiled
     once; one module is optimized and compiled in parts, in parallel.
  4. Every hal.executable.binary of the HAL-phase output gets uklink's
     object for it; iree-compile --compile-from=hal finishes the .vmfb.

Options of this command (all others go to iree-compile):
  --uklink=PATH            uklink (default: the one beside this command, else on PATH)
  --uklink-iree-compile=PATH  iree-compile (default: $IREE_COMPILE, else on PATH)
  --uklink-arg=ARG         pass ARG to uklink (repeatable), e.g. --uklink-arg=--generate-all
  --uklink-jobs=N          uklink's workers (default: all cores)
  --uklink-keep=DIR        keep the intermediate files in DIR (default: a temporary directory)
  --uklink-report=FILE     write the times and counts as JSON to FILE
  --uklink-quiet           do not print the time summary
  -h, --help               this help
"""
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.realpath(__file__))
PROG = "uklink-iree-compile"


class Failure(Exception):
    pass


def run(cmd, what, **kw):
    """Runs cmd; its CompletedProcess. A failure raises Failure with the
    line of the tool's output that says why (a crash's message, not the
    last line of its stack dump)."""
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    except OSError as e:
        raise Failure(f"{what}: cannot run {cmd[0]}: {e.strerror}")
    if r.returncode != 0:
        lines = r.stderr.strip().splitlines() or ["(no output)"]
        tail = next((l for l in lines if "LLVM ERROR" in l or "error:" in l), lines[-1]).strip()
        raise Failure(f"{what} failed (exit {r.returncode}): {tail}")
    return r


# --- what the HAL-phase output holds ----------------------------------------------------------

def serialize_seconds(timing):
    """IREE's wall time to serialize the program's executables, from
    iree-compile --mlir-timing: the SerializeAllExecutablesPass lines
    nested least deep. Deeper ones are IREE's nested compiles, such as the
    constant evaluation of a model's weights (JitGlobalsPass)."""
    found = []
    for line in timing.splitlines():
        m = re.match(r"\s*(?:[0-9.]+ \(\s*[0-9.]+%\)\s+)?([0-9.]+) \(\s*[0-9.]+%\)( +)SerializeAllExecutablesPass\s*$",
                     line)
        if m:
            found.append((len(m.group(2)), float(m.group(1))))
    if not found:
        raise Failure("no SerializeAllExecutablesPass in iree-compile's --mlir-timing output")
    depth = min(d for d, _ in found)
    return sum(s for d, s in found if d == depth)


def hal_module_name(text):
    """The name of the HAL-phase output's top-level module (the first line
    that starts with "module", after attribute aliases), which IREE's dump
    puts first in the file names; "module" where it has none."""
    m = re.search(r'^module(?: @("[^"]*"|[\w.$-]+))?', text, re.M)
    return m.group(1).strip('"') if m and m.group(1) else "module"


BINARY = re.compile(r'(hal\.executable (?:private |public )?@("[^"]*"|\S+) \{\n\s*hal\.executable\.binary public @("[^"]*"|\S+) '
                    r'<format = "embedded-elf-[^"]*", data = )dense<"0x[0-9A-Fa-f]*"> : vector<\d+xi8>')


def embed(hal_text, lib_dir):
    """(hal_text with every executable's binary replaced by uklink's shared
    object for it, the count). The object is <module>_<executable>_<variant>
    .codegen.so, as IREE named the input module <...>.codegen.ll."""
    module = hal_module_name(hal_text)
    count = 0

    def substitute(m):
        nonlocal count
        # a symbol that is not an identifier is quoted (@"torch-jit-export$x"); the dump's file name is not
        executable, variant = m.group(2).strip('"'), m.group(3).strip('"')
        path = os.path.join(lib_dir, f"{module}_{executable}_{variant}.codegen.so")
        if not os.path.exists(path):
            raise Failure(f"uklink built no library for executable {m.group(2)} ({path})")
        data = open(path, "rb").read()
        count += 1
        return f'{m.group(1)}dense<"0x{data.hex().upper()}"> : vector<{len(data)}xi8>'

    out = BINARY.sub(substitute, hal_text)
    total = hal_text.count("hal.executable.binary")
    if count != total:
        raise Failure(f"only {count} of the {total} executable binaries are llvm-cpu embedded ELF: "
                      "uklink builds those only (--iree-llvmcpu-link-embedded=true)")
    return out, count


def dump_corpus(dump, corpus):
    """The executables' LLVM modules that IREE dumped (*.codegen.ll),
    rewritten for LLVM 22 into corpus (tools/ir-compat.py)."""
    codegen = os.path.join(os.path.dirname(corpus), "codegen")
    os.makedirs(codegen, exist_ok=True)
    found = sorted(f for f in os.listdir(dump) if f.endswith(".codegen.ll")) if os.path.isdir(dump) else []
    if not found:
        raise Failure("the program has no llvm-cpu executables: nothing for uklink to build")
    for f in found:
        shutil.copy(os.path.join(dump, f), codegen)
    compat = next((p for p in (os.path.join(HERE, "ir-compat.py"),
                               os.path.join(HERE, "..", "share", "uklink", "ir-compat.py")) if os.path.exists(p)),
                  None)
    if compat is None:
        raise Failure("ir-compat.py is not installed beside this command")
    run([sys.executable, compat, codegen, corpus], "ir-compat.py")


# --- iree-compile's arguments ------------------------------------------------------------------

def expand_response_files(args, seen=()):
    """args with each @FILE replaced by the arguments FILE holds (shell
    quoting; nested; a file that includes itself is an error)."""
    out = []
    for a in args:
        if a.startswith("@") and len(a) > 1:
            path = os.path.realpath(a[1:])
            if path in seen:
                raise Failure(f"{a[1:]}: a response file that includes itself")
            try:
                with open(path) as f:
                    words = shlex.split(f.read())
            except OSError as e:
                raise Failure(f"{a[1:]}: {e.strerror}")
            except (ValueError, UnicodeDecodeError) as e:
                raise Failure(f"{a[1:]}: not a response file: {e}")
            out += expand_response_files(words, (*seen, path))
        else:
            out.append(a)
    return out


def flag_value(args, name):
    """The value of the last --name=VALUE in args, or None."""
    value = None
    for a in args:
        if a.startswith(f"--{name}="):
            value = a.split("=", 1)[1]
    return value


def split_args(args):
    """(input, output, the other iree-compile arguments) of iree-compile's
    command line, checked for what this command can do."""
    rest, inputs, output = [], [], None
    i = 0
    while i < len(args):
        a = args[i]
        if a in ("-o", "--o", "--output-file"):
            if i + 1 == len(args):
                raise Failure(f"{a} needs a value")
            output = args[i + 1]
            i += 2
            continue
        if a.startswith(("-o=", "--o=", "--output-file=")):
            output = a.split("=", 1)[1]
        elif a == "-" or not a.startswith("-"):
            inputs.append(a)
        elif a.startswith(("--compile-to", "--compile-from", "--compile-mode")) or \
                a.startswith("--iree-hal-dump-executable-intermediates-to"):
            raise Failure(f"{a}: this command runs iree-compile's phases itself; run iree-compile for that")
        elif a.startswith("--output-format") and a.split("=", 1)[-1] != "vm-bytecode":
            raise Failure(f"{a}: this command writes a .vmfb (vm-bytecode) only")
        elif a.startswith("--mlir-timing"):
            pass  # the command times the phases itself (and reads IREE's --mlir-timing tree)
        else:
            rest.append(a)
        i += 1
    if len(inputs) > 1:
        raise Failure("expected one input file, got " + ", ".join(inputs) + " (write options as --name=VALUE)")
    if not inputs:
        raise Failure("expected one input file, got none")
    if output is None or output == "-":
        raise Failure("-o OUT.vmfb is required")
    return inputs[0], output, rest


def uklink_cpu(args):
    """uklink's --cpu/--features for the CPU iree-compile targets."""
    cpu = flag_value(args, "iree-llvmcpu-target-cpu")
    features = flag_value(args, "iree-llvmcpu-target-cpu-features")
    if cpu == "host" or features == "host":
        return ["--cpu", "native"]
    out = ["--cpu", cpu or "generic"]
    if features:
        out += ["--features", features]
    return out


# --- the command ------------------------------------------------------------------------------

def find_tool(explicit, env, name, option, beside=True):
    """explicit, else $env, else name beside this command, else on PATH."""
    if explicit:
        return explicit
    if env and os.environ.get(env):
        return os.environ[env]
    if beside and os.access(os.path.join(HERE, name), os.X_OK):
        return os.path.join(HERE, name)
    found = shutil.which(name)
    if not found:
        raise Failure(f"{name} not found: give {option}=PATH or put it on PATH")
    return found


def compile_model(input_, output, iree_args, uklink, iree_compile, uklink_args, work, jobs):
    """The four steps; {step: seconds} and uklink's counts."""
    times = {}
    flags = iree_args
    hal = os.path.join(work, "iree.hal.mlir")
    dump = os.path.join(work, "dump")
    t0 = time.perf_counter()
    r = run([iree_compile, input_, *flags, "--compile-to=hal", "--mlir-timing",
             f"--iree-hal-dump-executable-intermediates-to={dump}", "-o", hal], "iree-compile (to the HAL phase)")
    times["iree_to_hal"] = time.perf_counter() - t0
    times["iree_llvm"] = serialize_seconds(r.stderr)

    t0 = time.perf_counter()
    corpus = os.path.join(work, "corpus")
    dump_corpus(dump, corpus)
    libs = os.path.join(work, "libs")
    report = os.path.join(work, "report.json")
    modules = sorted(f for f in os.listdir(corpus) if f.endswith(".ll"))
    if len(modules) == 1:
        # IREE linked every executable into one (its default): one shared
        # object, which uklink optimizes and compiles in parts, in parallel
        os.makedirs(libs)
        out = ["-o", os.path.join(libs, modules[0][:-len(".ll")] + ".so")]
    else:
        out = ["--out-dir", libs]
    run([uklink, corpus, *uklink_cpu(iree_args), *out, "--report", report,
         *([f"-j{jobs}"] if jobs else []), *uklink_args], "uklink")
    times["uklink"] = time.perf_counter() - t0
    try:
        rep = json.load(open(report))
        tgt = rep["targets"][0]
        # one library query function per executable; the rest are kernels
        counts = {"kernels": rep["functions"] - rep["inputs"], "distinct": rep["distinct"] - rep["inputs"],
                  "tiles_specialized": tgt["ukernel_calls_specialized"], "tiles_generated": tgt["ukernels_generated"]}
    except (OSError, ValueError, KeyError, IndexError, TypeError) as e:
        raise Failure(f"uklink's report {report} is not what this command reads: {e!r}")

    t0 = time.perf_counter()
    text, count = embed(open(hal).read(), libs)
    counts["executables"] = count
    uk_hal = os.path.join(work, "uklink.hal.mlir")
    with open(uk_hal, "w") as f:
        f.write(text)
    del text
    # the .vmfb is written under a temporary name beside OUT and renamed: no partial output
    tmp = os.path.join(os.path.dirname(os.path.abspath(output)), f".{os.path.basename(output)}.{os.getpid()}.tmp")
    try:
        run([iree_compile, uk_hal, *flags, "--compile-from=hal", "-o", tmp], "iree-compile (from the HAL phase)")
        os.replace(tmp, output)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    times["iree_from_hal"] = time.perf_counter() - t0
    return times, counts


def parse_own(args):
    own = {"uklink": None, "iree-compile": None, "arg": [], "jobs": None, "keep": None, "report": None,
           "quiet": False}
    rest = []
    for a in args:
        if a in ("-h", "--help"):
            print(__doc__)
            sys.exit(0)
        m = re.fullmatch(r"--uklink(?:-(iree-compile|arg|jobs|keep|report))?=(.*)", a)
        if m:
            key, value = m.group(1) or "uklink", m.group(2)
            if key == "arg":
                own["arg"].append(value)
            elif key == "jobs":
                if not value.isdigit() or int(value) < 1:
                    raise Failure(f"{a}: expected a positive number")
                own["jobs"] = int(value)
            else:
                own[key] = value
        elif a == "--uklink-quiet":
            own["quiet"] = True
        elif a.startswith("--uklink"):
            raise Failure(f"unknown option {a} (see --help)")
        else:
            rest.append(a)
    return own, rest


def main(argv):
    try:
        own, args = parse_own(expand_response_files(argv))
        input_, output, iree_args = split_args(args)
        if input_ != "-" and not os.path.isfile(input_):
            raise Failure(f"{input_}: no such file")
        out_dir = os.path.dirname(os.path.abspath(output))
        if not os.path.isdir(out_dir) or not os.access(out_dir, os.W_OK):
            raise Failure(f"{output}: cannot write in {out_dir}")
        if os.path.exists(output) and not os.path.isfile(output):
            raise Failure(f"{output}: not a regular file")
        uklink = find_tool(own["uklink"], None, "uklink", "--uklink")
        iree_compile = find_tool(own["iree-compile"], "IREE_COMPILE", "iree-compile", "--uklink-iree-compile",
                                 beside=False)
        if own["keep"]:
            work = own["keep"]
            try:
                if os.path.exists(work) and (not os.path.isdir(work) or os.listdir(work)):
                    raise Failure(f"--uklink-keep={work}: not an empty directory")
                os.makedirs(work, exist_ok=True)
            except OSError as e:
                raise Failure(f"--uklink-keep={work}: {e.strerror}")
            cleanup = None
        else:
            cleanup = tempfile.TemporaryDirectory(prefix="uklink-iree-")
            work = cleanup.name
        try:
            t0 = time.perf_counter()
            times, counts = compile_model(input_, output, iree_args, uklink, iree_compile, own["arg"], work,
                                          own["jobs"])
            total = time.perf_counter() - t0
        finally:
            if cleanup:
                cleanup.cleanup()
        if own["report"]:
            try:
                with open(own["report"], "w") as f:
                    json.dump({"output": output, "seconds": {"total": total, **times}, **counts}, f, indent=1)
            except OSError as e:
                raise Failure(f"{own['report']}: {e.strerror}")
    except Failure as e:
        print(f"{PROG}: error: {e}", file=sys.stderr)
        return 1
    if not own["quiet"]:
        print(f"{PROG}: {output}: {counts['executables']} executables, {counts['kernels']} kernels, "
              f"{counts['distinct']} distinct", file=sys.stderr)
        print(f"{PROG}: {total:.2f} s: iree-compile to the HAL phase {times['iree_to_hal']:.2f} s "
              f"(its own LLVM step {times['iree_llvm']:.2f} s), uklink {times['uklink']:.2f} s, "
              f"iree-compile from the HAL phase {times['iree_from_hal']:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `... --help | head` ends quietly
    sys.exit(main(sys.argv[1:]))
