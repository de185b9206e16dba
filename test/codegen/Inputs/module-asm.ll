module asm "this is not assembly"
define i32 @answer() {
  ret i32 42
}
