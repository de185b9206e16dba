@table_b = private unnamed_addr constant [4 x float] [float 1.0, float 2.0, float 3.0, float 4.0]

define internal float @scale_b(float %x) unnamed_addr {
  %y = fmul float %x, 2.0
  ret float %y
}

define float @dispatch_b(ptr %p, i64 %n) unnamed_addr {
entry:
  %addr = getelementptr inbounds float, ptr @table_b, i64 %n
  %val = load float, ptr %addr, align 4
  %w = call float @scale_b(float %val)
  ret float %w
}
