#!/usr/bin/env python3
"""An independent count of duplicate functions in textual LLVM IR.

    tools/count_duplicates.py DIR...

For every function defined in the .ll files under each DIR, its text is
normalized and compared, without LLVM and without uklink's fingerprint:
  - debug information erased: !dbg attachments, #dbg_ records, llvm.dbg.*
    calls;
  - names erased: the function's own name; local values and blocks numbered
    in order of appearance; attribute groups (#N) and metadata (!N) replaced
    by what the module defines for them; module-local globals (private,
    internal) replaced by their definitions and module-local functions by
    their normalized bodies, so that tables and helpers compare by content;
    other globals keep their names;
  - for "constant-only" also every number, float and hex literal erased.
Two functions are exact duplicates when the first normalization is equal,
and constant-only near-duplicates when only the second is. This is a
textual estimate meant to cross-check uklink's duplicates_analysis (report:
targets[].eligible, exact_classes, constant_classes), not to decide merges:
it cannot see what the text does not say (a literal that must stay an
immediate counts as a constant here).

Prints, per DIR and for all of them: functions defined, functions in
exact-duplicate classes beyond the first of each class, and functions that
are duplicates only once constants are erased.
"""
import collections
import os
import re
import sys

LOCAL = re.compile(r'%(?:"[^"]*"|[-a-zA-Z$._0-9]+)')
LABEL = re.compile(r'^([-a-zA-Z$._0-9]+|"[^"]*"):', re.M)
GLOBAL = re.compile(r'@(?:"[^"]*"|[-a-zA-Z$._0-9]+)')
ATTR_REF = re.compile(r'#(\d+)\b')
MD_REF = re.compile(r'!(\d+)\b')
DBG = re.compile(r',?\s*!dbg !\d+')
NUMBER = re.compile(r'(?<![\w.%@#!"-])(?:-?0x[0-9A-Fa-f]+|0x[KLMHR][0-9A-Fa-f]+|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)(?![\w.])')


def read_module(path):
    text = open(path, encoding='utf-8', errors='surrogateescape').read()
    attrs = dict(re.findall(r'^attributes #(\d+) = (\{.*\})$', text, re.M))
    mds = dict(re.findall(r'^!(\d+) = (.*)$', text, re.M))
    local_globals = {}
    for m in re.finditer(r'^(@(?:"[^"]*"|[-a-zA-Z$._0-9]+)) = (?:private|internal) (.*)$', text, re.M):
        local_globals[m.group(1)] = m.group(2)
    functions = re.findall(r'^(define [^\n]*\{\n.*?\n\})$', text, re.M | re.S)
    local_fns = {}
    for fn in functions:
        header = fn.split('\n', 1)[0]
        if re.match(r'define (?:private|internal)\b', header):
            local_fns[GLOBAL.search(header[header.index('@'):]).group(0)] = fn
    return functions, attrs, mds, (local_globals, local_fns)


def content(name, module, seen):
    """A module-local global by its definition, a module-local function by
    its normalized body, what they refer to likewise (a cycle keeps the
    name); anything else by name."""
    attrs, mds, (local_globals, local_fns) = module
    if name in seen:
        return name
    if name in local_fns:
        return '@fn{' + normalize(local_fns[name], module, seen | {name}) + '}'
    if name in local_globals:
        return '@{' + GLOBAL.sub(lambda m: content(m.group(0), module, seen | {name}), local_globals[name]) + '}'
    return name


def normalize(fn, module, seen=frozenset()):
    attrs, mds, _ = module
    header = fn.split('\n', 1)[0]
    own = GLOBAL.search(header[header.index('@'):]).group(0)
    lines = []
    for line in fn.split('\n'):
        stripped = line.strip()
        if stripped.startswith('#dbg_') or 'call void @llvm.dbg.' in stripped:
            continue
        lines.append(DBG.sub('', line.split(';', 1)[0] if not stripped.startswith('define') else line))
    body = '\n'.join(lines)
    body = ATTR_REF.sub(lambda m: attrs.get(m.group(1), m.group(0)), body)
    body = MD_REF.sub(lambda m: '!{' + mds.get(m.group(1), '') + '}', body)
    body = GLOBAL.sub(lambda m: '@F' if m.group(0) == own else content(m.group(0), module, seen | {own}), body)
    numbering = {}

    def number(name):
        return numbering.setdefault(name, '%v' + str(len(numbering)))
    # block labels first appear as definitions ("26:") or as operands ("label %26")
    body = LABEL.sub(lambda m: number('%' + m.group(1)) + ':', body)
    body = LOCAL.sub(lambda m: m.group(0) if m.group(0).startswith('%iree') and ' = type' in m.group(0)
                     else number(m.group(0)), body)
    return body


def count(paths):
    exact, shape = collections.Counter(), collections.Counter()
    functions = 0
    for path in paths:
        fns, attrs, mds, local = read_module(path)
        for fn in fns:
            functions += 1
            text = normalize(fn, (attrs, mds, local))
            exact[text] += 1
            shape[NUMBER.sub('C', text)] += 1
    exact_dups = sum(n - 1 for n in exact.values())
    # functions that join a class only once constants are erased
    shape_dups = sum(n - 1 for n in shape.values()) - exact_dups
    return functions, exact_dups, shape_dups


def ll_files(root):
    out = []
    for d, _, files in os.walk(root):
        out += [os.path.join(d, f) for f in files if f.endswith('.ll')]
    return sorted(out)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    rows, every = [], []
    for root in sys.argv[1:]:
        files = ll_files(root)
        every += files
        rows.append((root, len(files)) + count(files))
    if len(rows) > 1:
        rows.append(('all', len(every)) + count(every))
    print('| inputs | files | functions | exact duplicates | constant-only near-duplicates |')
    print('|---|---:|---:|---:|---:|')
    for r in rows:
        print('| %s | %d | %d | %d | %d |' % r)


if __name__ == '__main__':
    main()
