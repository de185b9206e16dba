; Functions using module-local mutable state are never merged: merging would
; share the state.
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 0,
; CHECK: "refers to a module-local global by address": 2

@counter1 = internal global i32 0
@counter2 = internal global i32 0
define i32 @next1() unnamed_addr {
  %v = load i32, ptr @counter1
  %n = add i32 %v, 1
  store i32 %n, ptr @counter1
  ret i32 %n
}
define i32 @next2() unnamed_addr {
  %v = load i32, ptr @counter2
  %n = add i32 %v, 1
  store i32 %n, ptr @counter2
  ret i32 %n
}
