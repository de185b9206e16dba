#!/usr/bin/env bash
# The IREE round trip in one command (see tools/iree_roundtrip.py): installs
# the pinned IREE compiler and runtime (tools/setup-iree.sh), then for each
# program builds its executables with uklink, embeds them in the IREE module
# and checks that iree-run-module gives IREE's own results.
# usage: tools/iree-roundtrip.sh [--uklink PATH] [--ukernels PATH] [-j N] [OUT_DIR [PROGRAM.mlir ...]]
#   default uklink: build/tools/uklink; default OUT_DIR: build/iree-roundtrip;
#   default programs: examples/iree-programs/*.mlir and ../shared/data/iree-models/*.mlir
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
uklink=$here/build/tools/uklink
args=()
while [ $# -gt 0 ]; do
  case $1 in
    --uklink) uklink=$2; shift 2 ;;
    --uklink=*) uklink=${1#*=}; shift ;;
    --ukernels) args+=(--ukernels "$2"); shift 2 ;;
    -j) args+=(-j "$2"); shift 2 ;;
    -j*|--jobs=*|--ukernels=*) args+=("$1"); shift ;;
    *) break ;;
  esac
done
out=${1:-$here/build/iree-roundtrip}
[ $# -gt 0 ] && shift
bin=$("$here/tools/setup-iree.sh")
exec "$bin/python" "$here/tools/iree_roundtrip.py" --iree-bin "$bin" --uklink "$uklink" "${args[@]}" "$out" "$@"
