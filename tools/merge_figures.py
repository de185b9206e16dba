#!/usr/bin/env python3
"""What uklink merges on a corpus of dispatch modules, per model and for all.

    tools/merge_figures.py [--uklink PATH] CORPUS_DIR

CORPUS_DIR holds one directory of .ll/.bc dispatch modules per model (what
tools/iree-corpus.sh and tools/model-corpus.sh write in OUT/corpus). For
each model, and for all of them in one run, uklink builds the modules
(--cpu native --out-dir, as IREE's one library per executable) with a
report, and tools/count_duplicates.py counts, independently of uklink's
fingerprint, the exact and constant-only duplicates in the text. Prints a
Markdown table:

  dispatch fns   functions uklink may merge (the report's eligible; IREE's
                 one library query function per module refers to its tables
                 by address and is not one)
  exact, const   the counter's exact duplicates and constant-only
                 near-duplicates (functions beyond the first of a class)
  analysis       the report's duplicates_analysis, the same two counts
  merged         folded before optimization (of them with parameters), and
                 after it
  share          merged before optimization / (exact + const) of the counter
  unmergeable    reasons, counted (query functions included)
  not merged     near-duplicate groups that did not pay, by reason
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import count_duplicates  # noqa: E402


def run_uklink(uklink, inputs, work):
    report = os.path.join(work, 'report.json')
    cmd = [uklink, *inputs, '--cpu', 'native', '--out-dir', os.path.join(work, 'out'), '--report', report]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode:
        sys.exit('merge_figures: uklink failed on %s:\n%s' % (' '.join(inputs), r.stderr))
    return json.load(open(report))


def row(name, files, uklink):
    with tempfile.TemporaryDirectory() as work:
        rep = run_uklink(uklink, files, work)
    functions, exact, const = count_duplicates.count(files)
    an = rep['duplicates_analysis']
    mergeable = exact + const
    share = '%.0f%%' % (100.0 * rep['merged'] / mergeable) if mergeable else '-'
    reasons = '; '.join('%d %s' % (n, r) for r, n in sorted(rep['unmergeable_reasons'].items()))
    near = '; '.join('%d %s' % (n, r.replace('near-duplicates: ', ''))
                     for r, n in sorted(rep['near_duplicates_not_merged'].items()))
    return ('| %s | %d | %d | %d | %d | %d / %d | %d (%d) | %d | %s | %s | %s |' %
            (name, len(files), an['eligible'], exact, const, an['exact_duplicates'], an['differ_only_in_constants'],
             rep['merged'], rep['merged_with_parameters'], rep['merged_after_opt'], share, reasons or '-',
             near or '-'))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--uklink', default=os.path.join(HERE, '..', 'build', 'tools', 'uklink'))
    ap.add_argument('corpus')
    a = ap.parse_args()
    models = sorted(d for d in os.listdir(a.corpus) if os.path.isdir(os.path.join(a.corpus, d)))
    print('| model | modules | dispatch fns | exact | const | analysis exact / const | merged (with parameters) '
          '| after O2 | share of counter | unmergeable | near-duplicates not merged |')
    print('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|')
    every = []
    for m in models:
        files = count_duplicates.ll_files(os.path.join(a.corpus, m))
        every += files
        print(row(m, files, a.uklink), flush=True)
    if len(models) > 1:
        print(row('**all**', every, a.uklink))


if __name__ == '__main__':
    main()
