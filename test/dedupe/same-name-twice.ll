; The same external definition in two inputs (identical) is kept once.
; RUN: %uklink %s %S/Inputs/same-name.ll -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.ll
; CHECK-COUNT-1: @shared_fn = unnamed_addr alias

define i32 @shared_fn(i32 %x) unnamed_addr {
  %r = xor i32 %x, 5
  ret i32 %r
}
