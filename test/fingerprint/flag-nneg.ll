; Functions that differ only in a zext's nneg flag must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define i64 @a(i32 %x) unnamed_addr {
  %r = zext nneg i32 %x to i64
  ret i64 %r
}
define i64 @b(i32 %x) unnamed_addr {
  %r = zext i32 %x to i64
  ret i64 %r
}
define i64 @c(i32 %x) unnamed_addr {
  %r = zext nneg i32 %x to i64
  ret i64 %r
}
