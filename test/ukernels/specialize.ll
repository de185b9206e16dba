; A call with a constant tile shape and flags goes straight to the most
; specialized prebuilt tile entry the target's features allow, or else to a
; generated one for the best ISA level the target has; no runtime selection is
; left, and the tile stays a function of its own (compiled once, called: not
; inlined into the kernel).
; The names checked are the prebuilt tiles'.
; UNSUPPORTED: generate-all
; RUN: %uklink %s --target x86_64-unknown-linux-gnu --cpu x86-64 --features +avx2,+fma,+f16c,+avx512f,+avx512cd,+avx512vl,+avx512dq,+avx512bw,+avx512vnni --emit=ll -o %t.vnni.ll
; RUN: FileCheck --check-prefix=VNNI %s < %t.vnni.ll
; RUN: %uklink %s --target x86_64-unknown-linux-gnu --cpu x86-64 --features +avx2,+fma,+f16c,+avx512f,+avx512cd,+avx512vl,+avx512dq,+avx512bw --emit=ll -o %t.base.ll
; RUN: FileCheck --check-prefix=BASE %s < %t.base.ll
; RUN: %uklink %s --target x86_64-unknown-linux-gnu --cpu x86-64 --features +avx2,+fma,+f16c --emit=ll -o %t.avx2.ll
; RUN: FileCheck --check-prefix=AVX2 %s < %t.avx2.ll
; VNNI: call {{.*}}void @iree_uk_mmt4d_f32f32f32_16x16x1_x86_64_avx512_base(
; VNNI: call {{.*}}void @iree_uk_mmt4d_s8s8s32_16x16x2_x86_64_avx512_vnni(
; VNNI-NOT: call {{.*}}@iree_uk_mmt4d(
; VNNI: define internal {{.*}}void @iree_uk_mmt4d_f32f32f32_16x16x1_x86_64_avx512_base(
; BASE: call {{.*}}void @iree_uk_mmt4d_s8s8s32_16x16x2_x86_64_avx512_base(
; AVX2: call {{.*}}void @iree_uk_mmt4d_f32f32f32_16x16x1_x86_64_avx2_fma(
; AVX2: call {{.*}}void @iree_uk_mmt4d_s8s8s32_16x16x2_x86_64_avx2_fma(
; AVX2-NOT: avx512
; AVX2: define internal {{.*}}void @iree_uk_mmt4d_f32f32f32_16x16x1_x86_64_avx2_fma(

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)

define void @f32_kernel(ptr %a, ptr %b, ptr %c, i64 %k, ptr %cpu) {
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 0, ptr %b, i64 0, i64 0, ptr %c, i64 0, i64 0, i64 1, i64 1, i64 %k, i32 16, i32 16, i32 1, i32 513, ptr %cpu)
  ret void
}

define void @s8_kernel(ptr %a, ptr %b, ptr %c, i64 %k, ptr %cpu) {
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 0, ptr %b, i64 0, i64 0, ptr %c, i64 0, i64 0, i64 1, i64 1, i64 %k, i32 16, i32 16, i32 2, i32 514, ptr %cpu)
  ret void
}

; Cross targets pick their own ISA levels.
; RUN: %uklink %s --target aarch64-unknown-linux-gnu --features +dotprod --emit=ll -o %t.a64.ll
; RUN: FileCheck --check-prefix=A64 %s < %t.a64.ll
; A64: call {{.*}}void @iree_uk_mmt4d_f32f32f32_16x16x1_aarch64_neon(
; A64: call {{.*}}void @iree_uk_mmt4d_s8s8s32_16x16x2_aarch64_neon(
; RUN: %uklink %S/Inputs/arm-s8.ll --target aarch64-unknown-linux-gnu --features +dotprod,+i8mm --emit=ll -o %t.a64b.ll
; RUN: FileCheck --check-prefix=A64B %s < %t.a64b.ll
; A64B: call {{.*}}void @iree_uk_mmt4d_s8s8s32_8x8x4_aarch64_neon_dotprod(
; A64B: call {{.*}}void @iree_uk_mmt4d_s8s8s32_8x8x8_aarch64_neon_i8mm(
; A64B: call {{.*}}void @iree_uk_mmt4d_f32f32f32_8x8x1_aarch64_neon(
; RUN: %uklink %S/Inputs/arm-s8.ll --target riscv64-unknown-linux-gnu --features +m,+a,+f,+d,+c,+v --emit=ll -o %t.rv.ll
; RUN: FileCheck --check-prefix=RV %s < %t.rv.ll
; RV: call {{.*}}void @iree_uk_mmt4d_s8s8s32_8x8x4_riscv64_rvv(
; RV: call {{.*}}void @iree_uk_mmt4d_s8s8s32_8x8x8_riscv64_rvv(
; RV: call {{.*}}void @iree_uk_mmt4d_f32f32f32_8x8x1_riscv64_rvv(
