; Functions that differ only in the external global read must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

@ga = external global i32
@gb = external global i32
define i32 @a() unnamed_addr {
  %r = load i32, ptr @ga, align 4
  ret i32 %r
}
define i32 @b() unnamed_addr {
  %r = load i32, ptr @gb, align 4
  ret i32 %r
}
define i32 @c() unnamed_addr {
  %r = load i32, ptr @ga, align 4
  ret i32 %r
}
