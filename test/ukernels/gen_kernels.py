"""Writes a module of kernels that call iree_uk_mmt4d with constant tile
shapes and flags, as a compiler emits them, and the list mmt4d-test reads:
"name type M0 N0 K0 extra" per kernel. Each kernel has iree_uk_mmt4d's own
signature and ignores its shape and flags arguments."""
import sys

module, listing = sys.argv[1], sys.argv[2]
# (type code, name, shapes): fast tiles of every x86 level, and shapes with none
cases = [
    (1, "f32", [(16, 16, 1), (8, 16, 1), (1, 16, 1), (8, 8, 1), (2, 8, 1), (3, 5, 1)]),
    (2, "s8", [(16, 16, 2), (4, 16, 2), (8, 8, 2), (2, 4, 2)]),
    (3, "f16", [(16, 16, 1), (8, 8, 1), (4, 4, 1)]),
    (5, "bf16", [(16, 16, 2), (2, 16, 2), (8, 8, 2)]),
    (7, "s16", [(16, 16, 2), (4, 8, 2)]),
    (4, "f16f16f16", [(8, 8, 1)]),
    (10, "s8s4", [(4, 8, 2)]),
]
sig = ("ptr %lhs, i64 %lo, i64 %ls, ptr %rhs, i64 %ro, i64 %rs, ptr %out, i64 %oo, i64 %os, "
       "i64 %M, i64 %N, i64 %K, i32 %m0, i32 %n0, i32 %k0, i32 %flags, ptr %cpu")
out = ["declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)\n"]
lines = []
for code, tname, shapes in cases:
    for (m0, n0, k0) in shapes:
        for extra in (0, 0x100):
            flags = code | 0x200 | extra
            name = "k_%s_%dx%dx%d_%s" % (tname, m0, n0, k0, "acc" if extra else "set")
            out.append("define void @%s(%s) {\n  call void @iree_uk_mmt4d(ptr %%lhs, i64 %%lo, i64 %%ls, "
                       "ptr %%rhs, i64 %%ro, i64 %%rs, ptr %%out, i64 %%oo, i64 %%os, i64 %%M, i64 %%N, i64 %%K, "
                       "i32 %d, i32 %d, i32 %d, i32 %d, ptr %%cpu)\n  ret void\n}\n" % (name, sig, m0, n0, k0, flags))
            lines.append("%s %d %d %d %d %d" % (name, code, m0, n0, k0, extra))
open(module, "w").write("\n".join(out))
open(listing, "w").write("\n".join(lines) + "\n")
