"""Writes a.ll, b.ll and c.ll into DIR: each a function (a, b, c) that calls
@s and loads @v, declared dso_local in a.ll and c.ll and not in b.ll, and a
filler function of 12,000 instructions, so that the fingerprint reads the
declarations from its lazily read copy of the module (as for large inputs
and the second round), not in place.
Usage: large_modules.py DIR"""
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
for name, dso in (("a", "dso_local "), ("b", ""), ("c", "dso_local ")):
    lines = ["declare %si32 @s()" % dso, "@v = external %sglobal i32" % dso,
             "define i32 @%s() unnamed_addr {" % name, "  %x = call i32 @s()", "  %y = load i32, ptr @v, align 4",
             "  %r = add i32 %x, %y", "  ret i32 %r", "}", "define i32 @filler_%s(i32 %%x0) {" % name]
    for i in range(12000):
        lines.append("  %%x%d = add i32 %%x%d, %d" % (i + 1, i, i))
    lines += ["  ret i32 %x12000", "}"]
    with open(os.path.join(out, name + ".ll"), "w") as f:
        f.write("\n".join(lines) + "\n")
