define i32 @bad_dominance(i32 %x) {
  %a = add i32 %b, 1
  %b = add i32 %a, 1
  ret i32 %b
}
