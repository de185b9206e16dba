; A CPU name with features taken away (--cpu emeraldrapids --features
; -avx512fp16,...: what such a host is) holds for every function, the
; generated tiles too: they are compiled for the architecture's baseline CPU
; with their ISA level's features (tuned for the named CPU), never with
; features the name implies. AVX512-FP16 instructions would not run there.
; DEFINE: %{hidden} = +avx,+avx2,+fma,+f16c,+avx512f,+avx512cd,+avx512vl,+avx512dq,+avx512bw,+avx512vnni,-avx512bf16,-avx512fp16,-amx-tile,-amx-bf16,-amx-int8,-amx-fp16,-amx-complex
; RUN: %uklink %s --cpu emeraldrapids --features %{hidden} --emit=asm -o %t.s
; RUN: FileCheck %s < %t.s
; RUN: %uklink %s --cpu emeraldrapids --features %{hidden} --emit=ll -o %t.ll
; RUN: FileCheck --check-prefix=IR %s < %t.ll
; CHECK: callq iree_uk_mmt4d_f16f16f16_16x16x2_x86_64_avx512_base
; CHECK: callq iree_uk_mmt4d_bf16bf16f32_16x16x2_x86_64_avx512_base
; CHECK-NOT: {{vdpbf16ps|vcvtneps2bf16|vcvtne2ps2bf16|ph2psx|ps2phx|vcvtsh2ss|vcvtss2sh|vmovsh}}
; IR: define internal {{.*}}@iree_uk_mmt4d_f16f16f16_16x16x2_x86_64_avx512_base({{.*}}) {{.*}}#[[A:[0-9]+]]
; IR: attributes #[[A]] = {{{.*}}"target-cpu"="x86-64" {{.*}}"tune-cpu"="emeraldrapids"

target triple = "x86_64-unknown-linux-gnu"

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)

; f16 x f16 -> f16, 16x16x2: no prebuilt tile, generated
define void @f16_kernel(ptr %a, ptr %b, ptr %c, i64 %k, ptr %cpu) {
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 0, ptr %b, i64 0, i64 0, ptr %c, i64 0, i64 0, i64 1, i64 1, i64 %k, i32 16, i32 16, i32 2, i32 516, ptr %cpu)
  ret void
}

; bf16 x bf16 -> f32, 16x16x2: the prebuilt avx512_base tile, not avx512_bf16
define void @bf16_kernel(ptr %a, ptr %b, ptr %c, i64 %k, ptr %cpu) {
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 0, ptr %b, i64 0, i64 0, ptr %c, i64 0, i64 0, i64 1, i64 1, i64 %k, i32 16, i32 16, i32 2, i32 517, ptr %cpu)
  ret void
}
