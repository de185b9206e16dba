; Functions that differ only in a floating-point constant's sign (0.0 and -0.0) must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define float @a(float %x) unnamed_addr {
  %r = fadd float %x, 0.0
  ret float %r
}
define float @b(float %x) unnamed_addr {
  %r = fadd float %x, -0.0
  ret float %r
}
define float @c(float %x) unnamed_addr {
  %r = fadd float %x, 0.0
  ret float %r
}
