; alias-chain.test: aliases of aliases over functions that merge with
; alias-chain-y.ll's; the two files differ only in their names' suffixes.
define i32 @f_x(i32 %x) unnamed_addr {
  %r = mul i32 %x, 3
  ret i32 %r
}
@a_x = alias i32 (i32), ptr @f_x
@aa_x = alias i32 (i32), ptr @a_x

; address significant: merged, it is a thunk, and keeps its own address
define i32 @g_x(i32 %x) {
  %r = mul i32 %x, 5
  ret i32 %r
}
@ag_x = alias i32 (i32), ptr @g_x
@aag_x = alias i32 (i32), ptr @ag_x

; a body that names an alias: each output's @s
@s = weak alias i32 (i32), ptr @impl_x
define internal i32 @impl_x(i32 %x) unnamed_addr {
  %r = add i32 %x, 7
  ret i32 %r
}
define ptr @gets_x() unnamed_addr {
  ret ptr @s
}
