; Functions that differ only in a GEP's source element type must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define ptr @a(ptr %p, i64 %i) unnamed_addr {
  %r = getelementptr float, ptr %p, i64 %i
  ret ptr %r
}
define ptr @b(ptr %p, i64 %i) unnamed_addr {
  %r = getelementptr i32, ptr %p, i64 %i
  ret ptr %r
}
define ptr @c(ptr %p, i64 %i) unnamed_addr {
  %r = getelementptr float, ptr %p, i64 %i
  ret ptr %r
}
