define i32 @"e f"(i32 %x) unnamed_addr {
  %r = mul i32 %x, 3
  ret i32 %r
}
define i32 @"p+(x)"(i32 %x) unnamed_addr {
  %r = mul i32 %x, 5
  ret i32 %r
}
define i32 @"q\22q"(i32 %x) unnamed_addr {
  %r = mul i32 %x, 5
  ret i32 %r
}
define i32 @"tab\09and\0Anewline"(i32 %x) unnamed_addr {
  %r = add i32 %x, 1000
  ret i32 %r
}
define hidden i32 @secret_b(i32 %x) unnamed_addr {
  %r = sub i32 %x, 77
  ret i32 %r
}
define i32 @call_secret_b(i32 %x) {
  %r = call i32 @secret_b(i32 %x)
  ret i32 %r
}
