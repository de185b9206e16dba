; alias-chain.test: aliases of aliases over functions that merge with
; alias-chain-x.ll's; the two files differ only in their names' suffixes.
define i32 @f_y(i32 %x) unnamed_addr {
  %r = mul i32 %x, 3
  ret i32 %r
}
@a_y = alias i32 (i32), ptr @f_y
@aa_y = alias i32 (i32), ptr @a_y

; address significant: merged, it is a thunk, and keeps its own address
define i32 @g_y(i32 %x) {
  %r = mul i32 %x, 5
  ret i32 %r
}
@ag_y = alias i32 (i32), ptr @g_y
@aag_y = alias i32 (i32), ptr @ag_y

; a body that names an alias: each output's @s
@s = weak alias i32 (i32), ptr @impl_y
define internal i32 @impl_y(i32 %x) unnamed_addr {
  %r = add i32 %x, 7
  ret i32 %r
}
define ptr @gets_y() unnamed_addr {
  ret ptr @s
}
