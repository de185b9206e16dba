; A function over its "warn-stack-size": LLVM warns while generating code (llvm-warnings.test).
define i32 @big(i32 %i) #0 {
  %a = alloca [256 x i32], align 4
  %p = getelementptr [256 x i32], ptr %a, i32 0, i32 %i
  store volatile i32 %i, ptr %p, align 4
  %v = load volatile i32, ptr %p, align 4
  ret i32 %v
}
attributes #0 = { "warn-stack-size"="64" }
