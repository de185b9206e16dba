; dispatch 22

@table_22 = private unnamed_addr constant [16 x float] [float -6.125000e+00, float 7.500000e-01, float -7.750000e+00, float 4.500000e+00, float 3.625000e+00, float -6.625000e+00, float -2.500000e-01, float -2.750000e+00, float -1.125000e+00, float 5.250000e+00, float -3.750000e-01, float -2.500000e+00, float -2.375000e+00, float 0.000000e+00, float -1.875000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_22(<4 x float> %x) unnamed_addr #0 {
entry:
  %h22_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h22_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h22_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h22_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h22_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h22_2
}

define i32 @dispatch_22_k1(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu22 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu22, align 8
  %out22 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 28, ptr %b, i64 0, i64 28, ptr %out22, i64 0, i64 32, i64 2, i64 2, i64 7, i32 4, i32 4, i32 1, i32 513, ptr %cpu22)
  %iters22 = udiv i64 %n, 16
  %any22 = icmp ugt i64 %iters22, 0
  br i1 %any22, label %loop, label %done

loop:
  %i22 = phi i64 [ 0, %entry ], [ %inext22, %loop ]
  %pre22 = mul nuw i64 %i22, 16
  %base22 = add nuw i64 %pre22, 0
  %off22_0 = add nuw i64 %base22, 0
  %pa22_0 = getelementptr inbounds float, ptr %a, i64 %off22_0
  %pb22_0 = getelementptr inbounds float, ptr %b, i64 %off22_0
  %pc22_0 = getelementptr inbounds float, ptr %c, i64 %off22_0
  %va22_0_0 = load <4 x float>, ptr %pa22_0, align 4
  %vb22_0 = load <4 x float>, ptr %pb22_0, align 4
  %ti22_0 = and i64 %off22_0, 15
  %tp22_0 = getelementptr inbounds [16 x float], ptr @table_22, i64 0, i64 %ti22_0
  %tv22_0 = load float, ptr %tp22_0, align 4
  %ts22_0 = insertelement <4 x float> poison, float %tv22_0, i64 0
  %tb22_0 = shufflevector <4 x float> %ts22_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va22_0_1 = call <4 x float> @helper_22(<4 x float> %va22_0_0)
  %va22_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va22_0_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va22_0_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_0_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp22_0_3 = fcmp olt <4 x float> %va22_0_3, %vb22_0
  %va22_0_4 = select <4 x i1> %cmp22_0_3, <4 x float> %va22_0_3, <4 x float> %vb22_0
  %va22_0_5 = call <4 x float> @helper_22(<4 x float> %va22_0_4)
  %cmp22_0_5 = fcmp olt <4 x float> %va22_0_5, %vb22_0
  %va22_0_6 = select <4 x i1> %cmp22_0_5, <4 x float> %va22_0_5, <4 x float> %vb22_0
  %va22_0_7 = fadd <4 x float> %va22_0_6, %vb22_0
  %va22_0_8 = fadd <4 x float> %va22_0_7, %vb22_0
  %va22_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va22_0_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va22_0_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_0_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va22_0_11 = fmul <4 x float> %va22_0_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va22_0_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_0_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va22_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va22_0_12, <4 x float> %tb22_0, <4 x float> %vb22_0)
  %va22_0_14 = call <4 x float> @helper_22(<4 x float> %va22_0_13)
  %va22_0_15 = call <4 x float> @helper_22(<4 x float> %va22_0_14)
  %va22_0_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_0_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va22_0_16, ptr %pc22_0, align 4
  %off22_1 = add nuw i64 %base22, 4
  %pa22_1 = getelementptr inbounds float, ptr %a, i64 %off22_1
  %pb22_1 = getelementptr inbounds float, ptr %b, i64 %off22_1
  %pc22_1 = getelementptr inbounds float, ptr %c, i64 %off22_1
  %va22_1_0 = load <4 x float>, ptr %pa22_1, align 4
  %vb22_1 = load <4 x float>, ptr %pb22_1, align 4
  %ti22_1 = and i64 %off22_1, 15
  %tp22_1 = getelementptr inbounds [16 x float], ptr @table_22, i64 0, i64 %ti22_1
  %tv22_1 = load float, ptr %tp22_1, align 4
  %ts22_1 = insertelement <4 x float> poison, float %tv22_1, i64 0
  %tb22_1 = shufflevector <4 x float> %ts22_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va22_1_1 = call <4 x float> @helper_22(<4 x float> %va22_1_0)
  %va22_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va22_1_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va22_1_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_1_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp22_1_3 = fcmp olt <4 x float> %va22_1_3, %vb22_1
  %va22_1_4 = select <4 x i1> %cmp22_1_3, <4 x float> %va22_1_3, <4 x float> %vb22_1
  %va22_1_5 = call <4 x float> @helper_22(<4 x float> %va22_1_4)
  %cmp22_1_5 = fcmp olt <4 x float> %va22_1_5, %vb22_1
  %va22_1_6 = select <4 x i1> %cmp22_1_5, <4 x float> %va22_1_5, <4 x float> %vb22_1
  %va22_1_7 = fadd <4 x float> %va22_1_6, %vb22_1
  %va22_1_8 = fadd <4 x float> %va22_1_7, %vb22_1
  %va22_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va22_1_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va22_1_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_1_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va22_1_11 = fmul <4 x float> %va22_1_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va22_1_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_1_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va22_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va22_1_12, <4 x float> %tb22_1, <4 x float> %vb22_1)
  %va22_1_14 = call <4 x float> @helper_22(<4 x float> %va22_1_13)
  %va22_1_15 = call <4 x float> @helper_22(<4 x float> %va22_1_14)
  %va22_1_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_1_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va22_1_16, ptr %pc22_1, align 4
  %off22_2 = add nuw i64 %base22, 8
  %pa22_2 = getelementptr inbounds float, ptr %a, i64 %off22_2
  %pb22_2 = getelementptr inbounds float, ptr %b, i64 %off22_2
  %pc22_2 = getelementptr inbounds float, ptr %c, i64 %off22_2
  %va22_2_0 = load <4 x float>, ptr %pa22_2, align 4
  %vb22_2 = load <4 x float>, ptr %pb22_2, align 4
  %ti22_2 = and i64 %off22_2, 15
  %tp22_2 = getelementptr inbounds [16 x float], ptr @table_22, i64 0, i64 %ti22_2
  %tv22_2 = load float, ptr %tp22_2, align 4
  %ts22_2 = insertelement <4 x float> poison, float %tv22_2, i64 0
  %tb22_2 = shufflevector <4 x float> %ts22_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va22_2_1 = call <4 x float> @helper_22(<4 x float> %va22_2_0)
  %va22_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va22_2_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va22_2_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_2_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp22_2_3 = fcmp olt <4 x float> %va22_2_3, %vb22_2
  %va22_2_4 = select <4 x i1> %cmp22_2_3, <4 x float> %va22_2_3, <4 x float> %vb22_2
  %va22_2_5 = call <4 x float> @helper_22(<4 x float> %va22_2_4)
  %cmp22_2_5 = fcmp olt <4 x float> %va22_2_5, %vb22_2
  %va22_2_6 = select <4 x i1> %cmp22_2_5, <4 x float> %va22_2_5, <4 x float> %vb22_2
  %va22_2_7 = fadd <4 x float> %va22_2_6, %vb22_2
  %va22_2_8 = fadd <4 x float> %va22_2_7, %vb22_2
  %va22_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va22_2_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va22_2_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_2_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va22_2_11 = fmul <4 x float> %va22_2_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va22_2_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_2_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va22_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va22_2_12, <4 x float> %tb22_2, <4 x float> %vb22_2)
  %va22_2_14 = call <4 x float> @helper_22(<4 x float> %va22_2_13)
  %va22_2_15 = call <4 x float> @helper_22(<4 x float> %va22_2_14)
  %va22_2_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_2_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va22_2_16, ptr %pc22_2, align 4
  %off22_3 = add nuw i64 %base22, 12
  %pa22_3 = getelementptr inbounds float, ptr %a, i64 %off22_3
  %pb22_3 = getelementptr inbounds float, ptr %b, i64 %off22_3
  %pc22_3 = getelementptr inbounds float, ptr %c, i64 %off22_3
  %va22_3_0 = load <4 x float>, ptr %pa22_3, align 4
  %vb22_3 = load <4 x float>, ptr %pb22_3, align 4
  %ti22_3 = and i64 %off22_3, 15
  %tp22_3 = getelementptr inbounds [16 x float], ptr @table_22, i64 0, i64 %ti22_3
  %tv22_3 = load float, ptr %tp22_3, align 4
  %ts22_3 = insertelement <4 x float> poison, float %tv22_3, i64 0
  %tb22_3 = shufflevector <4 x float> %ts22_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va22_3_1 = call <4 x float> @helper_22(<4 x float> %va22_3_0)
  %va22_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va22_3_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va22_3_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_3_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp22_3_3 = fcmp olt <4 x float> %va22_3_3, %vb22_3
  %va22_3_4 = select <4 x i1> %cmp22_3_3, <4 x float> %va22_3_3, <4 x float> %vb22_3
  %va22_3_5 = call <4 x float> @helper_22(<4 x float> %va22_3_4)
  %cmp22_3_5 = fcmp olt <4 x float> %va22_3_5, %vb22_3
  %va22_3_6 = select <4 x i1> %cmp22_3_5, <4 x float> %va22_3_5, <4 x float> %vb22_3
  %va22_3_7 = fadd <4 x float> %va22_3_6, %vb22_3
  %va22_3_8 = fadd <4 x float> %va22_3_7, %vb22_3
  %va22_3_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va22_3_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va22_3_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_3_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va22_3_11 = fmul <4 x float> %va22_3_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va22_3_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_3_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va22_3_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va22_3_12, <4 x float> %tb22_3, <4 x float> %vb22_3)
  %va22_3_14 = call <4 x float> @helper_22(<4 x float> %va22_3_13)
  %va22_3_15 = call <4 x float> @helper_22(<4 x float> %va22_3_14)
  %va22_3_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va22_3_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va22_3_16, ptr %pc22_3, align 4
  %inext22 = add nuw i64 %i22, 1
  %more22 = icmp ult i64 %inext22, %iters22
  br i1 %more22, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
