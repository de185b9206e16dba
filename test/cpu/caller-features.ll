; Where a caller carries "target-cpu"/"target-features" (clang puts them on
; every function), the tile its ukernel call gets needs only features both
; the caller and the target have: a caller compiled for x86-64 runs on any
; x86-64, and so must its tile; one compiled for AVX-512 on a target without
; it gets the target's best. A caller without them gets the target's best.
; DEFINE: %{avx512} = +avx,+avx2,+fma,+f16c,+avx512f,+avx512cd,+avx512vl,+avx512dq,+avx512bw
; RUN: %uklink %s --cpu x86-64 --features %{avx512} --emit=ll -o %t.512.ll
; RUN: FileCheck --check-prefix=T512 %s < %t.512.ll
; T512: define {{.*}}@k_baseline({{.*}}
; T512-NEXT: call {{.*}}@iree_uk_mmt4d_f32f32f32_16x16x1_x86_64_base(
; T512: define {{.*}}@k_v3({{.*}}
; T512-NEXT: call {{.*}}@iree_uk_mmt4d_f32f32f32_16x16x1_x86_64_avx2_fma(
; T512: define {{.*}}@k_avx512({{.*}}
; T512-NEXT: call {{.*}}@iree_uk_mmt4d_f32f32f32_16x16x1_x86_64_avx512_base(
; T512: define {{.*}}@k_plain({{.*}}
; T512-NEXT: call {{.*}}@iree_uk_mmt4d_f32f32f32_16x16x1_x86_64_avx512_base(
; RUN: %uklink %s --cpu x86-64 --features +avx,+avx2,+fma,+f16c --emit=ll -o %t.v3.ll
; RUN: FileCheck --check-prefix=TV3 %s < %t.v3.ll
; TV3: define {{.*}}@k_avx512({{.*}}
; TV3-NEXT: call {{.*}}@iree_uk_mmt4d_f32f32f32_16x16x1_x86_64_avx2_fma(
; TV3-NOT: avx512_base(
; The generated base tile is compiled for x86-64 alone (no AVX), whatever
; the target has.
; RUN: %uklink %s --cpu x86-64 --features %{avx512} --emit=asm -o %t.512.s
; RUN: FileCheck --check-prefix=ASM %s < %t.512.s
; ASM: {{^}}iree_uk_mmt4d_f32f32f32_16x16x1_x86_64_base:
; ASM-NOT: {{ymm|zmm|vfmadd}}
; ASM: .Lfunc_end
;
; Run on this host (--cpu native, an AVX2 host or better): the callers that
; this host can run compute what the reference computes.
; REQUIRES: host-x86_64
; RUN: %uklink %s --cpu native -o %t.so
; RUN: printf 'k_baseline 1 16 16 1 0\nk_v3 1 16 16 1 0\nk_plain 1 16 16 1 0\n' > %t.list
; RUN: %mmt4d-test %t.so %t.list | FileCheck --check-prefix=OUT %s
; OUT: 3 kernels of {{.*}} checked, {{[0-9]+}} elements, 0 failures

target triple = "x86_64-unknown-linux-gnu"

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)

; clang -O2 (x86-64)
define void @k_baseline(ptr %lhs, i64 %lo, i64 %ls, ptr %rhs, i64 %ro, i64 %rs, ptr %out, i64 %oo, i64 %os, i64 %M, i64 %N, i64 %K, i32 %m0, i32 %n0, i32 %k0, i32 %flags, ptr %cpu) #0 {
  call void @iree_uk_mmt4d(ptr %lhs, i64 %lo, i64 %ls, ptr %rhs, i64 %ro, i64 %rs, ptr %out, i64 %oo, i64 %os, i64 %M, i64 %N, i64 %K, i32 16, i32 16, i32 1, i32 513, ptr %cpu)
  ret void
}

; clang -O2 -march=x86-64-v3
define void @k_v3(ptr %lhs, i64 %lo, i64 %ls, ptr %rhs, i64 %ro, i64 %rs, ptr %out, i64 %oo, i64 %os, i64 %M, i64 %N, i64 %K, i32 %m0, i32 %n0, i32 %k0, i32 %flags, ptr %cpu) #1 {
  call void @iree_uk_mmt4d(ptr %lhs, i64 %lo, i64 %ls, ptr %rhs, i64 %ro, i64 %rs, ptr %out, i64 %oo, i64 %os, i64 %M, i64 %N, i64 %K, i32 16, i32 16, i32 1, i32 513, ptr %cpu)
  ret void
}

; clang -O2 -march=skylake-avx512
define void @k_avx512(ptr %lhs, i64 %lo, i64 %ls, ptr %rhs, i64 %ro, i64 %rs, ptr %out, i64 %oo, i64 %os, i64 %M, i64 %N, i64 %K, i32 %m0, i32 %n0, i32 %k0, i32 %flags, ptr %cpu) #2 {
  call void @iree_uk_mmt4d(ptr %lhs, i64 %lo, i64 %ls, ptr %rhs, i64 %ro, i64 %rs, ptr %out, i64 %oo, i64 %os, i64 %M, i64 %N, i64 %K, i32 16, i32 16, i32 1, i32 513, ptr %cpu)
  ret void
}

; no attributes (IREE's dispatches)
define void @k_plain(ptr %lhs, i64 %lo, i64 %ls, ptr %rhs, i64 %ro, i64 %rs, ptr %out, i64 %oo, i64 %os, i64 %M, i64 %N, i64 %K, i32 %m0, i32 %n0, i32 %k0, i32 %flags, ptr %cpu) {
  call void @iree_uk_mmt4d(ptr %lhs, i64 %lo, i64 %ls, ptr %rhs, i64 %ro, i64 %rs, ptr %out, i64 %oo, i64 %os, i64 %M, i64 %N, i64 %K, i32 16, i32 16, i32 1, i32 513, ptr %cpu)
  ret void
}

attributes #0 = { "target-cpu"="x86-64" "target-features"="+cmov,+cx8,+fxsr,+mmx,+sse,+sse2,+x87" "tune-cpu"="generic" }
attributes #1 = { "target-cpu"="x86-64-v3" "target-features"="+avx,+avx2,+bmi,+bmi2,+cmov,+crc32,+cx16,+cx8,+f16c,+fma,+fxsr,+lzcnt,+mmx,+movbe,+popcnt,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave" "tune-cpu"="generic" }
attributes #2 = { "target-cpu"="skylake-avx512" "target-features"="+adx,+aes,+avx,+avx2,+avx512bw,+avx512cd,+avx512dq,+avx512f,+avx512vl,+bmi,+bmi2,+clflushopt,+clwb,+cmov,+crc32,+cx16,+cx8,+f16c,+fma,+fsgsbase,+fxsr,+invpcid,+lzcnt,+mmx,+movbe,+pclmul,+pku,+popcnt,+prfchw,+rdrnd,+rdseed,+sahf,+sse,+sse2,+sse3,+sse4.1,+sse4.2,+ssse3,+x87,+xsave,+xsavec,+xsaveopt,+xsaves" "tune-cpu"="generic" }
