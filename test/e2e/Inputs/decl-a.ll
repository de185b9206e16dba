; decl-differs.test: this module's declarations promise more than
; decl-b.ll's: @counter reads no memory, @limit is constant.
declare i32 @counter() memory(none)
declare void @bump()
@limit = external constant i32

define i32 @twice_a() {
  %x = call i32 @counter()
  %y = call i32 @counter()
  %r = add i32 %x, %y
  ret i32 %r
}
define i32 @reload_a() {
  %x = load i32, ptr @limit, align 4
  call void @bump()
  %y = load i32, ptr @limit, align 4
  %r = add i32 %x, %y
  ret i32 %r
}
