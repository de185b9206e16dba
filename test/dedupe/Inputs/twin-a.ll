@table_a = private unnamed_addr constant [4 x float] [float 1.0, float 2.0, float 3.0, float 4.0]

define internal float @scale_a(float %x) unnamed_addr {
  %y = fmul float %x, 2.0
  ret float %y
}

define float @dispatch_a(ptr %p, i64 %n) unnamed_addr {
entry:
  %q = getelementptr inbounds float, ptr @table_a, i64 %n
  %v = load float, ptr %q, align 4
  %w = call float @scale_a(float %v)
  ret float %w
}
