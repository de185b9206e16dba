; An input triple that names the host's architecture and OS with another
; vendor (x86_64-unknown-linux-gnu on an x86_64-pc-linux-gnu host) is the
; host: it gets the host's CPU and features by default, so the f32 8x8x1
; call goes to the AVX2 tile every x86-64 host of the suite has, not to one
; for a generic x86-64 (6x slower). The library's kernel then computes what
; the reference computes.
; REQUIRES: host-x86_64
; RUN: %uklink %s --emit=ll -o %t.ll
; RUN: FileCheck %s < %t.ll
; CHECK: call {{.*}}@iree_uk_mmt4d_f32f32f32_8x8x1_x86_64_avx2_fma(
; RUN: %uklink %s -o %t.so
; RUN: echo "k_f32_8x8x1 1 8 8 1 0" > %t.list
; RUN: %mmt4d-test %t.so %t.list | FileCheck --check-prefix=OUT %s
; OUT: 1 kernels of {{.*}} checked, {{[0-9]+}} elements, 0 failures

target triple = "x86_64-unknown-linux-gnu"

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)

define void @k_f32_8x8x1(ptr %lhs, i64 %lo, i64 %ls, ptr %rhs, i64 %ro, i64 %rs, ptr %out, i64 %oo, i64 %os, i64 %M, i64 %N, i64 %K, i32 %m0, i32 %n0, i32 %k0, i32 %flags, ptr %cpu) {
  call void @iree_uk_mmt4d(ptr %lhs, i64 %lo, i64 %ls, ptr %rhs, i64 %ro, i64 %rs, ptr %out, i64 %oo, i64 %os, i64 %M, i64 %N, i64 %K, i32 8, i32 8, i32 1, i32 513, ptr %cpu)
  ret void
}
