"""Writes a module whose functions return a constant expression chain
DEPTH deep (getelementptr of getelementptr of ... @g): f and g are exact
twins, h differs at the innermost offset.
Usage: constant_chain.py DEPTH OUT.ll"""
import sys

depth, out = int(sys.argv[1]), sys.argv[2]


def chain(first):
    e = "ptr getelementptr (i8, ptr @table, i64 %d)" % first
    for _ in range(depth - 1):
        e = "ptr getelementptr (i8, %s, i64 1)" % e
    return e


with open(out, "w") as f:
    f.write("@table = external global [8 x i8]\n")
    for name, first in (("f", 1), ("g", 1), ("h", 2)):
        f.write("define ptr @%s() unnamed_addr {\n  ret %s\n}\n" % (name, chain(first)))
