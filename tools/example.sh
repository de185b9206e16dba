#!/usr/bin/env bash
# Sets everything up, builds, and runs uklink on the bundled example corpus
# (examples/dispatches: 48 per-dispatch modules, 6 distinct kernels), then
# runs every kernel of the result and of the --no-dedupe build, and compares.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup-debian.sh
tools/build.sh build
mkdir -p build/example
echo "== uklink -v examples/dispatches -o build/example/dispatches.so"
build/tools/uklink -v examples/dispatches -o build/example/dispatches.so --report build/example/report.json
build/tools/uklink examples/dispatches -o build/example/baseline.so --no-dedupe
build/tools/uk-run-kernels build/example/dispatches.so examples/dispatches/kernels.txt > build/example/dedupe.txt
build/tools/uk-run-kernels build/example/baseline.so examples/dispatches/kernels.txt > build/example/baseline.txt
cmp build/example/dedupe.txt build/example/baseline.txt
echo "== every kernel computes the same as the --no-dedupe build; report: build/example/report.json"
