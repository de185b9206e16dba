; Functions that differ only in !nontemporal metadata on a store must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define void @a(ptr %p) unnamed_addr {
  store i32 0, ptr %p, align 4, !nontemporal !2
  ret void
}
define void @b(ptr %p) unnamed_addr {
  store i32 0, ptr %p, align 4
  ret void
}
define void @c(ptr %p) unnamed_addr {
  store i32 0, ptr %p, align 4, !nontemporal !2
  ret void
}

!0 = !{i32 0, i32 10}
!1 = !{i32 0, i32 11}
!2 = !{i32 1}
