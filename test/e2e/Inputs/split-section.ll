; A constructor placed in .init_array by its section, beside one that
; llvm.global_ctors lists: a module with such a section is never cut, since
; lld would order the two by the parts' objects.
@order = global i32 0
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [{ i32, ptr, ptr } { i32 65535, ptr @c1, ptr null }]
@c2_entry = internal constant ptr @c2, section ".init_array"
@llvm.used = appending global [1 x ptr] [ptr @c2_entry]

define internal void @c1() {
  %o = load volatile i32, ptr @order
  %m = mul i32 %o, 10
  %a = add i32 %m, 1
  store volatile i32 %a, ptr @order
  ret void
}

define internal void @c2() {
  %o = load volatile i32, ptr @order
  %m = mul i32 %o, 10
  %a = add i32 %m, 2
  store volatile i32 %a, ptr @order
  ret void
}

define i32 @get_order() {
  %o = load volatile i32, ptr @order
  ret i32 %o
}
