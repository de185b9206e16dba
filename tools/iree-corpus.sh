#!/usr/bin/env bash
# A corpus of real dispatch modules from the IREE compiler: compiles the MLIR
# programs of examples/iree-programs (and the model files of
# ../shared/data/iree-models, when present) for the host, with ukernels on and
# one module per executable, and keeps each executable's LLVM module before
# ukernel linking (*.codegen.ll), rewritten for LLVM 22 by tools/ir-compat.py
# (IREE 3.13 is built on LLVM 24).
# usage: tools/iree-corpus.sh OUT_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=$1
bin=$("$here/tools/setup-iree.sh")
mapfile -t flags < "$here/tools/iree-compile.flags"
rm -rf "$out" && mkdir -p "$out/raw" "$out/ll"
programs=("$here"/examples/iree-programs/*.mlir)
if [ -d "$here/../shared/data/iree-models" ]; then programs+=("$here"/../shared/data/iree-models/*.mlir); fi
for p in "${programs[@]}"; do
  name=$(basename "$p" .mlir)
  if ! "$bin/iree-compile" "$p" "${flags[@]}" \
      --iree-hal-dump-executable-intermediates-to="$out/raw/$name" -o "$out/raw/$name.vmfb" 2> "$out/raw/$name.log"; then
    echo "iree-corpus: $name does not compile with this IREE (see $out/raw/$name.log); skipped" >&2
    continue
  fi
  mkdir -p "$out/ll/$name"
  cp "$out/raw/$name"/*.codegen.ll "$out/ll/$name/"
done
python3 "$here/tools/ir-compat.py" "$out/ll" "$out/corpus"
echo "iree-corpus: $(find "$out/corpus" -name '*.ll' | wc -l) dispatch modules in $out/corpus" >&2
