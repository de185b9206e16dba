; The pattern of a C++ inline variable with a dynamic initializer: the
; variable and its initializer in a comdat, the constructor entry keyed to
; the variable. Every input that uses it has a copy; a link keeps one, and
; the initializer runs once.
$shared = comdat any
@shared = linkonce_odr global i32 0, comdat
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [
  { i32, ptr, ptr } { i32 65535, ptr @init_shared, ptr @shared }]
declare void @note(i32)

define linkonce_odr void @init_shared() comdat($shared) {
  store volatile i32 7, ptr @shared
  call void @note(i32 7)
  ret void
}
define i32 @use_1() {
  %v = load volatile i32, ptr @shared
  ret i32 %v
}
