; decl-differs.test: the same bodies as decl-a.ll, whose declarations say
; less: each call to @counter and each load of @limit counts.
declare i32 @counter()
declare void @bump()
@limit = external global i32

define i32 @twice_b() {
  %x = call i32 @counter()
  %y = call i32 @counter()
  %r = add i32 %x, %y
  ret i32 %r
}
define i32 @reload_b() {
  %x = load i32, ptr @limit, align 4
  call void @bump()
  %y = load i32, ptr @limit, align 4
  %r = add i32 %x, %y
  ret i32 %r
}
