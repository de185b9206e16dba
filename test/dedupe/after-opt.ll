; Functions that differ before optimization but are identical after it merge
; in the second round, so the body is compiled once.
; RUN: %uklink %s -O2 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck --check-prefix=REPORT %s < %t.json
; RUN: FileCheck --check-prefix=IR %s < %t.ll
; REPORT: "merged": 0,
; REPORT-NEXT: "merged_after_opt": 1,
; REPORT: "functions_compiled": 1,
; REPORT: "after_opt": true, "canonical": "double_it", "members": ["double_it", "twice"]
; IR: @twice = {{.*}}alias i32 (i32), ptr @double_it

define i32 @double_it(i32 %x) unnamed_addr {
  %r = shl i32 %x, 1
  ret i32 %r
}
define i32 @twice(i32 %x) unnamed_addr {
  %a = add i32 %x, 0
  %r = mul i32 %a, 2
  ret i32 %r
}
