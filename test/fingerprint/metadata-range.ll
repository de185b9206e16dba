; Functions that differ only in !range metadata on a load must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define i32 @a(ptr %p) unnamed_addr {
  %r = load i32, ptr %p, align 4, !range !0
  ret i32 %r
}
define i32 @b(ptr %p) unnamed_addr {
  %r = load i32, ptr %p, align 4, !range !1
  ret i32 %r
}
define i32 @c(ptr %p) unnamed_addr {
  %r = load i32, ptr %p, align 4, !range !0
  ret i32 %r
}

!0 = !{i32 0, i32 10}
!1 = !{i32 0, i32 11}
!2 = !{i32 1}
