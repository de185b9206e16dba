; --cpu native means what the host really has (CPUID), not what LLVM's name
; for its CPU implies. Simulated: a Xeon that LLVM names emeraldrapids whose
; hypervisor hides AVX512-BF16, AVX512-FP16 and AMX (the name implies them).
; The triple names the host's architecture and OS with another vendor: it is
; the host, so it gets the host's CPU by default.
; REQUIRES: host-x86_64
; DEFINE: %{hidden} = +64bit,+sse,+sse2,+sse3,+ssse3,+sse4.1,+sse4.2,+avx,+avx2,+fma,+f16c,+bmi,+bmi2,+popcnt,+avx512f,+avx512cd,+avx512vl,+avx512dq,+avx512bw,+avx512vnni,+avx512vbmi,+avx512vbmi2,+avx512ifma,+avx512bitalg,+avx512vpopcntdq,-avx512bf16,-avx512fp16,-amx-tile,-amx-bf16,-amx-int8,-amx-fp16,-amx-complex
; DEFINE: %{full} = %{hidden},+avx512bf16,+avx512fp16
; RUN: rm -rf %t && mkdir %t
; RUN: %simulated-host emeraldrapids %{hidden} -o %t/default.s --emit=asm %s 2> %t/default.err
; RUN: FileCheck --check-prefix=HIDDEN %s < %t/default.s
; RUN: %simulated-host emeraldrapids %{hidden} --cpu native -o %t/native.s --emit=asm %s 2> %t/native.err
; RUN: FileCheck --check-prefix=HIDDEN %s < %t/native.s
; Every tile generated, too.
; RUN: %simulated-host emeraldrapids %{hidden} --cpu native --generate-all -o %t/gen.s --emit=asm %s
; RUN: FileCheck --check-prefix=HIDDEN-GEN %s < %t/gen.s
; --features comes after the host's features: it can take one away.
; RUN: %simulated-host emeraldrapids %{hidden} --cpu native --features -avx512f -o %t/no512.s --emit=asm %s
; RUN: FileCheck --check-prefix=NO512 %s < %t/no512.s
; The control: the same CPU with AVX512-BF16 and AVX512-FP16 gets the bf16
; tile and its vdpbf16ps, and AVX512-FP16 conversions where LLVM likes them.
; RUN: %simulated-host emeraldrapids %{full} --cpu native -o %t/full.s --emit=asm %s 2> %t/full.err
; RUN: FileCheck --check-prefix=FULL %s < %t/full.s
;
; HIDDEN: callq iree_uk_mmt4d_bf16bf16f32_16x16x2_x86_64_avx512_base
; HIDDEN: callq iree_uk_mmt4d_f16f16f16_16x16x1_x86_64_avx512_base
; HIDDEN-NOT: {{vdpbf16ps|vcvtneps2bf16|vcvtne2ps2bf16|ph2psx|ps2phx|vcvtsh2ss|vcvtss2sh|vmovsh|tdpbf16ps}}
; HIDDEN-GEN-NOT: {{vdpbf16ps|vcvtneps2bf16|vcvtne2ps2bf16|ph2psx|ps2phx|vcvtsh2ss|vcvtss2sh|vmovsh|tdpbf16ps}}
; NO512: callq iree_uk_mmt4d_bf16bf16f32_16x16x2_x86_64_avx2_fma
; NO512: callq iree_uk_mmt4d_f16f16f16_16x16x1_x86_64_avx2_fma
; NO512-NOT: zmm
; FULL: callq iree_uk_mmt4d_bf16bf16f32_16x16x2_x86_64_avx512_bf16
; FULL: vdpbf16ps
;
; The inputs' cpu_data says AVX512-BF16, which this host lacks: with --cpu
; native (given or by default) the warning does not ask for --cpu native.
; RUN: FileCheck --check-prefix=WARN %s < %t/native.err
; RUN: FileCheck --check-prefix=WARN %s < %t/default.err
; WARN: warning: target x86_64-unknown-linux-gnu: the inputs were compiled for a CPU with +avx512bf16 (their ukernel calls' cpu_data), which this host's CPU (emeraldrapids) does not have (CPUID)
; WARN-NOT: give --cpu native
; RUN: count 0 < %t/full.err

target triple = "x86_64-unknown-linux-gnu"

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)

; bf16 x bf16 -> f32, 16x16x2, cpu_data as IREE stores it: AVX-512 with VNNI and BF16
define void @bf16_kernel(ptr %a, ptr %b, ptr %c, i64 %k) {
  %cpu = alloca [8 x i64], align 8
  store i64 2448477184, ptr %cpu, align 8
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 0, ptr %b, i64 0, i64 0, ptr %c, i64 0, i64 0, i64 1, i64 1, i64 %k, i32 16, i32 16, i32 2, i32 517, ptr %cpu)
  ret void
}

; f16 x f16 -> f16, 16x16x1: no prebuilt tile, generated
define void @f16_kernel(ptr %a, ptr %b, ptr %c, i64 %k, ptr %cpu) {
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 0, ptr %b, i64 0, i64 0, ptr %c, i64 0, i64 0, i64 1, i64 1, i64 %k, i32 16, i32 16, i32 1, i32 516, ptr %cpu)
  ret void
}
