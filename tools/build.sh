#!/usr/bin/env bash
# Configures and builds uklink in DIR (default build); extra arguments go to
# CMake, e.g. tools/build.sh build-asan -DUKLINK_SANITIZE=ON
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build}
shift || true
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" > "$dir.cmake.log" 2>&1 || { cat "$dir.cmake.log"; exit 1; }
# Progress lines ("[ 42%] Building ...") are left out; everything else is
# shown, and a failed build fails the script (pipefail keeps cmake's status;
# the braces keep grep's "nothing left to show" from failing it).
cmake --build "$dir" -j "$(nproc)" 2>&1 | { grep -v "^\[" || true; }
test -x "$dir/tools/uklink"
