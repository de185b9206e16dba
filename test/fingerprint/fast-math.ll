; Functions that differ only in fast-math flags must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define float @a(float %x, float %y) unnamed_addr {
  %r = fadd nnan float %x, %y
  ret float %r
}
define float @b(float %x, float %y) unnamed_addr {
  %r = fadd ninf float %x, %y
  ret float %r
}
define float @c(float %x, float %y) unnamed_addr {
  %r = fadd nnan float %x, %y
  ret float %r
}
