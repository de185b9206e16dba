#!/usr/bin/env python3
"""Writes a module of kernels with uk-run-kernels' ABI
(i32 k(ptr a, ptr b, ptr c, i64 n); a, b, c hold 4352 floats) and its
kernels.txt, in families:

  near*      one body, differing only in constants that may become
             parameters: a loop bound, a float splat, a byte offset, an
             integer immediate (near3 is an exact twin of near0);
  trap_*     pairs equal but for one constant that must stay as it is (an
             extractelement index, an alignment, a shuffle mask, a constant
             inside a called helper, a memcpy length, a divisor, an alloca
             size), or for a loop bound in float math that carries
             `reassoc`: they must never merge;
  contract*  a loop bound in `contract` math and fmuladd, where LLVM would
             fuse multiply and add in one member and not in the kernel, were
             contraction not settled first: they must merge (1 parameter);
  dbg*       identical bodies with different debug locations (subprogram
             names and lines): they must merge;
  table*     identical bodies loading from private tables (not unnamed_addr)
             of equal content whose addresses do not escape: they must merge;
             tableesc* compare their table's address: they must not;
  nan*       identical bodies storing a -qnan constant: they must merge.

Every kernel has more instructions than near-duplicate merging's minimum,
so that only the property under test keeps a trap from merging.

usage: near_kernels.py OUT.ll KERNELS.txt"""
import sys

HEAD = """target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
declare void @llvm.memcpy.p0.p0.i64(ptr noalias writeonly, ptr noalias readonly, i64, i1 immarg)
declare float @llvm.fmuladd.f32(float, float, float)
"""

BASE = dict(bound=128, scale="2.0", offset=256, imm=7, eidx=3, align=32, mask="0, 1, 2, 3, 12, 13, 14, 15",
            helper=None, memcpy=16, div=3, alloca=8, tag=11, table=None, nan=None, fmf="")


def kernel(name, p, dbg=None):
    """One kernel; dbg: (first metadata id, subprogram id) for !dbg on every instruction."""
    d = f", !dbg !{dbg}" if dbg else ""
    lines = [
        f"define i32 @{name}(ptr %a, ptr %b, ptr %c, i64 %n){' !dbg !' + str(dbg - 1) if dbg else ''} {{",
        "entry:",
        f"  %tmp = alloca [{p['alloca']} x float], align 4{d}",
        f"  br label %loop{d}",
        "loop:",
        f"  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]{d}",
        f"  %pa = getelementptr float, ptr %a, i64 %i{d}",
        f"  %va = load <8 x float>, ptr %pa, align {p['align']}{d}",
        f"  %pb0 = getelementptr i8, ptr %b, i64 {p['offset']}{d}",
        f"  %pb = getelementptr float, ptr %pb0, i64 %i{d}",
        f"  %vb = load <8 x float>, ptr %pb, align 4{d}",
        f"  %m = fmul {p['fmf']}<8 x float> %va, splat (float {p['scale']}){d}",
        f"  %s = fadd {p['fmf']}<8 x float> %m, %vb{d}",
        f"  %e = extractelement <8 x float> %s, i32 {p['eidx']}{d}",
        f"  %sh = shufflevector <8 x float> %s, <8 x float> %va, <8 x i32> <{', '.join('i32 ' + x.strip() for x in p['mask'].split(','))}>{d}",
        f"  %ei = insertelement <8 x float> poison, float %e, i32 0{d}",
        f"  %es = shufflevector <8 x float> %ei, <8 x float> poison, <8 x i32> zeroinitializer{d}",
        f"  %t = fsub <8 x float> %sh, %es{d}",
    ]
    if p["table"]:
        lines += [f"  %tv = load <8 x float>, ptr @{p['table']}, align 32{d}",
                  f"  %t2 = fadd <8 x float> %t, %tv{d}"]
    else:
        lines += [f"  %t2 = fadd <8 x float> %t, zeroinitializer{d}"]
    lines += [
        f"  %pc = getelementptr float, ptr %c, i64 %i{d}",
        f"  store <8 x float> %t2, ptr %pc, align 4{d}",
        f"  %ii = trunc i64 %i to i32{d}",
        f"  %ik = mul i32 %ii, {p['imm']}{d}",
        f"  %pt = getelementptr float, ptr %tmp, i64 0{d}",
        f"  store i32 %ik, ptr %pt, align 4{d}",
        f"  %i.next = add i64 %i, 8{d}",
        f"  %done = icmp sge i64 %i.next, {p['bound']}{d}",
        f"  br i1 %done, label %exit, label %loop{d}",
        "exit:",
        f"  %cm = getelementptr float, ptr %c, i64 4096{d}",
        f"  call void @llvm.memcpy.p0.p0.i64(ptr %cm, ptr %a, i64 {p['memcpy']}, i1 false){d}",
    ]
    if p["nan"]:
        lines += [f"  %cn = getelementptr float, ptr %c, i64 4200{d}",
                  f"  store float {p['nan']}, ptr %cn, align 4{d}"]
    lines += [f"  %q = sdiv i64 %n, {p['div']}{d}", f"  %tg = udiv i64 %q, {p['tag']}{d}"]
    if p["helper"]:
        lines += [f"  %hv = call i32 @{p['helper']}(i32 5){d}"]
    else:
        lines += [f"  %hv = add i32 0, 0{d}"]
    if p["table"] and p.get("escape"):
        lines += [f"  %eq = icmp eq ptr %a, @{p['table']}{d}", f"  %ez = zext i1 %eq to i32{d}",
                  f"  %hv2 = add i32 %hv, %ez{d}"]
    else:
        lines += [f"  %hv2 = add i32 %hv, 0{d}"]
    lines += [f"  %tr = trunc i64 %tg to i32{d}", f"  %r = add i32 %tr, %hv2{d}", f"  ret i32 %r{d}", "}"]
    return "\n".join(lines)


def taps_kernel(name, taps):
    """c[i] = c[i] + taps * (a[i] * b[i]), one tap at a time, then a
    c[i] * 0.1 added by fmuladd: `contract` math whose loop bound is the
    constant. With one tap LLVM unrolls the loop and fuses the product into
    its sum; with a bound to be read at run time the product is hoisted out of
    the loop and rounded on its own: a kernel that left contraction to the
    code generator would compute otherwise than its one-tap member."""
    return f"""define i32 @{name}(ptr %a, ptr %b, ptr %c, i64 %n) {{
entry:
  br label %outer
outer:
  %i = phi i64 [ 0, %entry ], [ %i.next, %outer.end ]
  %pc0 = getelementptr float, ptr %c, i64 %i
  %init = load float, ptr %pc0, align 4
  br label %inner
inner:
  %j = phi i64 [ 0, %outer ], [ %j.next, %inner ]
  %acc = phi float [ %init, %outer ], [ %s, %inner ]
  %pa = getelementptr float, ptr %a, i64 %i
  %va = load float, ptr %pa, align 4
  %pb = getelementptr float, ptr %b, i64 %i
  %vb = load float, ptr %pb, align 4
  %m = fmul contract float %va, %vb
  %s = fadd contract float %acc, %m
  %j.next = add i64 %j, 1
  %jd = icmp eq i64 %j.next, {taps}
  br i1 %jd, label %outer.end, label %inner
outer.end:
  %pc = getelementptr float, ptr %c, i64 %i
  %old = load float, ptr %pc, align 4
  %s2 = call float @llvm.fmuladd.f32(float %old, float 0x3FB99999A0000000, float %s)
  store float %s2, ptr %pc, align 4
  %i.next = add i64 %i, 1
  %id = icmp eq i64 %i.next, 256
  br i1 %id, label %exit, label %outer
exit:
  %r = trunc i64 %n to i32
  ret i32 %r
}}"""


def main():
    out, listing = sys.argv[1], sys.argv[2]
    fams = []
    near = [dict(bound=128, scale="2.0", offset=256, imm=7), dict(bound=64, scale="3.0", offset=512, imm=9),
            dict(bound=256, scale="0.5", offset=1024, imm=7), dict(bound=128, scale="2.0", offset=256, imm=7)]
    for k, v in enumerate(near):
        fams.append((f"near{k}", dict(BASE, tag=11, **v)))
    traps = [("eidx", 3, 5), ("align", 32, 4), ("mask", BASE["mask"], "0, 1, 2, 3, 8, 9, 10, 11"),
             ("memcpy", 16, 32), ("div", 3, 5), ("alloca", 8, 16)]
    for t, (prop, x, y) in enumerate(traps):
        for k, val in enumerate((x, y)):
            fams.append((f"trap_{prop}{k}", dict(BASE, tag=13 + t, **{prop: val})))
    # reassociation lets a constant fold where a parameter does not: never merged with parameters
    for k, bound in enumerate((64, 128)):
        fams.append((f"trap_reassoc{k}", dict(BASE, tag=43, fmf="reassoc contract ", bound=bound)))
    for k, h in enumerate(("helper3", "helper5")):
        fams.append((f"trap_helper{k}", dict(BASE, tag=23, helper=h)))
    for k, tbl in enumerate(("tab0", "tab1")):
        fams.append((f"table{k}", dict(BASE, tag=29, table=tbl)))
    for k, tbl in enumerate(("tab2", "tab3")):
        fams.append((f"tableesc{k}", dict(BASE, tag=31, table=tbl, escape=True)))
    for k in range(2):
        fams.append((f"nan{k}", dict(BASE, tag=37, nan="0xFFF8000000000000")))
    text = [HEAD]
    for tbl in ("tab0", "tab1", "tab2", "tab3"):
        text.append(f"@{tbl} = private constant [8 x float] [float 1.0, float 2.0, float 3.0, float 4.0, "
                    "float 5.0, float 6.0, float 7.0, float 8.0], align 32")
    for mul, h in ((3, "helper3"), (5, "helper5")):
        text.append(f"define internal i32 @{h}(i32 %x) {{\n  %r = mul i32 %x, {mul}\n  ret i32 %r\n}}")
    for name, p in fams:
        text.append(kernel(name, p))
    for k, taps in enumerate((1, 3)):
        text.append(taps_kernel(f"contract{k}", taps))
        fams.append((f"contract{k}", None))
    # two identical bodies whose debug locations differ (names, lines)
    md = ['!llvm.dbg.cu = !{!0}', '!llvm.module.flags = !{!1}',
          '!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "t", emissionKind: FullDebug)',
          '!1 = !{i32 2, !"Debug Info Version", i32 3}', '!2 = !DIFile(filename: "k.c", directory: "/")',
          '!3 = !DISubroutineType(types: !{})']
    nid = 4
    for k in range(2):
        md.append(f"!{nid} = distinct !DISubprogram(name: \"dbg_source_{k}\", scope: !2, file: !2, line: {10 + 40 * k}, "
                  "type: !3, spFlags: DISPFlagDefinition, unit: !0)")
        md.append(f"!{nid + 1} = !DILocation(line: {11 + 40 * k}, column: {k + 1}, scope: !{nid})")
        text.append(kernel(f"dbg{k}", dict(BASE, tag=41), dbg=nid + 1))
        fams.append((f"dbg{k}", None))
        nid += 2
    text += md
    with open(out, "w") as f:
        f.write("\n\n".join(text) + "\n")
    with open(listing, "w") as f:
        f.write("\n".join(n for n, _ in fams) + "\n")


if __name__ == "__main__":
    main()
