"""Checks uklink --print-host against the kernel's view of the CPU
(/proc/cpuinfo flags, which the kernel reads from CPUID too): every feature
uklink lists as present must be a flag, every one it lists as missing must
not be. Usage: check_print_host.py FILE (what uklink --print-host printed) """
import sys

# LLVM's names -> /proc/cpuinfo's
CPUINFO = {"avx": "avx", "avx2": "avx2", "fma": "fma", "f16c": "f16c", "avx512f": "avx512f",
           "avx512cd": "avx512cd", "avx512vl": "avx512vl", "avx512dq": "avx512dq", "avx512bw": "avx512bw",
           "avx512vnni": "avx512_vnni", "avx512bf16": "avx512_bf16", "avx512fp16": "avx512_fp16",
           "amx-tile": "amx_tile", "amx-bf16": "amx_bf16"}

line = open(sys.argv[1]).readline()
flags = set()
for l in open("/proc/cpuinfo"):
    if l.startswith("flags"):
        flags = set(l.split(":", 1)[1].split())
        break
have = line.split("features: ", 1)[1].split(" (missing: ")[0].split()
missing = line.split(" (missing: ", 1)[1].rstrip(")\n").split()
bad = [f for f in have if CPUINFO[f] not in flags] + [f for f in missing if f != "none" and CPUINFO[f] in flags]
checked = len(have) + len(missing)
print(f"{checked} features checked, {len(bad)} disagree with /proc/cpuinfo{': ' + ' '.join(bad) if bad else ''}")
sys.exit(1 if bad or checked != len(CPUINFO) else 0)
