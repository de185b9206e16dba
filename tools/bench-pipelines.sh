#!/usr/bin/env bash
# Compile-time benchmark of uklink against the alternatives, in one run (see
# tools/bench_pipelines.py): tools/bench-pipelines.sh [-n 100,1000,10000]
# [-u 50] [--iree] [-o results]
exec python3 "$(dirname "$0")/bench_pipelines.py" "$@"
