; Functions that differ only in one lane of a vector constant must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define <4 x i32> @a(<4 x i32> %x) unnamed_addr {
  %r = add <4 x i32> %x, <i32 1, i32 2, i32 3, i32 4>
  ret <4 x i32> %r
}
define <4 x i32> @b(<4 x i32> %x) unnamed_addr {
  %r = add <4 x i32> %x, <i32 1, i32 2, i32 3, i32 5>
  ret <4 x i32> %r
}
define <4 x i32> @c(<4 x i32> %x) unnamed_addr {
  %r = add <4 x i32> %x, <i32 1, i32 2, i32 3, i32 4>
  ret <4 x i32> %r
}
