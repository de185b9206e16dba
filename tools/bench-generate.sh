#!/usr/bin/env bash
# Generated ukernel tiles against the prebuilt ones, in one run:
#  1. kernels calling iree_uk_mmt4d with constant tile shapes are built by
#     uklink twice, with the prebuilt tiles and with --generate-all, and
#     timed side by side (bench-mmt4d --compare), with shapes the prebuilt
#     lists lack (generated either way);
#  2. the time to generate 1,000 distinct tiles, with -j1 and -j2 (the
#     report's generate stage).
# usage: tools/bench-generate.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
work=$(mktemp -d /tmp/uklink-gen.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
sig = ("ptr %lhs, i64 %lo, i64 %ls, ptr %rhs, i64 %ro, i64 %rs, ptr %out, i64 %oo, i64 %os, "
       "i64 %M, i64 %N, i64 %K, i32 %m0, i32 %n0, i32 %k0, i32 %flags, ptr %cpu")
decl = "declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)\n"
def kernel(name, m0, n0, k0, flags):
    return ("define void @%s(%s) {\n  call void @iree_uk_mmt4d(ptr %%lhs, i64 %%lo, i64 %%ls, ptr %%rhs, i64 %%ro, "
            "i64 %%rs, ptr %%out, i64 %%oo, i64 %%os, i64 %%M, i64 %%N, i64 %%K, i32 %d, i32 %d, i32 %d, i32 %d, "
            "ptr %%cpu)\n  ret void\n}\n" % (name, sig, m0, n0, k0, flags))
# (label, type, M0, N0, K0)
tiles = [("f32 16x16x1", 1, 16, 16, 1), ("s8s8s32 16x16x2", 2, 16, 16, 2), ("bf16bf16f32 16x16x2", 5, 16, 16, 2),
         ("f16f16f32 16x16x1", 3, 16, 16, 1), ("s16s16s32 16x16x2", 7, 16, 16, 2), ("f32 8x16x1", 1, 8, 16, 1),
         ("f32 8x8x1 (avx2 level)", 1, 8, 8, 1), ("s8s8s32 8x8x2 (avx2 level)", 2, 8, 8, 2),
         ("bf16bf16f32 8x8x2 (avx2 level)", 5, 8, 8, 2), ("f16f16f32 8x8x1 (avx2 level)", 3, 8, 8, 1),
         ("s16s16s32 8x8x2 (avx2 level)", 7, 8, 8, 2),
         ("f32 8x32x1 (no prebuilt)", 1, 8, 32, 1), ("bf16bf16f32 8x32x2 (no prebuilt)", 5, 8, 32, 2),
         ("f32 12x32x1 (no prebuilt)", 1, 12, 32, 1), ("s8s8s32 8x32x2 (no prebuilt)", 2, 8, 32, 2)]
mod, lst = [decl], []
for i, (label, t, m0, n0, k0) in enumerate(tiles):
    mod.append(kernel("k%d" % i, m0, n0, k0, t | 0x200 | 0x100))
    lst.append("k%d %d %d %d %d 256 %s" % (i, t, m0, n0, k0, label.replace(" ", "_")))
open(work + "/compare.ll", "w").write("\n".join(mod))
open(work + "/compare.list", "w").write("\n".join(lst) + "\n")
# 1,000 distinct tiles: every type that can be generated, many shapes
shapes, mod = [], [decl]
for t in (1, 2, 3, 5, 7, 9):
    for m0 in range(1, 17):
        for n0 in (8, 16, 24, 32, 48):
            for k0 in ((1, 2, 4) if t in (1, 3) else (2, 4)):
                shapes.append((t, m0, n0, k0))
shapes = shapes[:1000]
for i, (t, m0, n0, k0) in enumerate(shapes):
    mod.append(kernel("g%d" % i, m0, n0, k0, t | 0x200))
open(work + "/many.ll", "w").write("\n".join(mod))
print("%d distinct tiles" % len(shapes), file=sys.stderr)
PY
"$build/tools/uklink" "$work/compare.ll" -o "$work/prebuilt.so"
"$build/tools/uklink" "$work/compare.ll" --generate-all -o "$work/generated.so"
echo "## Generated and prebuilt tiles (one run)"
echo
"$build/tools/bench-mmt4d" --compare "$work/prebuilt.so" "$work/generated.so" "$work/compare.list" | sed 's/_/ /g'
echo
echo "## Time to generate 1,000 distinct tiles"
echo
echo "| workers | generate stage s | whole run s |"
echo "|---|---|---|"
for j in 1 2; do
  "$build/tools/uklink" "$work/many.ll" -j$j -O0 --emit=bc -o "$work/many.bc" --report "$work/many.$j.json"
  python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('| -j%s | %.2f | %.2f |' % (sys.argv[2], r['stage_seconds']['generate'], r['total_seconds']))" "$work/many.$j.json" "$j"
done
