"""Checks bench-mmt4d's table (a file) against the host features its header
names (CPUID): there is a row per tile, and a tile is held to a goal only
where the host has the instructions the goal stands for (vdpbf16ps for
bf16, VNNI for s8)."""
import sys

text = open(sys.argv[1]).read()
header = next((l for l in text.splitlines() if l.startswith("f32 FMA peak")), None)
if header is None:
    sys.exit(f"no table: {text.strip()}")
features = header.split("host (CPUID):", 1)[1].split()
rows = [l for l in text.splitlines() if l.startswith("| ") and ("x" in l.split("|")[1]) and "call cost" not in l]
bad = []
for r in rows:
    tile, goal = r.split("|")[1].strip(), r.split("|")[4].strip()
    if goal.startswith(">=") and tile.startswith("bf16") and "avx512bf16" not in features:
        bad.append(f"{tile} held to {goal} without AVX512-BF16")
    if goal.startswith(">=") and tile.startswith("s8") and "avx512vnni" not in features:
        bad.append(f"{tile} held to {goal} without AVX512-VNNI")
print(f"{len(rows)} tiles timed on a host with {' '.join(features)}; {len(bad)} goals the host cannot meet"
      + ("".join(f"\n  {b}" for b in bad)))
sys.exit(1 if bad or not rows else 0)
