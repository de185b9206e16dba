define i32 @same_name(i32 %x) unnamed_addr {
  %r = add i32 %x, 1
  ret i32 %r
}
