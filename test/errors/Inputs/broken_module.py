"""Writes an invalid module (argv[1]): 30 functions that use a value before
its definition, one of them through a 2,000-deep constant expression, and,
with --debug-info, the "Debug Info Version" flag that makes LLVM's reader
verify it (and print every error) while it upgrades debug info."""
import sys

depth = 2000
expr = "ptrtoint (ptr @g to i64)"
for i in range(depth):
    expr = "%s (i64 %s, i64 ptrtoint (ptr @h to i64))" % ("add" if i % 2 else "sub", expr)
out = ["@g = global i64 0", "@h = global i64 0"]
for k in range(30):
    operand = expr if k == 3 else "1"
    out += ["define i64 @f%d() {" % k, "  %%x = add i64 %%y, %s" % operand, "  %y = add i64 1, 2",
            "  ret i64 %x", "}"]
if "--debug-info" in sys.argv:
    out += ["!llvm.module.flags = !{!0}", '!0 = !{i32 2, !"Debug Info Version", i32 3}']
open(sys.argv[1], "w").write("\n".join(out) + "\n")
