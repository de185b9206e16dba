; Functions that differ only in a trunc's nuw flag must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define i8 @a(i32 %x) unnamed_addr {
  %r = trunc nuw i32 %x to i8
  ret i8 %r
}
define i8 @b(i32 %x) unnamed_addr {
  %r = trunc i32 %x to i8
  ret i8 %r
}
define i8 @c(i32 %x) unnamed_addr {
  %r = trunc nuw i32 %x to i8
  ret i8 %r
}
