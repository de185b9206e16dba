; Functions that differ only in the return type must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define i32 @a() unnamed_addr {
  ret i32 0
}
define i64 @b() unnamed_addr {
  ret i64 0
}
define i32 @c() unnamed_addr {
  ret i32 0
}
