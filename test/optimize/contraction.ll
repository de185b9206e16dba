; Contraction is settled before optimization, from the input's structure
; (optimize/contract.c): with FMA, a contract fadd/fsub of a contract fmul
; used once becomes llvm.fma, and fmuladd becomes llvm.fma; without FMA,
; fmuladd becomes an fmul and an fadd. Either way no `contract` is left, so
; nothing the optimizer does later can change how a result rounds.
; REQUIRES: host-x86_64
; RUN: %uklink %s -O0 --emit=ll --cpu x86-64 --features +fma -o - | FileCheck --check-prefix=FMA %s
; RUN: %uklink %s -O0 --emit=ll --cpu x86-64 -o - | FileCheck --check-prefix=NOFMA %s
; RUN: %uklink %s -O0 --emit=ll --no-dedupe --cpu x86-64 --features +fma -o - | FileCheck --check-prefix=FMA %s
; LLVM itself is asked whether the CPU has fused multiply-add (a CPU name
; implies features that no list shows).
; RUN: %uklink %s -O0 --emit=ll --cpu haswell -o - | FileCheck --check-prefix=FMA %s
; RUN: %uklink %s -O0 --emit=ll --cpu haswell --features -fma -o - | FileCheck --check-prefix=NOFMA %s
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

declare <4 x float> @llvm.fmuladd.v4f32(<4 x float>, <4 x float>, <4 x float>)

; FMA-LABEL: define {{.*}}@sum(
; FMA: call float @llvm.fma.f32(float %a, float %b, float %c)
; FMA-NOT: contract
; FMA: ret
; NOFMA-LABEL: define {{.*}}@sum(
; NOFMA: %m = fmul float %a, %b
; NOFMA: %s = fadd float %m, %c
define float @sum(float %a, float %b, float %c) {
  %m = fmul contract float %a, %b
  %s = fadd contract float %m, %c
  ret float %s
}

; c - a*b is fma(-a, b, c); a*b - c is fma(a, b, -c)
; FMA-LABEL: define {{.*}}@differences(
; FMA: %[[NA:[0-9]+]] = fneg double %a
; FMA: call double @llvm.fma.f64(double %[[NA]], double %b, double %c)
; FMA: %[[NC:[0-9]+]] = fneg double %c
; FMA: call double @llvm.fma.f64(double %a, double %b, double %[[NC]])
define double @differences(double %a, double %b, double %c, ptr %p) {
  %m1 = fmul contract double %a, %b
  %d1 = fsub contract double %c, %m1
  store double %d1, ptr %p
  %m2 = fmul contract double %a, %b
  %d2 = fsub contract double %m2, %c
  ret double %d2
}

; a product used twice stays a product of its own; an fadd without contract
; is not fused
; FMA-LABEL: define {{.*}}@not_fused(
; FMA: %m = fmul double %a, %b
; FMA: %s = fadd double %m, %c
; FMA: %t = fadd double %m, %s
; FMA: %m2 = fmul double %a, %c
; FMA: %u = fadd double %m2, %t
; FMA-NOT: llvm.fma
; FMA: ret
define double @not_fused(double %a, double %b, double %c) {
  %m = fmul contract double %a, %b
  %s = fadd contract double %m, %c
  %t = fadd contract double %m, %s
  %m2 = fmul contract double %a, %c
  %u = fadd double %m2, %t
  ret double %u
}

; FMA-LABEL: define {{.*}}@vector(
; FMA: call <4 x float> @llvm.fma.v4f32(<4 x float> %a, <4 x float> %b, <4 x float> %c)
; NOFMA-LABEL: define {{.*}}@vector(
; NOFMA: %[[P:[0-9]+]] = fmul <4 x float> %a, %b
; NOFMA: fadd <4 x float> %[[P]], %c
define <4 x float> @vector(<4 x float> %a, <4 x float> %b, <4 x float> %c) {
  %r = call <4 x float> @llvm.fmuladd.v4f32(<4 x float> %a, <4 x float> %b, <4 x float> %c)
  ret <4 x float> %r
}

; half has no FMA instruction here: left unfused
; FMA-LABEL: define {{.*}}@small(
; FMA: %m = fmul half %a, %b
; FMA: %s = fadd half %m, %c
define half @small(half %a, half %b, half %c) {
  %m = fmul contract half %a, %b
  %s = fadd contract half %m, %c
  ret half %s
}

; Constant operands are not folded here (folding is the optimizer's, which
; knows the function's denormal mode); with debug locations, nothing breaks.
; NOFMA-LABEL: define {{.*}}@constants(
; NOFMA: %[[P:[0-9]+]] = fmul float 2.000000e+00, 3.000000e+00, !dbg
; NOFMA: fadd float %[[P]], %z, !dbg
; NOFMA: fmul float 0x3800000000000000, 5.000000e-01
; FMA-LABEL: define {{.*}}@constants(
; FMA: call float @llvm.fma.f32(float 2.000000e+00, float 3.000000e+00, float %z), !dbg
define float @constants(float %z, ptr %p) #0 !dbg !4 {
  %r = call float @llvm.fmuladd.f32(float 2.0, float 3.0, float %z), !dbg !5
  %tiny = fmul contract float 0x3800000000000000, 0.5, !dbg !5
  store float %tiny, ptr %p, !dbg !5
  ret float %r, !dbg !5
}
declare float @llvm.fmuladd.f32(float, float, float)
attributes #0 = { "denormal-fp-math"="preserve-sign,preserve-sign" }

; Code that no path reaches may use a value before its definition: no pair
; is fused across that.
; FMA-LABEL: define {{.*}}@unreachable(
; FMA: fadd float %m, %c
; FMA: fmul float %a, %b
define float @unreachable(float %a, float %b, float %c) {
  ret float %c
dead:
  %s = fadd contract float %m, %c
  %m = fmul contract float %a, %b
  %self = fmul contract float %self, %b
  %t = fadd contract float %self, %s
  ret float %t
}

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!1}
!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !2, producer: "t", emissionKind: FullDebug)
!1 = !{i32 2, !"Debug Info Version", i32 3}
!2 = !DIFile(filename: "c.c", directory: "/")
!3 = !DISubroutineType(types: !{})
!4 = distinct !DISubprogram(name: "constants", scope: !2, file: !2, line: 1, type: !3, spFlags: DISPFlagDefinition, unit: !0)
!5 = !DILocation(line: 2, column: 1, scope: !4)
