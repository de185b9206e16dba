"""Writes kernels calling iree_uk_mmt4d with constant tile shapes over a
sweep and the list mmt4d-test reads: for every element type, 16 shapes that
together take every M0 from 1 to 16, N0 odd (1, 3, 5, 7) and multiples of the
vector widths (8, 16, 24, 32), and every K0 of 1, 2, 4, 8. Run through uklink
with --generate-all, every tile is generated (the 4-bit ones, and f16 outputs
on riscv64, take the generic tile)."""
import sys

module, listing = sys.argv[1], sys.argv[2]
sig = ("ptr %lhs, i64 %lo, i64 %ls, ptr %rhs, i64 %ro, i64 %rs, ptr %out, i64 %oo, i64 %os, "
       "i64 %M, i64 %N, i64 %K, i32 %m0, i32 %n0, i32 %k0, i32 %flags, ptr %cpu")
out = ["declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)\n"]
lines = []
i = 0
shapes = [(1, 8, 1), (2, 16, 2), (3, 7, 4), (4, 24, 8), (5, 32, 1), (6, 3, 2), (7, 16, 4), (8, 8, 8),
          (9, 1, 1), (10, 24, 2), (11, 5, 4), (12, 16, 1), (13, 8, 2), (14, 32, 4), (15, 3, 8), (16, 16, 2)]
for t in range(1, 11):
    for (m0, n0, k0) in shapes:
        extra = 0x100 if i % 2 else 0
        if t in (4, 6) and i % 3 == 0:
            extra |= 0x400  # SKIP_INTERMEDIATE_ROUNDINGS for narrow outputs
        name = "s%d_t%d_%dx%dx%d" % (i, t, m0, n0, k0)
        out.append("define void @%s(%s) {\n  call void @iree_uk_mmt4d(ptr %%lhs, i64 %%lo, i64 %%ls, "
                   "ptr %%rhs, i64 %%ro, i64 %%rs, ptr %%out, i64 %%oo, i64 %%os, i64 %%M, i64 %%N, i64 %%K, "
                   "i32 %d, i32 %d, i32 %d, i32 %d, ptr %%cpu)\n  ret void\n}\n"
                   % (name, sig, m0, n0, k0, t | 0x200 | extra))
        lines.append("%s %d %d %d %d %d" % (name, t, m0, n0, k0, extra))
        i += 1
open(module, "w").write("\n".join(out))
open(listing, "w").write("\n".join(lines) + "\n")
