#!/usr/bin/env python3
"""A broken ukernel library, for the negative control of the IREE round trip:
every definition whose name starts with PREFIX returns at once, computing
nothing. The round trip must then report wrong results for prebuilt tiles
(and still pass with --generate-all, which does not use them).

usage: break_tiles.py LLVM_BIN_DIR IN.bc OUT.bc PREFIX"""
import os
import re
import subprocess
import sys

llvm_bin, src, dst, prefix = sys.argv[1:5]
text = subprocess.run([os.path.join(llvm_bin, "llvm-dis"), src, "-o", "-"], check=True, capture_output=True,
                      text=True).stdout
header = re.compile(r"^define [^\n]*@" + re.escape(prefix) + r"\w*\([^\n]*\{\n", re.M)
text, n = header.subn(lambda m: m.group(0) + "  ret i32 0\nbroken:\n", text)
if n == 0:
    sys.exit(f"break_tiles.py: no definition named {prefix}* in {src}")
os.makedirs(os.path.dirname(os.path.abspath(dst)), exist_ok=True)
subprocess.run([os.path.join(llvm_bin, "llvm-as"), "-", "-o", dst], input=text, check=True, text=True)
print(f"break_tiles.py: {n} definitions broken")
