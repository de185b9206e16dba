; Functions that differ only in a cmpxchg's weak flag must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

define i1 @a(ptr %p) unnamed_addr {
  %r = cmpxchg weak ptr %p, i32 0, i32 1 seq_cst seq_cst, align 4
  %s = extractvalue { i32, i1 } %r, 1
  ret i1 %s
}
define i1 @b(ptr %p) unnamed_addr {
  %r = cmpxchg ptr %p, i32 0, i32 1 seq_cst seq_cst, align 4
  %s = extractvalue { i32, i1 } %r, 1
  ret i1 %s
}
define i1 @c(ptr %p) unnamed_addr {
  %r = cmpxchg weak ptr %p, i32 0, i32 1 seq_cst seq_cst, align 4
  %s = extractvalue { i32, i1 } %r, 1
  ret i1 %s
}
