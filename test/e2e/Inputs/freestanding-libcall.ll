; exp() of a float: without a libc, nothing defines expf
target triple = "x86_64-unknown-unknown-eabi-elf"

declare float @llvm.exp.f32(float)

define float @query(float %x) {
  %y = call float @llvm.exp.f32(float %x)
  ret float %y
}
