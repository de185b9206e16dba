define i32 @broken(i32 %x) {
  %r = add i32 %x,
  ret i32 %r
}
