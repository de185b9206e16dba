; An x86 intrinsic on an aarch64 target: LLVM's instruction selection hits a
; fatal error ("Cannot select").
target triple = "aarch64-unknown-linux-gnu"
declare i64 @llvm.x86.rdtsc()
define i64 @ticks() {
  %r = call i64 @llvm.x86.rdtsc()
  ret i64 %r
}
