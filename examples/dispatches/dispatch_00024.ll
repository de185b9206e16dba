; dispatch 24

@table_24 = private unnamed_addr constant [64 x float] [float 3.250000e+00, float 5.125000e+00, float -3.750000e+00, float 1.500000e+00, float -6.125000e+00, float -1.750000e+00, float -3.250000e+00, float 1.875000e+00, float -4.375000e+00, float -5.000000e-01, float -2.750000e+00, float -1.000000e+00, float 1.250000e-01, float -6.125000e+00, float 6.750000e+00, float 7.125000e+00, float 7.125000e+00, float 6.625000e+00, float 7.500000e+00, float -6.625000e+00, float -2.125000e+00, float 3.750000e+00, float -2.750000e+00, float -1.125000e+00, float 2.500000e+00, float 3.875000e+00, float 3.000000e+00, float 6.375000e+00, float 2.500000e-01, float 5.750000e+00, float -3.375000e+00, float 6.125000e+00, float -5.250000e+00, float -6.625000e+00, float -4.375000e+00, float 4.875000e+00, float 5.500000e+00, float 7.125000e+00, float -1.750000e+00, float 4.500000e+00, float -7.250000e+00, float -4.125000e+00, float 6.375000e+00, float -6.750000e+00, float -6.375000e+00, float 7.875000e+00, float -5.000000e+00, float -7.875000e+00, float 4.750000e+00, float -2.625000e+00, float 7.125000e+00, float -2.125000e+00, float -3.875000e+00, float -1.625000e+00, float -2.500000e+00, float -5.000000e+00, float -1.500000e+00, float -3.750000e-01, float -6.250000e-01, float -4.625000e+00, float -6.125000e+00, float -1.250000e+00, float 3.750000e-01, float -6.250000e-01], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_24(<4 x float> %x) unnamed_addr #0 {
entry:
  %h24_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h24_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h24_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h24_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h24_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h24_3 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h24_2, <4 x float> %x, <4 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <4 x float> %h24_3
}

define i32 @dispatch_24_k5(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu24 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu24, align 8
  %out24 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 48, ptr %b, i64 0, i64 48, ptr %out24, i64 0, i64 128, i64 2, i64 2, i64 6, i32 8, i32 8, i32 1, i32 513, ptr %cpu24)
  %iters24 = udiv i64 %n, 12
  %any24 = icmp ugt i64 %iters24, 0
  br i1 %any24, label %loop, label %done

loop:
  %i24 = phi i64 [ 0, %entry ], [ %inext24, %loop ]
  %base24 = mul nuw i64 %i24, 12
  %off24_0 = add nuw i64 %base24, 0
  %pa24_0 = getelementptr inbounds float, ptr %a, i64 %off24_0
  %pb24_0 = getelementptr inbounds float, ptr %b, i64 %off24_0
  %pc24_0 = getelementptr inbounds float, ptr %c, i64 %off24_0
  %va24_0_0 = load <4 x float>, ptr %pa24_0, align 4
  %vb24_0 = load <4 x float>, ptr %pb24_0, align 4
  %ti24_0 = and i64 %off24_0, 63
  %tp24_0 = getelementptr inbounds [64 x float], ptr @table_24, i64 0, i64 %ti24_0
  %tv24_0 = load float, ptr %tp24_0, align 4
  %ts24_0 = insertelement <4 x float> poison, float %tv24_0, i64 0
  %tb24_0 = shufflevector <4 x float> %ts24_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va24_0_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va24_0_0, <4 x float> %tb24_0, <4 x float> %vb24_0)
  %va24_0_2 = call <4 x float> @helper_24(<4 x float> %va24_0_1)
  %cmp24_0_2 = fcmp olt <4 x float> %va24_0_2, %vb24_0
  %va24_0_3 = select <4 x i1> %cmp24_0_2, <4 x float> %va24_0_2, <4 x float> %vb24_0
  %va24_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va24_0_3, <4 x float> %tb24_0, <4 x float> %vb24_0)
  %va24_0_5 = call <4 x float> @helper_24(<4 x float> %va24_0_4)
  %va24_0_6 = fadd <4 x float> %va24_0_5, %vb24_0
  %cmp24_0_6 = fcmp olt <4 x float> %va24_0_6, %vb24_0
  %va24_0_7 = select <4 x i1> %cmp24_0_6, <4 x float> %va24_0_6, <4 x float> %vb24_0
  %va24_0_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va24_0_7, <4 x float> %tb24_0, <4 x float> %vb24_0)
  %va24_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va24_0_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va24_0_10 = call <4 x float> @helper_24(<4 x float> %va24_0_9)
  %va24_0_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va24_0_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va24_0_12 = fadd <4 x float> %va24_0_11, %vb24_0
  %va24_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va24_0_12, <4 x float> %tb24_0, <4 x float> %vb24_0)
  %cmp24_0_13 = fcmp olt <4 x float> %va24_0_13, %vb24_0
  %va24_0_14 = select <4 x i1> %cmp24_0_13, <4 x float> %va24_0_13, <4 x float> %vb24_0
  %va24_0_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va24_0_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va24_0_15, ptr %pc24_0, align 4
  %off24_1 = add nuw i64 %base24, 4
  %pa24_1 = getelementptr inbounds float, ptr %a, i64 %off24_1
  %pb24_1 = getelementptr inbounds float, ptr %b, i64 %off24_1
  %pc24_1 = getelementptr inbounds float, ptr %c, i64 %off24_1
  %va24_1_0 = load <4 x float>, ptr %pa24_1, align 4
  %vb24_1 = load <4 x float>, ptr %pb24_1, align 4
  %ti24_1 = and i64 %off24_1, 63
  %tp24_1 = getelementptr inbounds [64 x float], ptr @table_24, i64 0, i64 %ti24_1
  %tv24_1 = load float, ptr %tp24_1, align 4
  %ts24_1 = insertelement <4 x float> poison, float %tv24_1, i64 0
  %tb24_1 = shufflevector <4 x float> %ts24_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va24_1_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va24_1_0, <4 x float> %tb24_1, <4 x float> %vb24_1)
  %va24_1_2 = call <4 x float> @helper_24(<4 x float> %va24_1_1)
  %cmp24_1_2 = fcmp olt <4 x float> %va24_1_2, %vb24_1
  %va24_1_3 = select <4 x i1> %cmp24_1_2, <4 x float> %va24_1_2, <4 x float> %vb24_1
  %va24_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va24_1_3, <4 x float> %tb24_1, <4 x float> %vb24_1)
  %va24_1_5 = call <4 x float> @helper_24(<4 x float> %va24_1_4)
  %va24_1_6 = fadd <4 x float> %va24_1_5, %vb24_1
  %cmp24_1_6 = fcmp olt <4 x float> %va24_1_6, %vb24_1
  %va24_1_7 = select <4 x i1> %cmp24_1_6, <4 x float> %va24_1_6, <4 x float> %vb24_1
  %va24_1_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va24_1_7, <4 x float> %tb24_1, <4 x float> %vb24_1)
  %va24_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va24_1_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va24_1_10 = call <4 x float> @helper_24(<4 x float> %va24_1_9)
  %va24_1_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va24_1_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va24_1_12 = fadd <4 x float> %va24_1_11, %vb24_1
  %va24_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va24_1_12, <4 x float> %tb24_1, <4 x float> %vb24_1)
  %cmp24_1_13 = fcmp olt <4 x float> %va24_1_13, %vb24_1
  %va24_1_14 = select <4 x i1> %cmp24_1_13, <4 x float> %va24_1_13, <4 x float> %vb24_1
  %va24_1_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va24_1_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va24_1_15, ptr %pc24_1, align 4
  %off24_2 = add nuw i64 %base24, 8
  %pa24_2 = getelementptr inbounds float, ptr %a, i64 %off24_2
  %pb24_2 = getelementptr inbounds float, ptr %b, i64 %off24_2
  %pc24_2 = getelementptr inbounds float, ptr %c, i64 %off24_2
  %va24_2_0 = load <4 x float>, ptr %pa24_2, align 4
  %vb24_2 = load <4 x float>, ptr %pb24_2, align 4
  %ti24_2 = and i64 %off24_2, 63
  %tp24_2 = getelementptr inbounds [64 x float], ptr @table_24, i64 0, i64 %ti24_2
  %tv24_2 = load float, ptr %tp24_2, align 4
  %ts24_2 = insertelement <4 x float> poison, float %tv24_2, i64 0
  %tb24_2 = shufflevector <4 x float> %ts24_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va24_2_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va24_2_0, <4 x float> %tb24_2, <4 x float> %vb24_2)
  %va24_2_2 = call <4 x float> @helper_24(<4 x float> %va24_2_1)
  %cmp24_2_2 = fcmp olt <4 x float> %va24_2_2, %vb24_2
  %va24_2_3 = select <4 x i1> %cmp24_2_2, <4 x float> %va24_2_2, <4 x float> %vb24_2
  %va24_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va24_2_3, <4 x float> %tb24_2, <4 x float> %vb24_2)
  %va24_2_5 = call <4 x float> @helper_24(<4 x float> %va24_2_4)
  %va24_2_6 = fadd <4 x float> %va24_2_5, %vb24_2
  %cmp24_2_6 = fcmp olt <4 x float> %va24_2_6, %vb24_2
  %va24_2_7 = select <4 x i1> %cmp24_2_6, <4 x float> %va24_2_6, <4 x float> %vb24_2
  %va24_2_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va24_2_7, <4 x float> %tb24_2, <4 x float> %vb24_2)
  %va24_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va24_2_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va24_2_10 = call <4 x float> @helper_24(<4 x float> %va24_2_9)
  %va24_2_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va24_2_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va24_2_12 = fadd <4 x float> %va24_2_11, %vb24_2
  %va24_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va24_2_12, <4 x float> %tb24_2, <4 x float> %vb24_2)
  %cmp24_2_13 = fcmp olt <4 x float> %va24_2_13, %vb24_2
  %va24_2_14 = select <4 x i1> %cmp24_2_13, <4 x float> %va24_2_13, <4 x float> %vb24_2
  %va24_2_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va24_2_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va24_2_15, ptr %pc24_2, align 4
  %inext24 = add nuw i64 %i24, 1
  %more24 = icmp ult i64 %inext24, %iters24
  br i1 %more24, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
