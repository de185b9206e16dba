; Constructors at two priorities (the later one listed first), one whose
; associated data is only declared here (the object that defines the data
; runs it: never this one), and a destructor. Each stores to a volatile flag
; and reports to the driver, so that no optimization can fold it away.
@llvm.global_ctors = appending global [3 x { i32, ptr, ptr }] [
  { i32, ptr, ptr } { i32 65535, ptr @init, ptr null },
  { i32, ptr, ptr } { i32 101, ptr @early, ptr null },
  { i32, ptr, ptr } { i32 65535, ptr @not_here, ptr @elsewhere }]
@llvm.global_dtors = appending global [1 x { i32, ptr, ptr }] [
  { i32, ptr, ptr } { i32 65535, ptr @fini, ptr null }]

@elsewhere = external global i32
@ctor_flag = external global i32
declare void @note(i32)

define internal void @init() {
  store volatile i32 1, ptr @ctor_flag
  call void @note(i32 1)
  ret void
}
define internal void @early() {
  store volatile i32 101, ptr @ctor_flag
  call void @note(i32 101)
  ret void
}
define internal void @not_here() {
  call void @note(i32 666)
  ret void
}
define internal void @fini() {
  call void @note(i32 9)
  ret void
}
define i32 @in_a() {
  ret i32 1
}
