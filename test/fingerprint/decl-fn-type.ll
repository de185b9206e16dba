; A body that refers to a symbol by name depends on what its module declares
; about it: functions whose modules' declarations differ only in function type
; must not merge; the exact twin c.ll:c of a.ll:a must (so the test can fail).
; RUN: rm -rf %t && split-file %s %t
; RUN: %uklink %t/a.ll %t/b.ll %t/c.ll -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; CHECK: "merged": 1,
; CHECK: "canonical": "a", "members": ["{{[^"]*}}a.ll:a", "{{[^"]*}}c.ll:c"]
; CHECK-NOT: "canonical": "a", "members": ["{{[^"]*}}a.ll:a", "{{[^"]*}}b.ll

;--- a.ll
declare i32 @s()
define i32 @a() unnamed_addr {
  %r = call i32 @s()
  ret i32 %r
}

;--- b.ll
declare i32 @s(i32)
define i32 @b() unnamed_addr {
  %r = call i32 @s()
  ret i32 %r
}

;--- c.ll
declare i32 @s()
define i32 @c() unnamed_addr {
  %r = call i32 @s()
  ret i32 %r
}
