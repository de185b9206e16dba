; Functions that differ only in an atomic store's sync scope must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define void @a(ptr %p) unnamed_addr {
  store atomic i32 1, ptr %p syncscope("singlethread") release, align 4
  ret void
}
define void @b(ptr %p) unnamed_addr {
  store atomic i32 1, ptr %p release, align 4
  ret void
}
define void @c(ptr %p) unnamed_addr {
  store atomic i32 1, ptr %p syncscope("singlethread") release, align 4
  ret void
}
