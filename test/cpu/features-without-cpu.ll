; A function with "target-features" but no "target-cpu" gets the target's
; CPU name from LLVM, and every feature that name implies. The target's
; features that take one away ("-avx512fp16": what a host that LLVM names
; emeraldrapids and whose hypervisor hides AVX512-FP16 is) hold for it too:
; its f16 conversions are F16C's, not AVX512-FP16's. What a function asks for
; itself still wins.
; DEFINE: %{hidden} = +avx,+avx2,+fma,+f16c,+avx512f,+avx512cd,+avx512vl,+avx512dq,+avx512bw,-avx512bf16,-avx512fp16,-amx-tile,-amx-bf16,-amx-int8,-amx-fp16
; RUN: %uklink %s --cpu emeraldrapids --features %{hidden} --emit=asm -o %t.s
; RUN: FileCheck %s < %t.s
; The same with --cpu native on a simulated host of that kind.
; REQUIRES: host-x86_64
; RUN: %simulated-host emeraldrapids %{hidden} --cpu native --emit=asm -o %t.native.s %s
; RUN: FileCheck %s < %t.native.s
; CHECK-LABEL: narrow:
; CHECK: {{vcvtps2ph[[:space:]]}}
; CHECK-NOT: {{ps2phx|vcvtss2sh|vmovsh}}
; CHECK-LABEL: narrow_fp16:
; CHECK: vcvtps2phx

target triple = "x86_64-unknown-linux-gnu"

define <16 x half> @narrow(<16 x float> %x) #0 {
  %h = fptrunc <16 x float> %x to <16 x half>
  ret <16 x half> %h
}

define <16 x half> @narrow_fp16(<16 x float> %x) #1 {
  %h = fptrunc <16 x float> %x to <16 x half>
  ret <16 x half> %h
}

attributes #0 = { "target-features"="+avx2,+f16c,+avx512f,+avx512vl" }
attributes #1 = { "target-features"="+avx2,+f16c,+avx512f,+avx512vl,+avx512fp16" }
