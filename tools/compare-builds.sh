#!/usr/bin/env bash
# Compares two uklink builds output for output: same exit status, same
# diagnostics and the same output bytes, over the emit kinds, -O levels,
# isolation, -j, targets and --out-dir. For a change that must not change
# behaviour (a refactoring): run it with the build before and after.
#   tools/compare-builds.sh OLD_UKLINK NEW_UKLINK [IREE_CORPUS_DIR]
# The synthetic corpus comes from the new build's uk-corpus; IREE_CORPUS_DIR
# (tools/iree-corpus.sh's OUT/corpus) adds --out-dir runs per real model.
# Prints one line per configuration; exit status 1 if any differs.
set -uo pipefail
old=$1 new=$2 iree=${3:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$(dirname "$new")/uk-corpus" -n 60 -u 6 -s 3 "$work/corpus" > /dev/null
fail=0

# same NAME -- ARGS...: both builds on ARGS with -o NAME; output and stderr compared
same() {
  local name=$1; shift 2
  local rc_old rc_new
  "$old" "$@" -o "$work/old.$name" > "$work/old.err" 2>&1; rc_old=$?
  "$new" "$@" -o "$work/new.$name" > "$work/new.err" 2>&1; rc_new=$?
  sed -i "s|$work/old\.|OUT.|g" "$work/old.err"; sed -i "s|$work/new\.|OUT.|g" "$work/new.err"
  if [ $rc_old != $rc_new ]; then echo "DIFFERS $name: exit status $rc_old, now $rc_new"; fail=1; return; fi
  if ! cmp -s "$work/old.err" "$work/new.err"; then echo "DIFFERS $name: diagnostics"; diff "$work/old.err" "$work/new.err" | head -6; fail=1; return; fi
  if [ -e "$work/old.$name" ] && ! diff -r "$work/old.$name" "$work/new.$name" > /dev/null; then
    echo "DIFFERS $name: output bytes"; fail=1; return
  fi
  echo "same    $name (exit status $rc_old)"
}

c=$work/corpus
for e in shared obj asm ll bc; do same "emit-$e" -- "$c" --emit=$e; done
for o in 0 1 3; do same "O$o" -- "$c" -O$o; done
same no-dedupe -- "$c" --no-dedupe
same generate-all -- "$c" --generate-all
for e in shared asm ll bc; do same "no-isolate-$e" -- "$c" --no-isolate --emit=$e; done
same j1 -- "$c" -j1
same aarch64 -- "$c" --target aarch64-unknown-linux-gnu
same aarch64-ll -- "$c" --target aarch64-unknown-linux-gnu --emit=ll
same two-targets/ -- "$c" --target x86_64-pc-linux-gnu --target aarch64-unknown-linux-gnu

# same_out_dir NAME INPUT FLAGS: both builds with --out-dir; every output compared
same_out_dir() {
  local name=$1 input=$2 flags=$3 b bin
  for b in old new; do
    rm -rf "$work/od-$b"
    [ $b = old ] && bin=$old || bin=$new
    # shellcheck disable=SC2086
    "$bin" "$input" --out-dir "$work/od-$b" $flags > /dev/null 2>&1; echo $? > "$work/$b.rc"
  done
  if cmp -s "$work/old.rc" "$work/new.rc" && diff -r "$work/od-old" "$work/od-new" > /dev/null; then
    echo "same    $name (exit status $(cat "$work/new.rc"))"
  else
    echo "DIFFERS $name"; fail=1
  fi
}
same_out_dir out-dir "$c" ""
same_out_dir out-dir-no-isolate "$c" "--no-isolate"
if [ -n "$iree" ]; then
  for d in "$iree"/*/; do
    m=$(basename "$d")
    same_out_dir "$m --out-dir" "$d" "--cpu native"
    same_out_dir "$m --out-dir --generate-all" "$d" "--cpu native --generate-all"
    same_out_dir "$m --out-dir --no-isolate" "$d" "--cpu native --no-isolate -j1"
  done
fi
exit $fail
