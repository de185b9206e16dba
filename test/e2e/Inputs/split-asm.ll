; Inline assembly that calls a module-local function by its symbol: the
; function stays in the part of the assembly's function.
@llvm.compiler.used = appending global [1 x ptr] [ptr @target_fn]

define internal i32 @target_fn() noinline {
  ret i32 9
}

define i32 @via_asm() {
  %r = call i32 asm sideeffect "call target_fn", "={ax},~{dirflag},~{fpsr},~{flags}"()
  ret i32 %r
}

define i32 @other() {
  ret i32 1
}
