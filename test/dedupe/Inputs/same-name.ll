define i32 @shared_fn(i32 %x) unnamed_addr {
  %r = xor i32 %x, 5
  ret i32 %r
}
define i32 @user(i32 %x) {
  %r = call i32 @shared_fn(i32 %x)
  ret i32 %r
}
