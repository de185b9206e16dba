#!/usr/bin/env bash
# Compile-time benchmark: the same generated corpus through, in one run,
#  (a) llvm-link + opt -O2 + llc + ld.lld, one serial codegen (IREE's shape)
#  (b) the same with constmerge,mergefunc after O2
#  (c) uklink --no-dedupe
#  (d) uklink
#  (e) uklink --out-dir: one shared object per input, as IREE consumes it
# Prints wall time, peak RSS and each pipeline's ratio to (a) and (b).
# usage: tools/bench-pipelines.sh [-n N] [-u U] [-size S] [-j J] [BUILD_DIR]
set -euo pipefail
n=1000 u=50 size=2 jobs=$(nproc) build=build
while [ $# -gt 0 ]; do
  case "$1" in
    -n) n=$2; shift 2 ;;
    -u) u=$2; shift 2 ;;
    -size) size=$2; shift 2 ;;
    -j) jobs=$2; shift 2 ;;
    *) build=$1; shift ;;
  esac
done
cd "$(dirname "$0")/.."
bin=/usr/lib/llvm-22/bin
work=$(mktemp -d /tmp/uklink-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$build/tools/uk-corpus" -n "$n" -u "$u" -s 42 -size "$size" "$work/ll"
mkdir -p "$work/bc"
# Both sides read the same bitcode (llvm-as on both cores).
ls "$work"/ll/*.ll | xargs -P "$(nproc)" -I{} sh -c 'f={}; '"$bin"'/llvm-as "$f" -o '"$work"'/bc/$(basename "$f" .ll).bc'
ukernels="$build/ukernels-bc/x86_64.bc"

# run NAME CMD...: wall seconds and peak RSS (KiB) of a shell command
declare -A wall rss
run() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.$name" bash -c "$*" > "$work/log.$name" 2>&1 || {
    echo "pipeline $name failed:"; cat "$work/log.$name"; exit 1; }
  read -r wall[$name] rss[$name] < "$work/time.$name"
}
plain="$bin/llvm-link $work/bc/*.bc -o $work/a.linked.bc && $bin/llvm-link --only-needed $work/a.linked.bc $ukernels -o $work/a.all.bc"
run a "$plain && $bin/opt -mcpu=native -O2 $work/a.all.bc -o $work/a.opt.bc && $bin/llc -mcpu=native -O2 -relocation-model=pic -filetype=obj $work/a.opt.bc -o $work/a.o && $bin/ld.lld -shared $work/a.o -o $work/a.so"
run b "$plain && $bin/opt -mcpu=native -passes='default<O2>,constmerge,mergefunc' $work/a.all.bc -o $work/b.opt.bc && $bin/llc -mcpu=native -O2 -relocation-model=pic -filetype=obj $work/b.opt.bc -o $work/b.o && $bin/ld.lld -shared $work/b.o -o $work/b.so"
run c "$build/tools/uklink -j$jobs --no-dedupe $work/bc -o $work/c.so --report $work/c.json"
run d "$build/tools/uklink -j$jobs $work/bc -o $work/d.so --report $work/d.json"
run e "$build/tools/uklink -j$jobs $work/bc --out-dir $work/e.out --report $work/e.json"

ratio() { python3 -c "print('%.3f' % ($1 / $2))"; }
echo
echo "corpus: N=$n modules, U=$u distinct kernels, size $size, uklink -j$jobs ($(nproc) cores)"
echo
echo "| pipeline | wall s | peak RSS MiB | vs (a) | vs (b) |"
echo "|---|---|---|---|---|"
for p in a b c d e; do
  case $p in
    a) label="(a) llvm-link + opt -O2 + llc + ld.lld" ;;
    b) label="(b) (a) + constmerge,mergefunc" ;;
    c) label="(c) uklink --no-dedupe" ;;
    d) label="(d) uklink" ;;
    e) label="(e) uklink --out-dir (one .so per input)" ;;
  esac
  echo "| $label | ${wall[$p]} | $((${rss[$p]} / 1024)) | $(ratio "${wall[$p]}" "${wall[a]}") | $(ratio "${wall[$p]}" "${wall[b]}") |"
done
echo
python3 - "$work/d.json" "$work/c.json" <<'PY'
import json, sys
d, c = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
print("uklink: functions %d, distinct %d, merged before O2 %d, after O2 %d, unmergeable %d, compiled %d (--no-dedupe: %d)" % (
    d["functions"], d["distinct"], d["merged"], d["merged_after_opt"], d["unmergeable"],
    d["targets"][0]["functions_compiled"], c["targets"][0]["functions_compiled"]))
print("uklink stages (s): " + ", ".join("%s %.3f" % kv for kv in d["stage_seconds"].items()))
print("uklink --no-dedupe stages (s): " + ", ".join("%s %.3f" % kv for kv in c["stage_seconds"].items()))
PY
