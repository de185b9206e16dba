; Functions that differ only in the content of a private constant must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

@g1 = private unnamed_addr constant [2 x i32] [i32 1, i32 2]
@g2 = private unnamed_addr constant [2 x i32] [i32 1, i32 3]
define i32 @a(i64 %i) unnamed_addr {
  %p = getelementptr [2 x i32], ptr @g1, i64 0, i64 %i
  %r = load i32, ptr %p, align 4
  ret i32 %r
}
define i32 @b(i64 %i) unnamed_addr {
  %p = getelementptr [2 x i32], ptr @g2, i64 0, i64 %i
  %r = load i32, ptr %p, align 4
  ret i32 %r
}
define i32 @c(i64 %i) unnamed_addr {
  %p = getelementptr [2 x i32], ptr @g1, i64 0, i64 %i
  %r = load i32, ptr %p, align 4
  ret i32 %r
}
