#!/usr/bin/env bash
# Installs the IREE compiler and runtime from PyPI, pinned, into a virtual
# environment (default build/iree-venv), and prints its bin directory.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${1:-build/iree-venv}
version=3.13.0
installed=$("$venv/bin/pip" show iree-base-compiler 2>/dev/null || true)
case "$installed" in
  *"Version: $version"*) ;;
  *)
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "iree-base-compiler==$version" "iree-base-runtime==$version" >&2 ;;
esac
echo "$venv/bin"
