; Functions that differ only in a function attribute must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define i32 @a(i32 %x) unnamed_addr {
  %r = add i32 %x, 1
  ret i32 %r
}
define i32 @b(i32 %x) unnamed_addr "target-cpu"="skylake" {
  %r = add i32 %x, 1
  ret i32 %r
}
define i32 @c(i32 %x) unnamed_addr {
  %r = add i32 %x, 1
  ret i32 %r
}
