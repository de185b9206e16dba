; dispatch 1

@table_1 = private unnamed_addr constant [16 x float] [float -6.125000e+00, float 7.500000e-01, float -7.750000e+00, float 4.500000e+00, float 3.625000e+00, float -6.625000e+00, float -2.500000e-01, float -2.750000e+00, float -1.125000e+00, float 5.250000e+00, float -3.750000e-01, float -2.500000e+00, float -2.375000e+00, float 0.000000e+00, float -1.875000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_1(<4 x float> %x) unnamed_addr #0 {
entry:
  %h1_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h1_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h1_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h1_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h1_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h1_2
}

define i32 @dispatch_1_k1(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu1 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu1, align 8
  %out1 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 28, ptr %b, i64 0, i64 28, ptr %out1, i64 0, i64 32, i64 2, i64 2, i64 7, i32 4, i32 4, i32 1, i32 513, ptr %cpu1)
  %iters1 = udiv i64 %n, 16
  %any1 = icmp ugt i64 %iters1, 0
  br i1 %any1, label %loop, label %done

loop:
  %i1 = phi i64 [ 0, %entry ], [ %inext1, %loop ]
  %base1 = mul nuw i64 %i1, 16
  %off1_0 = add nuw i64 %base1, 0
  %pa1_0 = getelementptr inbounds float, ptr %a, i64 %off1_0
  %pb1_0 = getelementptr inbounds float, ptr %b, i64 %off1_0
  %pc1_0 = getelementptr inbounds float, ptr %c, i64 %off1_0
  %va1_0_0 = load <4 x float>, ptr %pa1_0, align 4
  %vb1_0 = load <4 x float>, ptr %pb1_0, align 4
  %ti1_0 = and i64 %off1_0, 15
  %tp1_0 = getelementptr inbounds [16 x float], ptr @table_1, i64 0, i64 %ti1_0
  %tv1_0 = load float, ptr %tp1_0, align 4
  %ts1_0 = insertelement <4 x float> poison, float %tv1_0, i64 0
  %tb1_0 = shufflevector <4 x float> %ts1_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va1_0_1 = call <4 x float> @helper_1(<4 x float> %va1_0_0)
  %va1_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va1_0_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va1_0_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_0_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp1_0_3 = fcmp olt <4 x float> %va1_0_3, %vb1_0
  %va1_0_4 = select <4 x i1> %cmp1_0_3, <4 x float> %va1_0_3, <4 x float> %vb1_0
  %va1_0_5 = call <4 x float> @helper_1(<4 x float> %va1_0_4)
  %cmp1_0_5 = fcmp olt <4 x float> %va1_0_5, %vb1_0
  %va1_0_6 = select <4 x i1> %cmp1_0_5, <4 x float> %va1_0_5, <4 x float> %vb1_0
  %va1_0_7 = fadd <4 x float> %va1_0_6, %vb1_0
  %va1_0_8 = fadd <4 x float> %va1_0_7, %vb1_0
  %va1_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va1_0_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va1_0_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_0_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va1_0_11 = fmul <4 x float> %va1_0_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va1_0_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_0_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va1_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va1_0_12, <4 x float> %tb1_0, <4 x float> %vb1_0)
  %va1_0_14 = call <4 x float> @helper_1(<4 x float> %va1_0_13)
  %va1_0_15 = call <4 x float> @helper_1(<4 x float> %va1_0_14)
  %va1_0_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_0_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va1_0_16, ptr %pc1_0, align 4
  %off1_1 = add nuw i64 %base1, 4
  %pa1_1 = getelementptr inbounds float, ptr %a, i64 %off1_1
  %pb1_1 = getelementptr inbounds float, ptr %b, i64 %off1_1
  %pc1_1 = getelementptr inbounds float, ptr %c, i64 %off1_1
  %va1_1_0 = load <4 x float>, ptr %pa1_1, align 4
  %vb1_1 = load <4 x float>, ptr %pb1_1, align 4
  %ti1_1 = and i64 %off1_1, 15
  %tp1_1 = getelementptr inbounds [16 x float], ptr @table_1, i64 0, i64 %ti1_1
  %tv1_1 = load float, ptr %tp1_1, align 4
  %ts1_1 = insertelement <4 x float> poison, float %tv1_1, i64 0
  %tb1_1 = shufflevector <4 x float> %ts1_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va1_1_1 = call <4 x float> @helper_1(<4 x float> %va1_1_0)
  %va1_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va1_1_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va1_1_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_1_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp1_1_3 = fcmp olt <4 x float> %va1_1_3, %vb1_1
  %va1_1_4 = select <4 x i1> %cmp1_1_3, <4 x float> %va1_1_3, <4 x float> %vb1_1
  %va1_1_5 = call <4 x float> @helper_1(<4 x float> %va1_1_4)
  %cmp1_1_5 = fcmp olt <4 x float> %va1_1_5, %vb1_1
  %va1_1_6 = select <4 x i1> %cmp1_1_5, <4 x float> %va1_1_5, <4 x float> %vb1_1
  %va1_1_7 = fadd <4 x float> %va1_1_6, %vb1_1
  %va1_1_8 = fadd <4 x float> %va1_1_7, %vb1_1
  %va1_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va1_1_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va1_1_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_1_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va1_1_11 = fmul <4 x float> %va1_1_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va1_1_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_1_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va1_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va1_1_12, <4 x float> %tb1_1, <4 x float> %vb1_1)
  %va1_1_14 = call <4 x float> @helper_1(<4 x float> %va1_1_13)
  %va1_1_15 = call <4 x float> @helper_1(<4 x float> %va1_1_14)
  %va1_1_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_1_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va1_1_16, ptr %pc1_1, align 4
  %off1_2 = add nuw i64 %base1, 8
  %pa1_2 = getelementptr inbounds float, ptr %a, i64 %off1_2
  %pb1_2 = getelementptr inbounds float, ptr %b, i64 %off1_2
  %pc1_2 = getelementptr inbounds float, ptr %c, i64 %off1_2
  %va1_2_0 = load <4 x float>, ptr %pa1_2, align 4
  %vb1_2 = load <4 x float>, ptr %pb1_2, align 4
  %ti1_2 = and i64 %off1_2, 15
  %tp1_2 = getelementptr inbounds [16 x float], ptr @table_1, i64 0, i64 %ti1_2
  %tv1_2 = load float, ptr %tp1_2, align 4
  %ts1_2 = insertelement <4 x float> poison, float %tv1_2, i64 0
  %tb1_2 = shufflevector <4 x float> %ts1_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va1_2_1 = call <4 x float> @helper_1(<4 x float> %va1_2_0)
  %va1_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va1_2_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va1_2_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_2_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp1_2_3 = fcmp olt <4 x float> %va1_2_3, %vb1_2
  %va1_2_4 = select <4 x i1> %cmp1_2_3, <4 x float> %va1_2_3, <4 x float> %vb1_2
  %va1_2_5 = call <4 x float> @helper_1(<4 x float> %va1_2_4)
  %cmp1_2_5 = fcmp olt <4 x float> %va1_2_5, %vb1_2
  %va1_2_6 = select <4 x i1> %cmp1_2_5, <4 x float> %va1_2_5, <4 x float> %vb1_2
  %va1_2_7 = fadd <4 x float> %va1_2_6, %vb1_2
  %va1_2_8 = fadd <4 x float> %va1_2_7, %vb1_2
  %va1_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va1_2_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va1_2_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_2_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va1_2_11 = fmul <4 x float> %va1_2_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va1_2_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_2_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va1_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va1_2_12, <4 x float> %tb1_2, <4 x float> %vb1_2)
  %va1_2_14 = call <4 x float> @helper_1(<4 x float> %va1_2_13)
  %va1_2_15 = call <4 x float> @helper_1(<4 x float> %va1_2_14)
  %va1_2_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_2_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va1_2_16, ptr %pc1_2, align 4
  %off1_3 = add nuw i64 %base1, 12
  %pa1_3 = getelementptr inbounds float, ptr %a, i64 %off1_3
  %pb1_3 = getelementptr inbounds float, ptr %b, i64 %off1_3
  %pc1_3 = getelementptr inbounds float, ptr %c, i64 %off1_3
  %va1_3_0 = load <4 x float>, ptr %pa1_3, align 4
  %vb1_3 = load <4 x float>, ptr %pb1_3, align 4
  %ti1_3 = and i64 %off1_3, 15
  %tp1_3 = getelementptr inbounds [16 x float], ptr @table_1, i64 0, i64 %ti1_3
  %tv1_3 = load float, ptr %tp1_3, align 4
  %ts1_3 = insertelement <4 x float> poison, float %tv1_3, i64 0
  %tb1_3 = shufflevector <4 x float> %ts1_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va1_3_1 = call <4 x float> @helper_1(<4 x float> %va1_3_0)
  %va1_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va1_3_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va1_3_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_3_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp1_3_3 = fcmp olt <4 x float> %va1_3_3, %vb1_3
  %va1_3_4 = select <4 x i1> %cmp1_3_3, <4 x float> %va1_3_3, <4 x float> %vb1_3
  %va1_3_5 = call <4 x float> @helper_1(<4 x float> %va1_3_4)
  %cmp1_3_5 = fcmp olt <4 x float> %va1_3_5, %vb1_3
  %va1_3_6 = select <4 x i1> %cmp1_3_5, <4 x float> %va1_3_5, <4 x float> %vb1_3
  %va1_3_7 = fadd <4 x float> %va1_3_6, %vb1_3
  %va1_3_8 = fadd <4 x float> %va1_3_7, %vb1_3
  %va1_3_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va1_3_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va1_3_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_3_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va1_3_11 = fmul <4 x float> %va1_3_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va1_3_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_3_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va1_3_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va1_3_12, <4 x float> %tb1_3, <4 x float> %vb1_3)
  %va1_3_14 = call <4 x float> @helper_1(<4 x float> %va1_3_13)
  %va1_3_15 = call <4 x float> @helper_1(<4 x float> %va1_3_14)
  %va1_3_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va1_3_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va1_3_16, ptr %pc1_3, align 4
  %inext1 = add nuw i64 %i1, 1
  %more1 = icmp ult i64 %inext1, %iters1
  br i1 %more1, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
