#!/usr/bin/env bash
# Installs what uklink needs on Debian 12 (bookworm): LLVM, lld and clang 22
# with their tools (lit, FileCheck), CMake and a C compiler; qemu-user and the
# aarch64/riscv64 cross compilers, to run those ukernels in the tests;
# python3-venv for the IREE packages (tools/setup-iree.sh); hiredis and
# redis-server for the shared cache (its client, and the server the cache
# tests start on a loopback port). Idempotent.
set -euo pipefail
packages=(cmake make gcc g++ python3 python3-venv llvm-22-dev llvm-22-tools lld-22 liblld-22-dev clang-22 zlib1g-dev libzstd-dev
          libhiredis-dev redis-server
          qemu-user gcc-aarch64-linux-gnu gcc-riscv64-linux-gnu)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" > /dev/null
