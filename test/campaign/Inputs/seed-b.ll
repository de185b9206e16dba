; The campaign's second seed: twins of seed-a's functions under other names
; (merged across files), and one function of its own.
@table_b = private unnamed_addr constant [4 x float] [float 1.0, float 2.0, float 3.0, float 4.0]

define internal float @scale_b(float %x) unnamed_addr {
  %y = fmul float %x, 2.0
  ret float %y
}

define float @lookup_b(i64 %n) unnamed_addr {
entry:
  %q = getelementptr inbounds [4 x float], ptr @table_b, i64 0, i64 %n
  %v = load float, ptr %q, align 4
  %w = call float @scale_b(float %v)
  ret float %w
}

define i64 @mix(i64 %a, i64 %b) {
  %x = xor i64 %a, %b
  %r = call i64 @llvm.fshl.i64(i64 %x, i64 %x, i64 13)
  %m = mul i64 %r, -7046029254386353131
  ret i64 %m
}

declare i64 @llvm.fshl.i64(i64, i64, i64)
