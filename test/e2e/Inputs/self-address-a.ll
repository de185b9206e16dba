; Functions that use their own address (self-address.test); self-address-a.ll
; and self-address-b.ll differ only in the suffix of their names.
define ptr @ret_a() {
  ret ptr @ret_a
}
define i32 @cmp_a(ptr %p) {
  %c = icmp eq ptr %p, @cmp_a
  %r = zext i1 %c to i32
  ret i32 %r
}
define void @store_a(ptr %p) {
  store ptr @store_a, ptr %p, align 8
  ret void
}
define i64 @conv_a() {
  %r = ptrtoint ptr @conv_a to i64
  ret i64 %r
}
; unnamed_addr: still not merged (with --out-dir a merged member is a thunk)
define ptr @u_a() unnamed_addr {
  ret ptr @u_a
}
; identical to o_b only after O2: the second round must keep them apart too
define ptr @o_a(i1 %c) {
  %t = select i1 true, ptr @o_a, ptr null
  ret ptr %t
}
