define i32 @same_name(i32 %x) unnamed_addr {
  %r = add i32 %x, 2
  ret i32 %r
}
