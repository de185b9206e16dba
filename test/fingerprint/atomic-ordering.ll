; Functions that differ only in an atomic load's ordering must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define i32 @a(ptr %p) unnamed_addr {
  %r = load atomic i32, ptr %p monotonic, align 4
  ret i32 %r
}
define i32 @b(ptr %p) unnamed_addr {
  %r = load atomic i32, ptr %p acquire, align 4
  ret i32 %r
}
define i32 @c(ptr %p) unnamed_addr {
  %r = load atomic i32, ptr %p monotonic, align 4
  ret i32 %r
}
