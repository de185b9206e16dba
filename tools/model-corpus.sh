#!/usr/bin/env bash
# A corpus of real dispatch modules from real models, built from PyPI only.
# usage: tools/model-corpus.sh OUT_DIR
#
# 1. A venv, build/models-venv, with the pinned packages of
#    tools/model-corpus-requirements.txt (IREE 3.13.0 compiler and runtime, as
#    tools/setup-iree.sh; onnx, whose importer iree-import-onnx ships with the
#    compiler; torch, transformers, iree-turbine), installed with --no-deps:
#    torch's PyPI wheel is its CUDA build, and only the CUDA libraries that
#    `import torch` loads are installed (see the requirements file).
# 2. Models, none from a model hub (see MODELS below):
#    - ONNX files that PyPI wheels ship (PP-OCR text detection, recognition
#      and direction classification from rapidocr-onnxruntime; a YOLOv8n
#      detector from nudenet; a YOLOX detector from ddddocr. Not ddddocr's
#      CNN+LSTM recognizer, common.onnx: its declared output has rank 2,
#      its last Reshape gives rank 3, and IREE rejects the reshape): the
#      wheel fetched with `pip download
#      --no-deps`, the file taken out of it, its input shape fixed
#      (tools/model_corpus.py onnx-shape), upgraded to opset 17 and imported
#      with iree-import-onnx (the older opsets these files use do not lower);
#    - transformers models with random weights (torch.manual_seed(0)) from
#      small configs: Llama, GPT-2, BERT, exported with iree-turbine, their
#      parameters kept outside the program (tools/model_corpus.py export).
# 3. Each program compiled with tools/iree-compile.flags, each executable's
#    LLVM module before ukernel linking kept (*.codegen.ll, as
#    tools/iree-corpus.sh) and rewritten for LLVM 22 by tools/ir-compat.py.
#    A model that does not import or compile is skipped, with one line why.
#
# Output:
#   OUT_DIR/corpus/<model>/*.ll       the dispatch modules, for uklink
#   OUT_DIR/programs/<model>.mlir     the imported programs, to compile again
#   OUT_DIR/programs/<model>.irpa     parameters of the transformers models
#                                     (iree-run-module --parameters=model=...)
#   OUT_DIR/raw/<model>.{vmfb,log}    IREE's module and log
#   OUT_DIR/manifest.json             models, sources, versions, dispatches
#
# Cache: ${XDG_CACHE_HOME:-$HOME/.cache}/uklink/models holds the downloaded
# wheels and the imported/exported programs, keyed by the requirements, the
# helper and the model's line below; build/models-venv is reused while the
# requirements are unchanged. A second run only compiles again.
# Time on the 2-core development machine, shared with other jobs: first run
# 19 minutes (7 of them for the venv: downloading its wheels at ~90 MB/s and
# installing 6 GB), second run 4 to 11 minutes (compiling only; 7 to 8 CPU
# minutes).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
[ $# -eq 1 ] || { echo "usage: $0 OUT_DIR" >&2; exit 2; }
out=$1
req=$here/tools/model-corpus-requirements.txt
helper=$here/tools/model_corpus.py
venv=$here/build/models-venv
cache=${XDG_CACHE_HOME:-$HOME/.cache}/uklink/models

# name  kind  source (pip requirement or transformers model)  member  input
MODELS=(
  "ppocr_det    onnx rapidocr-onnxruntime==1.4.4 rapidocr_onnxruntime/models/ch_PP-OCRv4_det_infer.onnx 1x3x320x320"
  "ppocr_rec    onnx rapidocr-onnxruntime==1.4.4 rapidocr_onnxruntime/models/ch_PP-OCRv4_rec_infer.onnx 1x3x48x320"
  "ppocr_cls    onnx rapidocr-onnxruntime==1.4.4 rapidocr_onnxruntime/models/ch_ppocr_mobile_v2.0_cls_infer.onnx 1x3x48x192"
  "nudenet_det  onnx nudenet==3.4.2 nudenet/320n.onnx 1x3x320x320"
  "ddddocr_det  onnx ddddocr==1.6.1 ddddocr/common_det.onnx 1x3x416x416"
  "llama        hf   llama - 1x64"
  "gpt2         hf   gpt2 - 1x64"
  "bert         hf   bert - 1x64"
)

# 1. the venv
stamp=$venv/.uklink-requirements
if ! cmp -s "$req" "$stamp" 2>/dev/null; then
  echo "model-corpus: installing $req into $venv" >&2
  rm -rf "$venv"
  python3 -m venv "$venv"
  nice -n 10 "$venv/bin/pip" install -q --no-deps -r "$req" >&2
  "$venv/bin/python" -c 'import torch, transformers, onnx, iree.turbine.aot' >&2
  cp "$req" "$stamp"
fi
py=$venv/bin/python
bin=$venv/bin
# the last line of a log that is not indented (a traceback's message)
last_error() { { grep -v '^[[:space:]]' "$1" || true; } | tail -1 | cut -c1-300; }

# 2. the programs, cached
key_of() { cat "$req" "$helper" <(echo "$1") | sha256sum | cut -c1-16; }
mkdir -p "$cache/wheels" "$cache/programs"
rm -rf "$out" && mkdir -p "$out/raw" "$out/ll" "$out/programs"
out=$(cd "$out" && pwd)
manifest=$out/raw/models.jsonl
: > "$manifest"
for line in "${MODELS[@]}"; do
  read -r name kind source member input <<< "$line"
  key=$(key_of "$line")
  prog=$cache/programs/$name-$key
  status=ok
  if [ ! -f "$prog/$name.mlir" ]; then
    rm -rf "$cache/programs/$name-"*  # other keys: older versions of this model
    mkdir -p "$prog.tmp"
    if [ "$kind" = onnx ]; then
      pkg=${source%%==*}
      wheel=$(ls "$cache/wheels/${pkg//-/_}-${source##*==}-"*.whl 2>/dev/null | head -1 || true)
      if [ -z "$wheel" ]; then
        nice -n 10 "$bin/pip" download -q --no-deps "$source" -d "$cache/wheels" > "$prog.tmp/import.log" 2>&1 || true
        wheel=$(ls "$cache/wheels/${pkg//-/_}-${source##*==}-"*.whl 2>/dev/null | head -1 || true)
      fi
      if [ -z "$wheel" ]; then
        status="download failed: $(last_error "$prog.tmp/import.log")"
      elif ! { unzip -p "$wheel" "$member" > "$prog.tmp/wheel.onnx" &&
             "$py" "$helper" onnx-shape "$prog.tmp/wheel.onnx" "$prog.tmp/model.onnx" "$input" &&
             nice -n 10 "$bin/iree-import-onnx" "$prog.tmp/model.onnx" --opset-version 17 \
               -o "$prog.tmp/$name.mlir"; } > "$prog.tmp/import.log" 2>&1; then
        status="import failed: $(last_error "$prog.tmp/import.log")"
      fi
      rm -f "$prog.tmp/wheel.onnx" "$prog.tmp/model.onnx"
    else
      if ! nice -n 10 "$py" "$helper" export "$source" "$input" "$prog.tmp/$name.mlir" "$prog.tmp/$name.irpa" \
           > "$prog.tmp/import.log" 2>&1; then
        status="export failed: $(last_error "$prog.tmp/import.log")"
      fi
    fi
    if [ "$status" = ok ]; then rm -rf "$prog" && mv "$prog.tmp" "$prog"; fi
  fi
  # 3. compile and dump (never cached)
  if [ "$status" = ok ]; then
    cp "$prog/$name".* "$out/programs/"
    mapfile -t flags < "$here/tools/iree-compile.flags"
    # from the program's directory: the debug information names the file
    # as given, "<model>.mlir", not where this machine keeps it
    if (cd "$out/programs" && nice -n 10 "$bin/iree-compile" "$name.mlir" "${flags[@]}" \
        --iree-hal-dump-executable-intermediates-to="$out/raw/$name" \
        -o "$out/raw/$name.vmfb") > "$out/raw/$name.log" 2>&1; then
      mkdir -p "$out/ll/$name"
      # file names as IREE writes them have spaces and '$' (from the ONNX
      # graph's name): '_' instead
      for f in "$out/raw/$name"/*.codegen.ll; do
        base=$(basename "$f" .codegen.ll)
        cp "$f" "$out/ll/$name/${base//[^A-Za-z0-9._-]/_}.ll"
      done
      rm -rf "$out/raw/$name"
    else
      status="compile failed: $({ grep -m1 'error:' "$out/raw/$name.log" || true; } | cut -c1-300)"
    fi
  fi
  if [ "$status" != ok ]; then
    echo "model-corpus: $name skipped: $status" >&2
  fi
  "$py" -c 'import json,sys; n,k,s,m,i,st=sys.argv[1:]; print(json.dumps({"name": n, "kind": k, "source": s, "member": m, "input": i, "status": st}))' \
    "$name" "$kind" "$source" "$member" "$input" "$status" >> "$manifest"
done
python3 "$here/tools/ir-compat.py" "$out/ll" "$out/corpus"
"$py" "$helper" manifest "$out" "$req" < "$manifest"
echo "model-corpus: $(find "$out/corpus" -name '*.ll' | wc -l) dispatch modules in $out/corpus" >&2
