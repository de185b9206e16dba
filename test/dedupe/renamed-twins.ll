; Two functions that differ only in their names and value names merge.
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck --check-prefix=REPORT %s < %t.json
; RUN: FileCheck --check-prefix=IR %s < %t.ll
; REPORT: "merged": 1,
; IR: @first = unnamed_addr alias i32 (i32), ptr @[[K:first.uk.[0-9a-f]+]]
; IR: @second = unnamed_addr alias i32 (i32), ptr @[[K]]
; IR-COUNT-1: define internal i32 @

define i32 @first(i32 %x) unnamed_addr {
  %sum = add nsw i32 %x, 3
  ret i32 %sum
}
define i32 @second(i32 %input) unnamed_addr {
  %t = add nsw i32 %input, 3
  ret i32 %t
}
