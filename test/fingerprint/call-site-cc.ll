; Functions that differ only in a call's calling convention must not merge; the exact twin @c of
; @a must (so the test can fail).
; RUN: %uklink %s -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK-NEXT: "merged_after_opt": 0,
; CHECK: "canonical": "a", "members": ["{{.*}}:a", "{{.*}}:c"]
; CHECK-NOT: "canonical"

declare fastcc void @ext()
declare void @ext_c()
define void @a() unnamed_addr {
  call fastcc void @ext()
  ret void
}
define void @b() unnamed_addr {
  call void @ext()
  ret void
}
define void @c() unnamed_addr {
  call fastcc void @ext()
  ret void
}
