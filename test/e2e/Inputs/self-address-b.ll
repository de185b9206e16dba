; Functions that use their own address (self-address.test); self-address-a.ll
; and self-address-b.ll differ only in the suffix of their names.
define ptr @ret_b() {
  ret ptr @ret_b
}
define i32 @cmp_b(ptr %p) {
  %c = icmp eq ptr %p, @cmp_b
  %r = zext i1 %c to i32
  ret i32 %r
}
define void @store_b(ptr %p) {
  store ptr @store_b, ptr %p, align 8
  ret void
}
define i64 @conv_b() {
  %r = ptrtoint ptr @conv_b to i64
  ret i64 %r
}
; unnamed_addr: still not merged (with --out-dir a merged member is a thunk)
define ptr @u_b() unnamed_addr {
  ret ptr @u_b
}
; identical to o_a only after O2: the second round must keep them apart too
define ptr @o_b(i1 %c) {
  ret ptr @o_b
}
