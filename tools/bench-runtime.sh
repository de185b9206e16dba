#!/usr/bin/env bash
# Runtime of uklink's merged kernels against the unmerged build
# (uklink --no-dedupe): a generated corpus with near-duplicate families, and
# with --iree the IREE programs; see tools/bench_runtime.py (its options pass
# through). Writes build/bench-runtime/runtime.md and runtime.json.
# usage: tools/bench-runtime.sh [--iree [--iree-bin DIR]] [bench_runtime.py options]
#   --iree installs the pinned IREE (tools/setup-iree.sh) unless --iree-bin
#   names the bin directory of one.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
iree=0
iree_bin=
args=()
while [ $# -gt 0 ]; do
  case $1 in
    --iree) iree=1; shift ;;
    --iree-bin) iree_bin=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
python=python3
if [ "$iree" = 1 ]; then
  [ -n "$iree_bin" ] || iree_bin=$("$here/tools/setup-iree.sh")
  python=$iree_bin/python
  args=(--iree --iree-bin "$iree_bin" "${args[@]}")
fi
exec "$python" "$here/tools/bench_runtime.py" "${args[@]}"
