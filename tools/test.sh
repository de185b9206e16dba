#!/usr/bin/env bash
# Sets everything up (Debian packages, the pinned IREE compiler and runtime),
# builds uklink twice (release, and with ASan and UBSan) and runs the whole
# test suite (ctest: the ukernel tests, lit, the IREE round trip) on both.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup-debian.sh
tools/setup-iree.sh > /dev/null
tools/build.sh build
# What --cpu native builds for, and so which ukernel tiles the tests expect
# (uklink's own CPUID reading: the same code the tool uses).
build/tools/uklink --print-host
tools/build.sh build-asan -DUKLINK_SANITIZE=ON
status=0
echo "== tests: release build"
(cd build && ctest --output-on-failure) || status=1
echo "== tests: ASan/UBSan build"
(cd build-asan && ctest --output-on-failure) || status=1
exit $status
