declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)

define void @s8_dot(ptr %a, ptr %b, ptr %c, i64 %k, ptr %cpu) {
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 0, ptr %b, i64 0, i64 0, ptr %c, i64 0, i64 0, i64 1, i64 1, i64 %k, i32 8, i32 8, i32 4, i32 514, ptr %cpu)
  ret void
}

define void @s8_mm(ptr %a, ptr %b, ptr %c, i64 %k, ptr %cpu) {
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 0, ptr %b, i64 0, i64 0, ptr %c, i64 0, i64 0, i64 1, i64 1, i64 %k, i32 8, i32 8, i32 8, i32 514, ptr %cpu)
  ret void
}

define void @f32(ptr %a, ptr %b, ptr %c, i64 %k, ptr %cpu) {
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 0, ptr %b, i64 0, i64 0, ptr %c, i64 0, i64 0, i64 1, i64 1, i64 %k, i32 8, i32 8, i32 1, i32 513, ptr %cpu)
  ret void
}
