; Names that lld's --defsym cannot take (=, -, +, parentheses, spaces,
; quotes), merged with the same bodies in odd-names-b.ll.
define i32 @"a=b"(i32 %x) unnamed_addr {
  %r = mul i32 %x, 3
  ret i32 %r
}
define i32 @"c-d"(i32 %x) unnamed_addr {
  %r = mul i32 %x, 5
  ret i32 %r
}
define i32 @"it's"(i32 %x) unnamed_addr {
  %r = add i32 %x, 1000
  ret i32 %r
}
; hidden: merged or not, not exported
define hidden i32 @secret_a(i32 %x) unnamed_addr {
  %r = sub i32 %x, 77
  ret i32 %r
}
define i32 @call_secret_a(i32 %x) {
  %r = call i32 @secret_a(i32 %x)
  ret i32 %r
}
