; Inline assembly names target_fn, which another function also calls: cut
; apart, target_fn would be made hidden under a new name. (Its side effect
; keeps the call through optimization, when the module is cut per kernel.)
@llvm.compiler.used = appending global [1 x ptr] [ptr @target_fn]

define internal i32 @target_fn() noinline {
  call void asm sideeffect "nop", ""()
  ret i32 9
}

define i32 @via_asm() {
  %r = call i32 asm sideeffect "call target_fn", "={ax},~{dirflag},~{fpsr},~{flags}"()
  ret i32 %r
}

define i32 @direct() {
  %r = call i32 @target_fn()
  ret i32 %r
}
