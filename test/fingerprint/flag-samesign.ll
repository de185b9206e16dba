; Functions that differ only in an icmp's samesign flag must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define i1 @a(i32 %x, i32 %y) unnamed_addr {
  %r = icmp samesign ult i32 %x, %y
  ret i1 %r
}
define i1 @b(i32 %x, i32 %y) unnamed_addr {
  %r = icmp ult i32 %x, %y
  ret i1 %r
}
define i1 @c(i32 %x, i32 %y) unnamed_addr {
  %r = icmp samesign ult i32 %x, %y
  ret i1 %r
}
