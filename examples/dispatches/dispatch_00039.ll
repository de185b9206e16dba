; dispatch 39

@table_39 = private unnamed_addr constant [16 x float] [float -6.125000e+00, float 7.500000e-01, float -7.750000e+00, float 4.500000e+00, float 3.625000e+00, float -6.625000e+00, float -2.500000e-01, float -2.750000e+00, float -1.125000e+00, float 5.250000e+00, float -3.750000e-01, float -2.500000e+00, float -2.375000e+00, float 0.000000e+00, float -1.875000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_39(<4 x float> %x) unnamed_addr #0 {
entry:
  %h39_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h39_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h39_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h39_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h39_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h39_2
}

define i32 @dispatch_39_k1(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu39 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu39, align 8
  %out39 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 28, ptr %b, i64 0, i64 28, ptr %out39, i64 0, i64 32, i64 2, i64 2, i64 7, i32 4, i32 4, i32 1, i32 513, ptr %cpu39)
  %iters39 = udiv i64 %n, 16
  %any39 = icmp ugt i64 %iters39, 0
  br i1 %any39, label %loop, label %done

loop:
  %i39 = phi i64 [ 0, %entry ], [ %inext39, %loop ]
  %base39 = mul nuw i64 %i39, 16
  %off39_0 = add nuw i64 %base39, 0
  %pa39_0 = getelementptr inbounds float, ptr %a, i64 %off39_0
  %pb39_0 = getelementptr inbounds float, ptr %b, i64 %off39_0
  %pc39_0 = getelementptr inbounds float, ptr %c, i64 %off39_0
  %va39_0_0 = load <4 x float>, ptr %pa39_0, align 4
  %vb39_0 = load <4 x float>, ptr %pb39_0, align 4
  %ti39_0 = and i64 %off39_0, 15
  %tp39_0 = getelementptr inbounds [16 x float], ptr @table_39, i64 0, i64 %ti39_0
  %tv39_0 = load float, ptr %tp39_0, align 4
  %ts39_0 = insertelement <4 x float> poison, float %tv39_0, i64 0
  %tb39_0 = shufflevector <4 x float> %ts39_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va39_0_1 = call <4 x float> @helper_39(<4 x float> %va39_0_0)
  %va39_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va39_0_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va39_0_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_0_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp39_0_3 = fcmp olt <4 x float> %va39_0_3, %vb39_0
  %va39_0_4 = select <4 x i1> %cmp39_0_3, <4 x float> %va39_0_3, <4 x float> %vb39_0
  %va39_0_5 = call <4 x float> @helper_39(<4 x float> %va39_0_4)
  %cmp39_0_5 = fcmp olt <4 x float> %va39_0_5, %vb39_0
  %va39_0_6 = select <4 x i1> %cmp39_0_5, <4 x float> %va39_0_5, <4 x float> %vb39_0
  %va39_0_7 = fadd <4 x float> %va39_0_6, %vb39_0
  %va39_0_8 = fadd <4 x float> %va39_0_7, %vb39_0
  %va39_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va39_0_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va39_0_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_0_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va39_0_11 = fmul <4 x float> %va39_0_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va39_0_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_0_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va39_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va39_0_12, <4 x float> %tb39_0, <4 x float> %vb39_0)
  %va39_0_14 = call <4 x float> @helper_39(<4 x float> %va39_0_13)
  %va39_0_15 = call <4 x float> @helper_39(<4 x float> %va39_0_14)
  %va39_0_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_0_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va39_0_16, ptr %pc39_0, align 4
  %off39_1 = add nuw i64 %base39, 4
  %pa39_1 = getelementptr inbounds float, ptr %a, i64 %off39_1
  %pb39_1 = getelementptr inbounds float, ptr %b, i64 %off39_1
  %pc39_1 = getelementptr inbounds float, ptr %c, i64 %off39_1
  %va39_1_0 = load <4 x float>, ptr %pa39_1, align 4
  %vb39_1 = load <4 x float>, ptr %pb39_1, align 4
  %ti39_1 = and i64 %off39_1, 15
  %tp39_1 = getelementptr inbounds [16 x float], ptr @table_39, i64 0, i64 %ti39_1
  %tv39_1 = load float, ptr %tp39_1, align 4
  %ts39_1 = insertelement <4 x float> poison, float %tv39_1, i64 0
  %tb39_1 = shufflevector <4 x float> %ts39_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va39_1_1 = call <4 x float> @helper_39(<4 x float> %va39_1_0)
  %va39_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va39_1_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va39_1_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_1_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp39_1_3 = fcmp olt <4 x float> %va39_1_3, %vb39_1
  %va39_1_4 = select <4 x i1> %cmp39_1_3, <4 x float> %va39_1_3, <4 x float> %vb39_1
  %va39_1_5 = call <4 x float> @helper_39(<4 x float> %va39_1_4)
  %cmp39_1_5 = fcmp olt <4 x float> %va39_1_5, %vb39_1
  %va39_1_6 = select <4 x i1> %cmp39_1_5, <4 x float> %va39_1_5, <4 x float> %vb39_1
  %va39_1_7 = fadd <4 x float> %va39_1_6, %vb39_1
  %va39_1_8 = fadd <4 x float> %va39_1_7, %vb39_1
  %va39_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va39_1_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va39_1_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_1_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va39_1_11 = fmul <4 x float> %va39_1_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va39_1_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_1_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va39_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va39_1_12, <4 x float> %tb39_1, <4 x float> %vb39_1)
  %va39_1_14 = call <4 x float> @helper_39(<4 x float> %va39_1_13)
  %va39_1_15 = call <4 x float> @helper_39(<4 x float> %va39_1_14)
  %va39_1_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_1_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va39_1_16, ptr %pc39_1, align 4
  %off39_2 = add nuw i64 %base39, 8
  %pa39_2 = getelementptr inbounds float, ptr %a, i64 %off39_2
  %pb39_2 = getelementptr inbounds float, ptr %b, i64 %off39_2
  %pc39_2 = getelementptr inbounds float, ptr %c, i64 %off39_2
  %va39_2_0 = load <4 x float>, ptr %pa39_2, align 4
  %vb39_2 = load <4 x float>, ptr %pb39_2, align 4
  %ti39_2 = and i64 %off39_2, 15
  %tp39_2 = getelementptr inbounds [16 x float], ptr @table_39, i64 0, i64 %ti39_2
  %tv39_2 = load float, ptr %tp39_2, align 4
  %ts39_2 = insertelement <4 x float> poison, float %tv39_2, i64 0
  %tb39_2 = shufflevector <4 x float> %ts39_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va39_2_1 = call <4 x float> @helper_39(<4 x float> %va39_2_0)
  %va39_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va39_2_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va39_2_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_2_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp39_2_3 = fcmp olt <4 x float> %va39_2_3, %vb39_2
  %va39_2_4 = select <4 x i1> %cmp39_2_3, <4 x float> %va39_2_3, <4 x float> %vb39_2
  %va39_2_5 = call <4 x float> @helper_39(<4 x float> %va39_2_4)
  %cmp39_2_5 = fcmp olt <4 x float> %va39_2_5, %vb39_2
  %va39_2_6 = select <4 x i1> %cmp39_2_5, <4 x float> %va39_2_5, <4 x float> %vb39_2
  %va39_2_7 = fadd <4 x float> %va39_2_6, %vb39_2
  %va39_2_8 = fadd <4 x float> %va39_2_7, %vb39_2
  %va39_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va39_2_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va39_2_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_2_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va39_2_11 = fmul <4 x float> %va39_2_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va39_2_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_2_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va39_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va39_2_12, <4 x float> %tb39_2, <4 x float> %vb39_2)
  %va39_2_14 = call <4 x float> @helper_39(<4 x float> %va39_2_13)
  %va39_2_15 = call <4 x float> @helper_39(<4 x float> %va39_2_14)
  %va39_2_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_2_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va39_2_16, ptr %pc39_2, align 4
  %off39_3 = add nuw i64 %base39, 12
  %pa39_3 = getelementptr inbounds float, ptr %a, i64 %off39_3
  %pb39_3 = getelementptr inbounds float, ptr %b, i64 %off39_3
  %pc39_3 = getelementptr inbounds float, ptr %c, i64 %off39_3
  %va39_3_0 = load <4 x float>, ptr %pa39_3, align 4
  %vb39_3 = load <4 x float>, ptr %pb39_3, align 4
  %ti39_3 = and i64 %off39_3, 15
  %tp39_3 = getelementptr inbounds [16 x float], ptr @table_39, i64 0, i64 %ti39_3
  %tv39_3 = load float, ptr %tp39_3, align 4
  %ts39_3 = insertelement <4 x float> poison, float %tv39_3, i64 0
  %tb39_3 = shufflevector <4 x float> %ts39_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va39_3_1 = call <4 x float> @helper_39(<4 x float> %va39_3_0)
  %va39_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va39_3_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va39_3_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_3_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp39_3_3 = fcmp olt <4 x float> %va39_3_3, %vb39_3
  %va39_3_4 = select <4 x i1> %cmp39_3_3, <4 x float> %va39_3_3, <4 x float> %vb39_3
  %va39_3_5 = call <4 x float> @helper_39(<4 x float> %va39_3_4)
  %cmp39_3_5 = fcmp olt <4 x float> %va39_3_5, %vb39_3
  %va39_3_6 = select <4 x i1> %cmp39_3_5, <4 x float> %va39_3_5, <4 x float> %vb39_3
  %va39_3_7 = fadd <4 x float> %va39_3_6, %vb39_3
  %va39_3_8 = fadd <4 x float> %va39_3_7, %vb39_3
  %va39_3_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va39_3_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va39_3_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_3_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va39_3_11 = fmul <4 x float> %va39_3_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va39_3_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_3_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va39_3_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va39_3_12, <4 x float> %tb39_3, <4 x float> %vb39_3)
  %va39_3_14 = call <4 x float> @helper_39(<4 x float> %va39_3_13)
  %va39_3_15 = call <4 x float> @helper_39(<4 x float> %va39_3_14)
  %va39_3_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va39_3_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va39_3_16, ptr %pc39_3, align 4
  %inext39 = add nuw i64 %i39, 1
  %more39 = icmp ult i64 %inext39, %iters39
  br i1 %more39, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
