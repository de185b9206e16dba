#!/usr/bin/env python3
"""uklink's campaign of bad, odd and mutated inputs.

Generates, from a fixed seed, a few hundred cases: byte mutations and
truncations of valid bitcode, textual IR mutations (lines deleted, duplicated
or swapped, types changed, names with odd characters, huge constants, deep
nesting), odd files (empty, a directory, a FIFO, a symbolic-link loop,
/dev/null, a file in a directory that does not exist), output safety (an
output that cannot be written, that is a directory, a device, an input) and
signals (SIGINT/SIGTERM mid-run). Each case runs uklink in a scratch directory
of its own, under a time bound, and checks what must hold whatever the input:

  - the exit status is 0 or 1: never a signal, never a sanitizer's 86, never
    a timeout (a case that sends a signal may also end by that signal);
  - on status 1, stderr has a line starting 'uklink: error:' and at most a
    few lines in all, none of them huge;
  - stderr never shows a crash, an LLVM fatal error or a sanitizer report;
  - on failure no output appears and a file that was there is unchanged;
  - no file outside the output paths changes, in the scratch directory or
    outside it, and no '.uklink-*' temporary directory is left behind;
  - on success the output exists.

Cases in the --known-failing list (ids or shell patterns, one a line, '#'
starts a comment) belong to bugs being fixed elsewhere: they run with a short
time bound, their failures are listed but do not fail the campaign, and one
that passes is reported so that it can come off the list.

Usage: campaign.py --uklink CMD --workdir DIR [--seed N] [--scale F] [--jobs N]
                   [--run-timeout S] [--total-timeout S] [--known-failing FILE]
                   [--only PATTERN] [--list]
Prints one line per failure and a summary line:
  campaign: N cases (seed S): P passed, F failed, K known-failing (X of them passed), T s
and exits 1 if a case that is not known to fail failed."""
import argparse
import fnmatch
import hashlib
import os
import random
import shlex
import shutil
import signal
import stat
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = [os.path.join(HERE, "Inputs", "seed-a.ll"), os.path.join(HERE, "Inputs", "seed-b.ll")]
# what stderr must never show, whatever the status
CRASH_MARKS = ("Sanitizer", "runtime error:", "LLVM ERROR", "PLEASE submit a bug report", "Stack dump",
               "Segmentation fault", "Assertion", "terminate called")
MAX_ERROR_LINES = 3      # lines on stderr for a case with one problem in its input
MAX_LINE_CHARS = 1000    # no diagnostic line this long (e.g. an expression printed in full)


class Case:
    """One run: files to create (path -> bytes, or a tuple for something
    special), uklink's arguments (paths relative to the scratch directory),
    the output paths the run may create or replace, and what it must do:
    'ok' (status 0), 'error' (status 1) or 'any'."""

    def __init__(self, cid, args, files=None, outputs=("out.so",), expect="any", sig=None, note="", blame=None):
        self.id, self.args, self.files = cid, args, files or {}
        self.outputs, self.expect, self.sig, self.note = list(outputs), expect, sig, note
        self.blame = blame or named_paths(args)  # an error names one of these


# ---- generators ---------------------------------------------------------

def llvm_as(llvm_bin, text):
    p = subprocess.run([os.path.join(llvm_bin, "llvm-as"), "-o", "-"], input=text.encode(), capture_output=True,
                       check=True)
    return p.stdout


def bitcode_cases(rng, seeds_bc, n_mutate, n_truncate, n_splice):
    cases = []
    for i in range(n_mutate):
        data = bytearray(rng.choice(seeds_bc))
        for _ in range(rng.randint(1, 6)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        cases.append(Case("bc-mutate-%03d" % i, ["in.bc", "-o", "out.so"], {"in.bc": bytes(data)}))
    for i in range(n_truncate):
        data = rng.choice(seeds_bc)
        cut = rng.randrange(0, len(data))
        cases.append(Case("bc-truncate-%03d" % i, ["in.bc", "-o", "out.so"], {"in.bc": data[:cut]},
                          expect="error"))
    for i in range(n_splice):
        data = bytearray(rng.choice(seeds_bc))
        a, b = sorted(rng.randrange(len(data)) for _ in range(2))
        if rng.random() < 0.5:
            data[a:a] = data[a:b]        # a chunk twice
        else:
            del data[a:b]                # a chunk gone
        cases.append(Case("bc-splice-%03d" % i, ["in.bc", "-o", "out.so"], {"in.bc": bytes(data)}))
    return cases


ODD_NAMES = ['"a b"', '"x=y"', '"m-n"', '"p+q"', '"f(x)"', "\"it's\"", '"\\22q\\22"', '"\\0A"', '"\\FF\\FE"',
             '"\\00"', '"' + "n" * 3000 + '"', '".uklink-x"', '"../up"', '"$x"']
TYPES = ["i1", "i8", "i16", "i32", "i64", "i128", "i7", "i999", "half", "float", "double", "fp128", "ptr",
         "<4 x i32>", "<vscale x 2 x i64>", "[2 x i32]", "{ i32, float }", "void", "label", "token", "i0"]
HUGE = ["99999999999999999999999999999999", "-340282366920938463463374607431768211457", "0x7FF8000000000001",
        "1e999", "0xK7FFF8000000000000000", "4294967296", "-1", "poison", "undef", "zeroinitializer"]


def mutate_text(rng, text):
    lines = text.split("\n")
    op = rng.choice(["delete", "duplicate", "swap", "type", "name", "constant", "token", "chars"])
    i = rng.randrange(len(lines))
    if op == "delete":
        del lines[i]
    elif op == "duplicate":
        lines.insert(i, lines[i])
    elif op == "swap":
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif op == "type":
        for _ in range(20):
            i = rng.randrange(len(lines))
            present = [t for t in TYPES if " %s " % t in lines[i]]
            if present:
                lines[i] = lines[i].replace(" %s " % rng.choice(present), " %s " % rng.choice(TYPES), 1)
                break
    elif op == "name":
        names = sorted({w.split("(")[0] for w in text.split() if w.startswith("@") and len(w) > 1})
        if names:
            old = rng.choice(names).rstrip(",")
            text = text.replace(old, "@" + rng.choice(ODD_NAMES))
            return text, op
    elif op == "constant":
        for _ in range(20):
            i = rng.randrange(len(lines))
            words = lines[i].split(" ")
            nums = [k for k, w in enumerate(words) if w.rstrip(",").lstrip("-").replace(".", "").isdigit()]
            if nums:
                k = rng.choice(nums)
                words[k] = rng.choice(HUGE) + ("," if words[k].endswith(",") else "")
                lines[i] = " ".join(words)
                break
    elif op == "token":
        words = lines[i].split(" ")
        if words:
            k = rng.randrange(len(words))
            words[k] = rng.choice(["", "%", "@", "!", "(", ")", "{", "}", "[", "]", "<", ">", ",", "=", "x",
                                   "%undefined", "@missing", "!0", "#0", "\"", "c\"", "..."])
            lines[i] = " ".join(words)
    else:
        s = lines[i]
        k = rng.randrange(len(s) + 1)
        lines[i] = s[:k] + "".join(chr(rng.choice([0, 1, 9, 10, 13, 34, 92, 127, 0xe9, 0x2028]))
                                   for _ in range(rng.randint(1, 3))) + s[k:]
    return "\n".join(lines), op


def ir_cases(rng, seeds_text, n):
    cases = []
    for i in range(n):
        text, op = rng.choice(seeds_text), None
        ops = []
        for _ in range(rng.randint(1, 3)):
            text, op = mutate_text(rng, text)
            ops.append(op)
        data = text.encode("utf-8", "surrogatepass")
        if rng.random() < 0.2:  # sometimes beside a valid input
            files = {"in.ll": data, "ok.ll": seeds_text[1].encode()}
            args = ["in.ll", "ok.ll", "-o", "out.so"]
        else:
            files, args = {"in.ll": data}, ["in.ll", "-o", "out.so"]
        cases.append(Case("ll-mutate-%03d" % i, args, files, note="+".join(ops)))
    return cases


def nested_struct(depth):
    ty, val = "i32", "i32 7"
    for _ in range(depth):
        ty, val = "{ %s }" % ty, "{ %s } { %s }" % (ty, val)
    return "@deep = constant %s\n\ndefine ptr @get() {\n  ret ptr @deep\n}\n" % val


def shared_twice_bitcode(llvm_lib, depth):
    """Bitcode whose constant is {X, X} nested `depth` deep: in bitcode each
    level is one constant that refers to the one below twice (a DAG of
    `depth` nodes, 2^depth paths). Its text would have 2^depth leaves, so it
    is built with LLVM's C API (ctypes)."""
    import ctypes
    L = ctypes.CDLL(llvm_lib)
    vp = ctypes.c_void_p
    for name, res, args in [("LLVMContextCreate", vp, []), ("LLVMModuleCreateWithNameInContext", vp, [ctypes.c_char_p, vp]),
                            ("LLVMInt64TypeInContext", vp, [vp]), ("LLVMPointerTypeInContext", vp, [vp, ctypes.c_uint]),
                            ("LLVMAddGlobal", vp, [vp, vp, ctypes.c_char_p]), ("LLVMConstPtrToInt", vp, [vp, vp]),
                            ("LLVMConstStructInContext", vp, [vp, ctypes.POINTER(vp), ctypes.c_uint, ctypes.c_int]),
                            ("LLVMTypeOf", vp, [vp]), ("LLVMSetInitializer", None, [vp, vp]),
                            ("LLVMSetGlobalConstant", None, [vp, ctypes.c_int]), ("LLVMConstInt", vp, [vp, ctypes.c_ulonglong, ctypes.c_int]),
                            ("LLVMFunctionType", vp, [vp, ctypes.POINTER(vp), ctypes.c_uint, ctypes.c_int]),
                            ("LLVMAddFunction", vp, [vp, ctypes.c_char_p, vp]),
                            ("LLVMAppendBasicBlockInContext", vp, [vp, vp, ctypes.c_char_p]),
                            ("LLVMCreateBuilderInContext", vp, [vp]), ("LLVMPositionBuilderAtEnd", None, [vp, vp]),
                            ("LLVMBuildRet", vp, [vp, vp]), ("LLVMDisposeBuilder", None, [vp]),
                            ("LLVMWriteBitcodeToMemoryBuffer", vp, [vp]), ("LLVMGetBufferStart", vp, [vp]),
                            ("LLVMGetBufferSize", ctypes.c_size_t, [vp]), ("LLVMDisposeMemoryBuffer", None, [vp]),
                            ("LLVMDisposeModule", None, [vp]), ("LLVMContextDispose", None, [vp])]:
        f = getattr(L, name)
        f.restype, f.argtypes = res, args
    c = L.LLVMContextCreate()
    m = L.LLVMModuleCreateWithNameInContext(b"shared", c)
    i64, ptr = L.LLVMInt64TypeInContext(c), L.LLVMPointerTypeInContext(c, 0)
    g = L.LLVMAddGlobal(m, i64, b"g")
    L.LLVMSetInitializer(g, L.LLVMConstInt(i64, 0, 0))
    x = L.LLVMConstPtrToInt(g, i64)
    for _ in range(depth):
        pair = (vp * 2)(x, x)
        x = L.LLVMConstStructInContext(c, pair, 2, 0)
    deep = L.LLVMAddGlobal(m, L.LLVMTypeOf(x), b"deep")
    L.LLVMSetInitializer(deep, x)
    L.LLVMSetGlobalConstant(deep, 1)
    fn = L.LLVMAddFunction(m, b"get", L.LLVMFunctionType(ptr, None, 0, 0))
    b = L.LLVMCreateBuilderInContext(c)
    L.LLVMPositionBuilderAtEnd(b, L.LLVMAppendBasicBlockInContext(c, fn, b"entry"))
    L.LLVMBuildRet(b, deep)
    L.LLVMDisposeBuilder(b)
    mb = L.LLVMWriteBitcodeToMemoryBuffer(m)
    data = ctypes.string_at(L.LLVMGetBufferStart(mb), L.LLVMGetBufferSize(mb))
    L.LLVMDisposeMemoryBuffer(mb)
    L.LLVMDisposeModule(m)
    L.LLVMContextDispose(c)
    return data


def expr_chain(depth):
    e = "ptrtoint (ptr @g to i64)"
    for i in range(depth):
        e = "%s (i64 %s, i64 ptrtoint (ptr @h%d to i64))" % ("add" if i % 2 else "sub", e, i % 3)
    return ("@g = global i64 0\n@h0 = global i64 0\n@h1 = global i64 0\n@h2 = global i64 0\n"
            "define i64 @get() {\n  ret i64 %s\n}\n" % e)


def nested_array(depth):
    ty, val = "i8", "i8 1"
    for _ in range(depth):
        val = "[1 x %s] [%s]" % (ty, val)
        ty = "[1 x %s]" % ty
    return "@deep = constant %s\n\ndefine ptr @get() {\n  ret ptr @deep\n}\n" % val


def many_functions(count, classes):
    out = []
    for i in range(count):
        c = i % classes
        out.append("define i32 @f%05d(i32 %%x) unnamed_addr {\n  %%y = mul i32 %%x, %d\n  %%z = add i32 %%y, %d\n"
                   "  ret i32 %%z\n}\n" % (i, c + 2, c))
    return "\n".join(out)


def special_ir_cases(seed_a, llvm_bin):
    """Deep nesting, huge constants, odd names: one case each."""
    c = []
    big = "define i128 @big() {\n  ret i128 170141183460469231731687303715884105727\n}\n"
    c.append(Case("ir-huge-i128", ["in.ll", "-o", "out.so"], {"in.ll": big.encode()}, expect="ok"))
    wide = "define i4096 @wide(i4096 %x) {\n  %y = mul i4096 %x, 340282366920938463463374607431768211457\n" \
           "  ret i4096 %y\n}\n"
    c.append(Case("ir-i4096", ["in.ll", "-o", "out.so"], {"in.ll": wide.encode()}))
    c.append(Case("ir-int-too-wide", ["in.ll", "-o", "out.so"],
                  {"in.ll": b"define i9000000 @w() {\n  ret i9000000 0\n}\n"}, expect="error"))
    c.append(Case("ir-huge-array", ["in.ll", "-o", "out.so"],
                  {"in.ll": b"@z = global [4294967295 x [4294967295 x i64]] zeroinitializer\n"}))
    c.append(Case("ir-nested-struct-300", ["in.ll", "-o", "out.so"], {"in.ll": nested_struct(300).encode()},
                  expect="ok"))
    c.append(Case("ir-nested-array-300", ["in.ll", "-o", "out.so"], {"in.ll": nested_array(300).encode()},
                  expect="ok"))
    c.append(Case("ir-expr-chain-500", ["in.ll", "-o", "out.so"], {"in.ll": expr_chain(500).encode()},
                  expect="ok"))
    c.append(Case("ir-expr-chain-3000", ["in.ll", "-o", "out.so"], {"in.ll": expr_chain(3000).encode()},
                  expect="ok", note="quadratic in the fingerprint: 8 s where opt | llc take 1.4 s"))
    lib = os.path.join(os.path.dirname(llvm_bin), "lib", "libLLVM.so")
    c.append(Case("ir-shared-twice-12", ["in.bc", "-o", "out.so"], {"in.bc": shared_twice_bitcode(lib, 12)},
                  expect="ok"))
    # llc itself does not finish on this initializer (it walks it as a tree):
    # one error line, at once, is the answer
    c.append(Case("ir-shared-twice-40", ["in.bc", "-o", "out.so"], {"in.bc": shared_twice_bitcode(lib, 40)},
                  expect="error", note="the fingerprint walks the shared constant 2^40 times"))
    c.append(Case("ir-many-functions", ["in.ll", "-o", "out.so"],
                  {"in.ll": many_functions(3000, 60).encode()}, expect="ok"))
    twins = ("define i32 @b(i32 %x) unnamed_addr {\n  %y = add i32 %x, 1\n  ret i32 %y\n}\n"
             "define i32 @a(i32 %x) unnamed_addr {\n  %y = add i32 %x, 1\n  ret i32 %y\n}\n")
    c.append(Case("ir-twins-greater-name-first", ["in.ll", "-o", "out.so"], {"in.ll": twins.encode()},
                  expect="ok", note="SIGSEGV in add_aliases"))
    for k, name in enumerate(ODD_NAMES[:9]):
        text = seed_a.replace("@lookup", "@" + name)
        c.append(Case("ir-odd-name-%02d" % k, ["in.ll", "-o", "out.so"], {"in.ll": text.encode()}))
    # a verifier error, and one with the debug-info flag that makes LLVM's reader verify
    bad = "define i32 @f() {\n  %a = add i32 %b, 1\n  %b = add i32 %a, 1\n  ret i32 %b\n}\n"
    c.append(Case("ir-verifier", ["in.ll", "-o", "out.so"], {"in.ll": bad.encode()}, expect="error"))
    dbg = bad * 1 + expr_chain(200).replace("@get", "@get2") + \
        '!llvm.module.flags = !{!0}\n!0 = !{i32 2, !"Debug Info Version", i32 3}\n'
    c.append(Case("ir-verifier-debug-info", ["in.ll", "-o", "out.so"], {"in.ll": dbg.encode()}, expect="error"))
    # the backend must not accept what llc rejects
    fret = b"define float @f(float %x) {\n  %y = fadd float %x, 1.0\n  ret float %y\n}\n"
    c.append(Case("ir-float-return-without-sse", ["in.ll", "--features=-sse,-sse2", "-o", "out.so"], {"in.ll": fret},
                  expect="error", note="silently switches to the x87 convention where llc fails"))
    c.append(Case("ir-module-asm-garbage", ["in.ll", "-o", "out.so"],
                  {"in.ll": b'module asm "this is not assembly"\n' + fret}, expect="error"))
    c.append(Case("ir-inline-asm-garbage", ["in.ll", "-o", "out.so"],
                  {"in.ll": b'define void @g() {\n  call void asm sideeffect "not an instruction", ""()\n'
                            b'  ret void\n}\n'}, expect="error"))
    c.append(Case("opt-cpu-unknown", ["in.ll", "--cpu", "no-such-cpu", "-o", "out.so"], {"in.ll": fret},
                  expect="error", blame=["no-such-cpu"], note="24 LLVM warnings, then an input is blamed"))
    # merged functions whose names lld's --defsym cannot take, and aliases of aliases over merged functions
    odd = ['"m=n"', '"m-n"', '"m+n"', '"m(n)"', '"m n"', "\"m'n\""]
    for k, name in enumerate(odd):
        body = "define i32 @%s(i32 %%x) unnamed_addr {\n  %%y = mul i32 %%x, 3\n  ret i32 %%y\n}\n"
        c.append(Case("out-dir-merged-odd-name-%d" % k, ["--out-dir", "lib", "a.ll", "b.ll"],
                      {"a.ll": (body % name).encode(), "b.ll": (body % "plain").encode()},
                      outputs=["lib", "lib/*"], expect="ok", note="the merged name breaks lld's --defsym"))
    alias = ("define i32 @%s_f(i32 %%x) unnamed_addr {\n  %%y = mul i32 %%x, 5\n  ret i32 %%y\n}\n"
             "@%s_a = alias i32 (i32), ptr @%s_f\n@%s_aa = alias i32 (i32), ptr @%s_a\n")
    c.append(Case("ir-alias-of-alias-merged", ["a.ll", "b.ll", "-o", "out.so"],
                  {"a.ll": (alias % (("a",) * 5)).encode(), "b.ll": (alias % (("b",) * 5)).encode()}, expect="ok",
                  note="internal error: Global is external, but doesn't have external or weak linkage!"))
    return c


def odd_file_cases(seed_text, seed_bc):
    ok = seed_text.encode()
    c = [
        Case("file-empty-ll", ["in.ll", "-o", "out.so"], {"in.ll": b""}, expect="error"),
        Case("file-empty-bc", ["in.bc", "-o", "out.so"], {"in.bc": b""}, expect="error"),
        Case("file-nul-bytes", ["in.ll", "-o", "out.so"], {"in.ll": b"\0" * 4096}, note="LLVM's .ll lexer stops at a NUL"),
        Case("file-garbage", ["in.ll", "-o", "out.so"], {"in.ll": bytes(range(256)) * 8}, expect="error"),
        Case("file-bc-magic-only", ["in.bc", "-o", "out.so"], {"in.bc": b"BC\xc0\xde"}, expect="error"),
        Case("file-wrapper-magic", ["in.bc", "-o", "out.so"], {"in.bc": b"\xde\xc0\x17\x0b" + b"\0" * 16},
             expect="error"),
        Case("file-bitcode-named-ll", ["in.ll", "-o", "out.so"], {"in.ll": seed_bc}, expect="ok"),
        Case("file-text-named-bc", ["in.bc", "-o", "out.so"], {"in.bc": ok}, expect="ok"),
        Case("file-no-suffix", ["input", "-o", "out.so"], {"input": ok}, expect="ok"),
        Case("file-long-line", ["in.ll", "-o", "out.so"], {"in.ll": b"; " + b"x" * 1000000 + b"\n" + ok},
             expect="ok"),
        Case("file-directory-named-ll", ["d.ll", "-o", "out.so"], {"d.ll": ("dir",)}, expect="error"),
        Case("file-missing", ["nope.ll", "-o", "out.so"], expect="error"),
        Case("file-in-missing-dir", ["no/such/dir/in.ll", "-o", "out.so"], expect="error"),
        Case("file-dangling-symlink", ["in.ll", "-o", "out.so"], {"in.ll": ("symlink", "gone.ll")}, expect="error"),
        Case("file-symlink-to-input", ["link.ll", "-o", "out.so"], {"real.ll": ok, "link.ll": ("symlink", "real.ll")},
             expect="ok"),
        Case("file-symlink-self", ["in.ll", "-o", "out.so"], {"in.ll": ("symlink", "in.ll")}, expect="error"),
        Case("file-dev-null", ["/dev/null", "-o", "out.so"], expect="error"),
        Case("file-proc-self", ["/proc/self/status", "-o", "out.so"], expect="error"),
        Case("file-fifo", ["in.ll", "-o", "out.so"], {"in.ll": ("fifo",)}, expect="error",
             note="the worker blocks in open()"),
        Case("file-fifo-in-dir", ["dir", "-o", "out.so"], {"dir/a.ll": ok, "dir/p.ll": ("fifo",)}, expect="error"),
        Case("file-symlink-loop", ["dir", "-o", "out.so"],
             {"dir/a.ll": ok, "dir/self": ("symlink", "."), "dir/up": ("symlink", "..")}, expect="ok",
             note="self -> . and up -> .. count files many times or never end"),
        Case("file-dir-only-other", ["dir", "-o", "out.so"], {"dir/notes.txt": b"x"}, expect="error"),
        Case("file-same-twice", ["in.ll", "./in.ll", "-o", "out.so"], {"in.ll": ok}, expect="ok"),
        Case("file-response-missing", ["@nope.rsp", "-o", "out.so"], expect="error"),
        Case("file-response-crlf", ["@list.rsp", "-o", "out.so"], {"list.rsp": b"in.ll\r\n\r\n", "in.ll": ok},
             expect="ok"),
        Case("file-response-self", ["@list.rsp", "-o", "out.so"], {"list.rsp": b"@list.rsp\n@list.rsp\n"},
             expect="error", note="a response file that includes itself twice: 131,072 lines"),
        Case("file-response-empty", ["@list.rsp", "-o", "out.so"], {"list.rsp": b""}, expect="error"),
        Case("file-triple-unknown", ["in.ll", "-o", "out.so"],
             {"in.ll": b'target triple = "foo-bar-baz"\n' + ok}, expect="error"),
        Case("file-two-triples", ["in.ll", "arm.ll", "-o", "out.so"],
             {"in.ll": ok, "arm.ll": b'target triple = "aarch64-unknown-linux-gnu"\n' + ok}, expect="error"),
        Case("file-datalayout-odd", ["in.ll", "-o", "out.so"],
             {"in.ll": b'target datalayout = "E-p:16:16"\n' + ok}, expect="error"),
    ]
    return c


def output_cases(seed_text):
    ok = seed_text.encode()
    bad = b"define i32 @f( {\n"
    # what clang -fPIE makes of `int v; int get(void) { return v; }`: fine in
    # an executable, a relocation lld refuses in a shared object
    pie = (b"@v = dso_local global i32 0\ndefine i32 @get() {\n  %x = load i32, ptr @v\n  ret i32 %x\n}\n"
           b'!llvm.module.flags = !{!0}\n!0 = !{i32 7, !"PIE Level", i32 2}\n')
    c = [
        Case("out-missing-dir", ["in.ll", "-o", "no/dir/out.so"], {"in.ll": ok}, outputs=["no/dir/out.so"],
             expect="error"),
        Case("out-under-file", ["in.ll", "-o", "f.txt/out.so"], {"in.ll": ok, "f.txt": b"x"},
             outputs=["f.txt/out.so"], expect="error"),
        Case("out-is-directory", ["in.ll", "-o", "outdir"], {"in.ll": ok, "outdir/keep.txt": b"k"},
             outputs=["outdir/*"], expect="any"),
        Case("out-is-input", ["in.ll", "-o", "in.ll"], {"in.ll": ok}, outputs=[], expect="error",
             note="the output would replace an input"),
        Case("out-is-input-other-name", ["in.ll", "-o", "./in.ll"], {"in.ll": ok}, outputs=[], expect="error"),
        Case("out-existing-kept-on-error", ["in.ll", "-o", "out.so"], {"in.ll": bad, "out.so": b"old output"},
             expect="error"),
        Case("out-existing-replaced", ["in.ll", "-o", "out.so"], {"in.ll": ok, "out.so": b"old output"},
             expect="ok"),
        Case("out-char-device", ["in.ll", "-o", "null"], {"in.ll": ok, "null": ("chardev",)}, outputs=[],
             expect="any", note="-o naming a character device replaces it"),
        Case("out-report-unwritable", ["in.ll", "-o", "out.so", "--report", "no/dir/r.json"],
             {"in.ll": ok, "out.so": b"old output"}, outputs=["no/dir/r.json"], expect="error",
             note="the output is already in place when the report fails"),
        Case("out-trace-unwritable", ["in.ll", "-o", "out.so", "--time-trace", "f.txt/t.json"],
             {"in.ll": ok, "f.txt": b"x", "out.so": b"old output"}, outputs=["f.txt/t.json"], expect="error",
             note="the output is already in place when the trace fails"),
        Case("out-report-directory", ["in.ll", "-o", "out.so", "--report", "rdir"],
             {"in.ll": ok, "rdir/keep.txt": b"k"}, outputs=["out.so"], expect="error",
             note="the output is already in place when the report fails"),
        Case("out-dir-escape", ["--out-dir", "lib", "d/x/../../v.ll", "d/a.ll"],
             {"d/x/keep.txt": b"k", "v.ll": ok, "d/a.ll": ok.replace(b"@", b"@a_"), "v.so": b"not ours"},
             outputs=["lib", "lib/*", "lib/*/*"], expect="any", note="writes v.so outside lib, over an existing file"),
        Case("out-dir-is-file", ["--out-dir", "lib", "in.ll"], {"in.ll": ok, "lib": b"x"}, outputs=[],
             expect="error"),
        Case("out-dir-bad-input", ["--out-dir", "newlib", "in.ll"], {"in.ll": bad}, outputs=["newlib"],
             expect="error"),
        Case("out-dir-failed-run", ["--out-dir", "newlib/sub", "in.ll"], {"in.ll": pie}, outputs=["newlib", "newlib/*"],
             expect="error", note="a failed --out-dir run (lld) leaves the directory tree it created"),
        Case("out-pie-module", ["in.ll", "-o", "out.so"], {"in.ll": pie}, expect="error", blame=["in.ll"],
             note="lld rejects a PC32 relocation against a dso_local global: the error must name the input"),
        Case("out-dir-ok", ["--out-dir", "lib", "a.ll", "b.ll"], {"a.ll": ok, "b.ll": ok.replace(b"@", b"@b_")},
             outputs=["lib", "lib/*"], expect="ok"),
        Case("out-default-a-out", ["in.ll"], {"in.ll": ok}, outputs=["a.out"], expect="ok"),
        Case("out-emit-obj", ["in.ll", "--emit=obj", "-o", "out.o"], {"in.ll": ok}, outputs=["out.o"], expect="ok"),
        Case("out-emit-ll-stdout-path", ["in.ll", "--emit=ll", "-o", "out.ll"], {"in.ll": ok}, outputs=["out.ll"],
             expect="ok"),
    ]
    return c


def many_inputs(seed_text, n):
    files = {}
    for i in range(n):
        files["in/m%03d.ll" % i] = seed_text.replace("@", "@m%03d_" % i).encode()
    return files


def signal_cases(rng, seed_text, n):
    files = many_inputs(seed_text, 40)
    c = []
    for i in range(n):
        sig = rng.choice([signal.SIGINT, signal.SIGTERM])
        delay = rng.uniform(0.02, 0.8)
        group = rng.random() < 0.5  # as a terminal's ^C does (the workers too), or the main process only
        c.append(Case("signal-%02d" % i, ["in", "-O2", "-o", "out.so"], files, expect="any",
                      sig=(sig, delay, group),
                      note="%s after %.2f s to the %s" % (signal.Signals(sig).name, delay,
                                                          "process group" if group else "process")))
    return c


def all_cases(seed, scale, llvm_bin):
    texts = [open(p).read() for p in SEEDS]
    bcs = [llvm_as(llvm_bin, t) for t in texts]

    def n(x):
        return max(1, int(round(x * scale)))

    def rng(name):
        return random.Random("%d-%s" % (seed, name))
    cases = bitcode_cases(rng("bitcode"), bcs, n(130), n(40), n(30))
    cases += ir_cases(rng("ir"), texts, n(160))
    cases += special_ir_cases(texts[0], llvm_bin)
    cases += odd_file_cases(texts[0], bcs[0])
    cases += output_cases(texts[0])
    cases += signal_cases(rng("signal"), texts[0], n(10))
    return cases


# ---- running a case ---------------------------------------------------------

def make_files(d, files):
    for rel, content in files.items():
        path = os.path.join(d, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        if isinstance(content, bytes):
            with open(path, "wb") as f:
                f.write(content)
        elif content[0] == "dir":
            os.makedirs(path, exist_ok=True)
        elif content[0] == "fifo":
            os.mkfifo(path)
        elif content[0] == "symlink":
            os.symlink(content[1], path)
        elif content[0] == "chardev":
            # a device node of our own (root only): the real /dev/null stays out of reach
            try:
                os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
            except OSError:
                return "cannot create a device node (not root)"
    return None


def snapshot(root):
    """path -> (kind, size, mode, digest) for everything under root, without
    following symbolic links or opening anything but regular files."""
    snap = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in dirnames + filenames:
            p = os.path.join(dirpath, name)
            rel = os.path.relpath(p, root)
            st = os.lstat(p)
            if stat.S_ISREG(st.st_mode):
                with open(p, "rb") as f:
                    digest = hashlib.sha256(f.read()).hexdigest()
                snap[rel] = ("file", st.st_size, st.st_mode, digest)
            elif stat.S_ISLNK(st.st_mode):
                snap[rel] = ("link", os.readlink(p), st.st_mode, None)
            elif stat.S_ISDIR(st.st_mode):
                snap[rel] = ("dir", None, st.st_mode, None)
            else:
                snap[rel] = ("special", st.st_rdev, st.st_mode, None)
    return snap


def named_paths(args):
    """The paths on a command line (inputs, response files, outputs): an
    error must name at least one of them."""
    paths, skip = [], False
    for k, a in enumerate(args):
        if a in ("-o", "--out-dir", "--report", "--time-trace"):
            paths.append(args[k + 1])
            skip = True
        elif skip:
            skip = False
        elif not a.startswith("-"):
            paths.append(a.lstrip("@"))
    return paths


def is_output(rel, outputs):
    return any(fnmatch.fnmatchcase(rel, o) for o in outputs)


def run_case(case, uklink, workdir, run_timeout, env):
    d = os.path.join(workdir, case.id)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    skip = make_files(d, case.files)
    if skip:
        return "skip", [skip], 0.0, None
    before = snapshot(d)
    problems = []
    t0 = time.monotonic()
    proc = subprocess.Popen(uklink + case.args, cwd=d, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, start_new_session=True)
    timer = None
    if case.sig:
        sig, delay, group = case.sig

        def send():
            try:
                if group:
                    os.killpg(proc.pid, sig)
                else:
                    proc.send_signal(sig)
            except ProcessLookupError:
                pass
        timer = threading.Timer(delay, send)
        timer.start()
    try:
        out, err = proc.communicate(timeout=run_timeout)
        rc = proc.returncode
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        rc = None
        problems.append("timeout after %g s" % run_timeout)
    if timer:
        timer.cancel()
    # the workers a killed run leaves behind are in its process group
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    elapsed = time.monotonic() - t0
    err = err.decode("utf-8", "replace")
    lines = err.splitlines()
    sent = case.sig[0] if case.sig else None
    if rc is not None and rc not in (0, 1):
        if sent and rc in (-sent, 128 + sent):
            pass  # ended by the signal it was sent
        elif rc < 0:
            problems.append("killed by %s" % signal.Signals(-rc).name)
        elif rc == 86:
            problems.append("status 86 (a sanitizer's report)")
        else:
            problems.append("status %d" % rc)
    for mark in CRASH_MARKS:
        if mark in err:
            problems.append("stderr shows %r" % mark)
            break
    if rc == 1:
        if not any(l.startswith("uklink: error:") for l in lines):
            problems.append("status 1 without a 'uklink: error:' line")
        if len(lines) > MAX_ERROR_LINES:
            problems.append("%d lines on stderr" % len(lines))
        if not sent and not any(p in l for p in case.blame for l in lines):
            problems.append("no error line names %s" % " or ".join(case.blame))
    long_lines = [l for l in lines if len(l) > MAX_LINE_CHARS]
    if long_lines:
        problems.append("a stderr line of %d characters" % len(long_lines[0]))
    if case.expect == "ok" and rc != 0 and not sent:
        problems.append("status %s where a valid input must build" % rc)
    if case.expect == "error" and rc == 0:
        problems.append("status 0 where the input must be rejected")
    after = snapshot(d)
    for rel in sorted(set(before) | set(after)):
        parts = rel.split(os.sep)
        temp = [k for k, part in enumerate(parts) if part.startswith(".uklink-")]
        if temp:  # uklink's temporary directory, reported once (not what is in it)
            if temp[0] == len(parts) - 1:
                problems.append("temporary %s left behind" % rel)
            continue
        if before.get(rel) == after.get(rel):
            continue
        if rc == 0 and is_output(rel, case.outputs):
            continue  # a success may create or replace its outputs
        if rel not in after:
            problems.append("%s removed" % rel)
        elif rel not in before:
            problems.append("%s appeared%s" % (rel, "" if rc == 0 else " on failure"))
        else:
            problems.append("%s changed%s" % (rel, "" if rc == 0 else " on failure"))
    if rc == 0 and not case.sig:
        made = [r for r in after if is_output(r, case.outputs) and after[r][0] == "file" and after[r][1]]
        if case.outputs and not made:
            problems.append("status 0 but no output")
    detail = problems + (["stderr: %s" % " | ".join(l[:200] for l in lines[:4])] if problems and lines else [])
    if not problems:
        shutil.rmtree(d, ignore_errors=True)
    return ("fail" if problems else "pass"), detail, elapsed, rc


def load_known(path):
    known = []
    if path:
        for line in open(path):
            line = line.split("#", 1)[0].strip()
            if line:
                known.append(line)
    return known


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--uklink", required=True, help="the uklink command (may carry options)")
    ap.add_argument("--workdir", required=True)
    ap.add_argument("--llvm-bin", default="/usr/lib/llvm-22/bin")
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--scale", type=float, default=float(os.environ.get("UKLINK_CAMPAIGN_SCALE", "1")),
                    help="multiplies the number of generated cases (env UKLINK_CAMPAIGN_SCALE)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--run-timeout", type=float, default=20.0)
    ap.add_argument("--known-timeout", type=float, default=5.0, help="time bound of a known-failing case")
    ap.add_argument("--total-timeout", type=float, default=300.0)
    ap.add_argument("--known-failing", help="file of case ids or patterns that may fail (bugs fixed elsewhere)")
    ap.add_argument("--only", help="run only the cases whose id matches this pattern")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    a = ap.parse_args()

    uklink = shlex.split(a.uklink)
    known = load_known(a.known_failing)
    cases = all_cases(a.seed, a.scale, a.llvm_bin)
    if a.only:
        cases = [c for c in cases if fnmatch.fnmatchcase(c.id, a.only)]
    if a.list:
        for c in cases:
            print(c.id, c.note)
        return 0
    os.makedirs(a.workdir, exist_ok=True)
    workdir = os.path.abspath(a.workdir)
    # a file outside every scratch directory: no run may touch it
    sentinel = os.path.join(workdir, "sentinel")
    shutil.rmtree(sentinel, ignore_errors=True)
    os.makedirs(sentinel)
    with open(os.path.join(sentinel, "keep.ll"), "w") as f:
        f.write(open(SEEDS[0]).read())
    sentinel_before = snapshot(sentinel)
    env = dict(os.environ)
    # leaks fail a sanitized build with 86, which the campaign tells apart from 1
    env["ASAN_OPTIONS"] = "detect_leaks=1:abort_on_error=0:exitcode=86"
    env["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1:exitcode=86"

    t0 = time.monotonic()
    results = {}

    def one(case):
        if time.monotonic() - t0 > a.total_timeout:
            return case, ("unrun", [], 0.0, None)
        is_known = any(fnmatch.fnmatchcase(case.id, k) for k in known)
        bound = min(a.run_timeout, a.known_timeout) if is_known else a.run_timeout
        return case, run_case(case, uklink, workdir, bound, env)

    with ThreadPoolExecutor(max_workers=a.jobs) as pool:
        for case, res in pool.map(one, cases):
            results[case.id] = (case, res)

    if snapshot(sentinel) != sentinel_before:
        results["sentinel"] = (Case("sentinel", []), ("fail", ["a file outside the scratch directories changed"],
                                                      0.0, None))
    stray = [n for n in os.listdir(workdir) if n.startswith(".uklink-")]
    if stray:
        results["workdir"] = (Case("workdir", []), ("fail", ["temporary %s left in the work directory" % stray[0]],
                                                    0.0, None))
    counts = {"pass": 0, "fail": 0, "known": 0, "xpass": 0, "skip": 0, "unrun": 0}
    slowest = max(results.values(), key=lambda r: r[1][2])
    statuses = {}
    for cid, (case, (status, detail, elapsed, rc)) in sorted(results.items()):
        kind = cid.split("-")[0]
        statuses.setdefault(kind, [0, 0])
        if rc in (0, 1):
            statuses[kind][rc] += 1
        is_known = any(fnmatch.fnmatchcase(cid, k) for k in known)
        if status == "fail" and is_known:
            counts["known"] += 1
            print("KNOWN-FAILING: %s (%s): %s" % (cid, case.note or "see the list", "; ".join(detail)))
        elif status == "fail":
            counts["fail"] += 1
            print("FAIL: %s%s: %s" % (cid, " (%s)" % case.note if case.note else "", "; ".join(detail)))
            print("  rerun: %s --only '%s'" % (" ".join(shlex.quote(x) for x in sys.argv), cid))
        elif status == "pass" and is_known:
            counts["known"] += 1
            counts["xpass"] += 1
            print("KNOWN-FAILING PASSED: %s (take it off the list once its fix is merged)" % cid)
        else:
            counts[status] += 1
            if status == "skip":
                print("SKIPPED: %s: %s" % (cid, "; ".join(detail)))
    total = time.monotonic() - t0
    if counts["unrun"]:
        print("FAIL: the total time bound (%g s) left %d cases unrun" % (a.total_timeout, counts["unrun"]))
    print("exit status 0/1 by kind: " + ", ".join("%s %d/%d" % (k, v[0], v[1]) for k, v in sorted(statuses.items())))
    print("campaign: %d cases (seed %d, scale %g): %d passed, %d failed, %d known-failing (%d of them passed), "
          "%d skipped, %.1f s (slowest: %s, %.1f s)" %
          (len(cases), a.seed, a.scale, counts["pass"], counts["fail"], counts["known"], counts["xpass"],
           counts["skip"], total, slowest[0].id, slowest[1][2]))
    return 1 if counts["fail"] or counts["unrun"] else 0


if __name__ == "__main__":
    sys.exit(main())
