#!/usr/bin/env bash
# Sets everything up, builds uklink twice (release, and with ASan and UBSan)
# and runs the whole test suite (ctest, which runs lit) on both builds.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup-debian.sh
tools/build.sh build
tools/build.sh build-asan -DUKLINK_SANITIZE=ON
status=0
echo "== tests: release build"
(cd build && ctest --output-on-failure) || status=1
echo "== tests: ASan/UBSan build"
(cd build-asan && ctest --output-on-failure) || status=1
exit $status
