target triple = "x86_64-unknown-unknown-eabi-elf"
@llvm.global_ctors = appending global [1 x { i32, ptr, ptr }] [
  { i32, ptr, ptr } { i32 65535, ptr @setup, ptr null }]
@flag = global i32 0
define internal void @setup() {
  store volatile i32 1, ptr @flag
  ret void
}
define ptr @iree_hal_executable_library_query(i32 %version, ptr %env) {
  ret ptr null
}
