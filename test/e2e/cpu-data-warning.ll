; IREE's dispatch modules do not name the CPU they were compiled for, but
; their ukernel calls' constant cpu_data[0] does. When the target is not
; known to have those features, uklink warns (the code is correct, and
; slower) and still builds; with the features given, it says nothing.
; RUN: rm -rf %t && mkdir %t
; RUN: %uklink %s -o %t/generic.so 2> %t/warn
; RUN: FileCheck %s < %t/warn
; RUN: count 1 < %t/warn
; RUN: ls %t/generic.so
; CHECK: uklink: warning: target x86_64-unknown-unknown-eabi-elf: the inputs were compiled for a CPU with +avx,+fma,+f16c,+avx2 (their ukernel calls' cpu_data), which uklink's target (cpu 'generic') is not known to have: the code runs, but slower; give --cpu native, or --features
; RUN: %uklink %s --features +avx,+fma,+f16c,+avx2 -o %t/avx2.so 2> %t/quiet
; RUN: count 0 < %t/quiet
; Only the features missing are named.
; RUN: %uklink %s --features +avx,+avx2 -o %t/some.so 2> %t/some
; RUN: FileCheck --check-prefix=SOME %s < %t/some
; SOME: with +fma,+f16c (their

target triple = "x86_64-unknown-unknown-eabi-elf"

declare i32 @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)

; as IREE emits it: an 8 x i64 stack buffer, field 0 stored as a constant
; (bits 10, 11, 14, 15: avx, fma, f16c, avx2)
define internal i32 @kernel(ptr %a, ptr %b, ptr %c, i64 %k) {
  %cpu = alloca [8 x i64], align 8
  store i64 52224, ptr %cpu, align 8
  %r = call i32 @iree_uk_mmt4d(ptr %a, i64 0, i64 0, ptr %b, i64 0, i64 0, ptr %c, i64 0, i64 0, i64 1, i64 1, i64 %k, i32 8, i32 8, i32 1, i32 513, ptr %cpu)
  ret i32 %r
}

@table = internal constant [1 x ptr] [ptr @kernel]

define ptr @iree_hal_executable_library_query(i32 %version, ptr %env) {
  ret ptr @table
}
