; range(...) has no C accessor: the fingerprint reads it from a printed
; scratch declaration, so equal ranges merge and different ones do not.
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK: "unmergeable": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]

define range(i32 0, 10) i32 @a(i32 %x) unnamed_addr {
  ret i32 %x
}
define range(i32 0, 11) i32 @b(i32 %x) unnamed_addr {
  ret i32 %x
}
define range(i32 0, 10) i32 @c(i32 %x) unnamed_addr {
  ret i32 %x
}
