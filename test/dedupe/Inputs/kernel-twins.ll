; kernel-name-taken.test: twins f and g; the test adds a function named like
; their kernel.
define i32 @f(i32 %x) unnamed_addr {
  %r = mul i32 %x, 11
  ret i32 %r
}
define i32 @g(i32 %x) unnamed_addr {
  %r = mul i32 %x, 11
  ret i32 %r
}
