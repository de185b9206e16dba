; Functions that differ only in an fcmp's predicate must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define i1 @a(float %x, float %y) unnamed_addr {
  %r = fcmp olt float %x, %y
  ret i1 %r
}
define i1 @b(float %x, float %y) unnamed_addr {
  %r = fcmp ult float %x, %y
  ret i1 %r
}
define i1 @c(float %x, float %y) unnamed_addr {
  %r = fcmp olt float %x, %y
  ret i1 %r
}
