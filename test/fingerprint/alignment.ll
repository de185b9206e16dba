; Functions that differ only in a load's alignment must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define float @a(ptr %p) unnamed_addr {
  %r = load float, ptr %p, align 4
  ret float %r
}
define float @b(ptr %p) unnamed_addr {
  %r = load float, ptr %p, align 16
  ret float %r
}
define float @c(ptr %p) unnamed_addr {
  %r = load float, ptr %p, align 4
  ret float %r
}
