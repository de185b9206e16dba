define i32 @bogus() {
  %r = call i32 asm sideeffect "bogus_instruction $0", "=r"()
  ret i32 %r
}
