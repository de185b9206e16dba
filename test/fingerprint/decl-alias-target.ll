; A body that calls an alias calls what the alias stands for in its module:
; functions whose modules' (weak) aliases @s point at different bodies must
; not merge; the exact twin c.ll:c of a.ll:a must (so the test can fail).
; RUN: rm -rf %t && split-file %s %t
; RUN: %uklink %t/a.ll %t/b.ll %t/c.ll -O0 --emit=ll -o %t.ll --report %t.json
; RUN: FileCheck %s < %t.json
; (a.ll:impl and c.ll:impl merge as well)
; CHECK: "merged": 2,
; CHECK: "canonical": "a", "members": ["{{[^"]*}}a.ll:a", "{{[^"]*}}c.ll:c"]
; CHECK-NOT: "canonical": "a", "members": ["{{[^"]*}}a.ll:a", "{{[^"]*}}b.ll

;--- a.ll
@s = weak alias i32 (), ptr @impl
define internal i32 @impl() unnamed_addr {
  ret i32 1
}
define i32 @a() unnamed_addr {
  %r = call i32 @s()
  ret i32 %r
}

;--- b.ll
@s = weak alias i32 (), ptr @impl
define internal i32 @impl() unnamed_addr {
  ret i32 2
}
define i32 @b() unnamed_addr {
  %r = call i32 @s()
  ret i32 %r
}

;--- c.ll
@s = weak alias i32 (), ptr @impl
define internal i32 @impl() unnamed_addr {
  ret i32 1
}
define i32 @c() unnamed_addr {
  %r = call i32 @s()
  ret i32 %r
}
