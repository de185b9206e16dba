target triple = "x86_64-unknown-linux-gnu"
declare void @iree_uk_mmt4d_s8s4s32_8x8x2_x86_64_avx2_fma(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)

define void @uses_it(ptr %a, ptr %b, ptr %c) {
  call void @iree_uk_mmt4d_s8s4s32_8x8x2_x86_64_avx2_fma(ptr %a, i64 0, i64 0, ptr %b, i64 0, i64 0, ptr %c, i64 0, i64 0, i64 1, i64 1, i64 1, i32 8, i32 8, i32 2, i32 522, ptr null)
  ret void
}
