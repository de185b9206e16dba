; What the C API cannot read about a referenced symbol (here a variable's
; code_model) makes the function that refers to it unmergeable, with a
; reason, rather than merged with one whose module says otherwise.
; RUN: rm -rf %t && split-file %s %t
; RUN: %uklink %t/a.ll %t/b.ll -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 0,
; CHECK: "refers to a symbol with a property the C API cannot read {{.*}}": 1

;--- a.ll
@s = external global i32
define i32 @a() unnamed_addr {
  %r = load i32, ptr @s, align 4
  ret i32 %r
}

;--- b.ll
@s = external global i32, code_model "large"
define i32 @b() unnamed_addr {
  %r = load i32, ptr @s, align 4
  ret i32 %r
}
