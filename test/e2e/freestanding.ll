; A triple with no operating system (IREE's embedded ELF executables use
; x86_64-unknown-unknown-eabi-elf) gets shared objects a loader without a libc
; can take: no imports and no NEEDED entries, a SysV hash table (IREE's loader
; reads the symbol count from DT_HASH), every relocation bound at load, no
; build id. The ukernel tiles, generated ones included, must not call into a
; libc either: here a generic x86-64 CPU has no FMA instruction.
; RUN: rm -rf %t && mkdir %t
; RUN: %uklink %s -o %t/generic.so
; RUN: %uklink %s --generate-all -o %t/generated.so
; RUN: %uklink %s --out-dir %t/each
; RUN: llvm-readelf -d %t/generic.so | FileCheck --check-prefix=DYN %s
; RUN: llvm-readelf -d %t/generated.so | FileCheck --check-prefix=DYN %s
; RUN: llvm-readelf -d %t/each/freestanding.so | FileCheck --check-prefix=DYN %s
; DYN-NOT: NEEDED
; DYN-NOT: GNU_HASH
; DYN: (FLAGS) BIND_NOW
; DYN-NOT: NEEDED
; DYN-NOT: GNU_HASH
; DYN: (HASH)
; DYN-NOT: NEEDED
; DYN-NOT: GNU_HASH
; RUN: llvm-nm -D --undefined-only %t/generic.so | count 0
; RUN: llvm-nm -D --undefined-only %t/generated.so | count 0
; RUN: llvm-nm -D --undefined-only %t/each/freestanding.so | count 0
; RUN: llvm-readelf -n %t/generic.so | count 0
; The generated tile is the one called, and it is for the base ISA level;
; without FMA its fmuladd is settled as an fmul and an fadd (no fma call,
; which would be fmaf's).
; RUN: %uklink %s --generate-all --emit=ll -o - | FileCheck --check-prefix=IR %s --implicit-check-not=fmaf --implicit-check-not=llvm.fma
; IR: call {{.*}}@iree_uk_mmt4d_f32f32f32_16x16x1_x86_64_base(
; IR: fmul
; A call that only a libc could satisfy is one line naming the symbol.
; RUN: not %uklink %S/Inputs/freestanding-libcall.ll -o %t/libcall.so 2> %t/err
; RUN: FileCheck --check-prefix=ERR %s < %t/err
; RUN: count 1 < %t/err
; RUN: not ls %t/libcall.so
; ERR: uklink: error: {{.*}}libcall.so: lld: undefined symbol: expf (a target with no operating system has no libc to define it)

target triple = "x86_64-unknown-unknown-eabi-elf"

declare i32 @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)

@cpu_data = internal constant [8 x i64] zeroinitializer

; a constant f32 16x16x1 call: a specialized (base, or generated) tile
define internal i32 @f32_kernel(ptr %a, ptr %b, ptr %c, i64 %k) {
  %r = call i32 @iree_uk_mmt4d(ptr %a, i64 0, i64 0, ptr %b, i64 0, i64 0, ptr %c, i64 0, i64 0, i64 1, i64 1, i64 %k, i32 16, i32 16, i32 1, i32 513, ptr @cpu_data)
  ret i32 %r
}

; flags known only at run time: runtime selection, every tile the library has
define internal i32 @any_kernel(ptr %a, ptr %b, ptr %c, i64 %k, i32 %m0, i32 %n0, i32 %k0, i32 %flags) {
  %r = call i32 @iree_uk_mmt4d(ptr %a, i64 0, i64 0, ptr %b, i64 0, i64 0, ptr %c, i64 0, i64 0, i64 1, i64 1, i64 %k, i32 %m0, i32 %n0, i32 %k0, i32 %flags, ptr @cpu_data)
  ret i32 %r
}

@table = internal constant [2 x ptr] [ptr @f32_kernel, ptr @any_kernel]

define ptr @iree_hal_executable_library_query(i32 %version, ptr %env) {
  ret ptr @table
}
