; dispatch 33

@table_33 = private unnamed_addr constant [32 x float] [float 1.250000e+00, float 5.750000e+00, float -5.875000e+00, float 8.750000e-01, float 5.000000e+00, float 2.125000e+00, float -2.750000e+00, float 2.500000e-01, float 1.250000e+00, float -6.000000e+00, float -4.125000e+00, float -3.750000e+00, float 4.250000e+00, float -2.125000e+00, float -5.000000e-01, float 5.875000e+00, float 6.000000e+00, float -7.500000e+00, float 4.500000e+00, float 6.250000e+00, float -8.750000e-01, float -7.500000e+00, float 4.000000e+00, float -2.125000e+00, float -3.500000e+00, float -8.000000e+00, float 7.500000e+00, float 5.750000e+00, float 8.000000e+00, float -1.625000e+00, float 4.875000e+00, float -6.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_33(<4 x float> %x) unnamed_addr #0 {
entry:
  %h33_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h33_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h33_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h33_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h33_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h33_2
}

define i32 @dispatch_33_k4(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu33 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu33, align 8
  %out33 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 20, ptr %b, i64 0, i64 20, ptr %out33, i64 0, i64 32, i64 2, i64 2, i64 5, i32 4, i32 4, i32 1, i32 513, ptr %cpu33)
  %iters33 = udiv i64 %n, 16
  %any33 = icmp ugt i64 %iters33, 0
  br i1 %any33, label %loop, label %done

loop:
  %i33 = phi i64 [ 0, %entry ], [ %inext33, %loop ]
  %base33 = mul nuw i64 %i33, 16
  %off33_0 = add nuw i64 %base33, 0
  %pa33_0 = getelementptr inbounds float, ptr %a, i64 %off33_0
  %pb33_0 = getelementptr inbounds float, ptr %b, i64 %off33_0
  %pc33_0 = getelementptr inbounds float, ptr %c, i64 %off33_0
  %va33_0_0 = load <4 x float>, ptr %pa33_0, align 4
  %vb33_0 = load <4 x float>, ptr %pb33_0, align 4
  %ti33_0 = and i64 %off33_0, 31
  %tp33_0 = getelementptr inbounds [32 x float], ptr @table_33, i64 0, i64 %ti33_0
  %tv33_0 = load float, ptr %tp33_0, align 4
  %ts33_0 = insertelement <4 x float> poison, float %tv33_0, i64 0
  %tb33_0 = shufflevector <4 x float> %ts33_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va33_0_1 = fmul <4 x float> %va33_0_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va33_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va33_0_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va33_0_3 = fmul <4 x float> %va33_0_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va33_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va33_0_3, <4 x float> %tb33_0, <4 x float> %vb33_0)
  %va33_0_5 = call <4 x float> @helper_33(<4 x float> %va33_0_4)
  %va33_0_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va33_0_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va33_0_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va33_0_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va33_0_8 = call <4 x float> @helper_33(<4 x float> %va33_0_7)
  store <4 x float> %va33_0_8, ptr %pc33_0, align 4
  %off33_1 = add nuw i64 %base33, 4
  %pa33_1 = getelementptr inbounds float, ptr %a, i64 %off33_1
  %pb33_1 = getelementptr inbounds float, ptr %b, i64 %off33_1
  %pc33_1 = getelementptr inbounds float, ptr %c, i64 %off33_1
  %va33_1_0 = load <4 x float>, ptr %pa33_1, align 4
  %vb33_1 = load <4 x float>, ptr %pb33_1, align 4
  %ti33_1 = and i64 %off33_1, 31
  %tp33_1 = getelementptr inbounds [32 x float], ptr @table_33, i64 0, i64 %ti33_1
  %tv33_1 = load float, ptr %tp33_1, align 4
  %ts33_1 = insertelement <4 x float> poison, float %tv33_1, i64 0
  %tb33_1 = shufflevector <4 x float> %ts33_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va33_1_1 = fmul <4 x float> %va33_1_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va33_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va33_1_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va33_1_3 = fmul <4 x float> %va33_1_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va33_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va33_1_3, <4 x float> %tb33_1, <4 x float> %vb33_1)
  %va33_1_5 = call <4 x float> @helper_33(<4 x float> %va33_1_4)
  %va33_1_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va33_1_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va33_1_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va33_1_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va33_1_8 = call <4 x float> @helper_33(<4 x float> %va33_1_7)
  store <4 x float> %va33_1_8, ptr %pc33_1, align 4
  %off33_2 = add nuw i64 %base33, 8
  %pa33_2 = getelementptr inbounds float, ptr %a, i64 %off33_2
  %pb33_2 = getelementptr inbounds float, ptr %b, i64 %off33_2
  %pc33_2 = getelementptr inbounds float, ptr %c, i64 %off33_2
  %va33_2_0 = load <4 x float>, ptr %pa33_2, align 4
  %vb33_2 = load <4 x float>, ptr %pb33_2, align 4
  %ti33_2 = and i64 %off33_2, 31
  %tp33_2 = getelementptr inbounds [32 x float], ptr @table_33, i64 0, i64 %ti33_2
  %tv33_2 = load float, ptr %tp33_2, align 4
  %ts33_2 = insertelement <4 x float> poison, float %tv33_2, i64 0
  %tb33_2 = shufflevector <4 x float> %ts33_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va33_2_1 = fmul <4 x float> %va33_2_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va33_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va33_2_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va33_2_3 = fmul <4 x float> %va33_2_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va33_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va33_2_3, <4 x float> %tb33_2, <4 x float> %vb33_2)
  %va33_2_5 = call <4 x float> @helper_33(<4 x float> %va33_2_4)
  %va33_2_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va33_2_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va33_2_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va33_2_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va33_2_8 = call <4 x float> @helper_33(<4 x float> %va33_2_7)
  store <4 x float> %va33_2_8, ptr %pc33_2, align 4
  %off33_3 = add nuw i64 %base33, 12
  %pa33_3 = getelementptr inbounds float, ptr %a, i64 %off33_3
  %pb33_3 = getelementptr inbounds float, ptr %b, i64 %off33_3
  %pc33_3 = getelementptr inbounds float, ptr %c, i64 %off33_3
  %va33_3_0 = load <4 x float>, ptr %pa33_3, align 4
  %vb33_3 = load <4 x float>, ptr %pb33_3, align 4
  %ti33_3 = and i64 %off33_3, 31
  %tp33_3 = getelementptr inbounds [32 x float], ptr @table_33, i64 0, i64 %ti33_3
  %tv33_3 = load float, ptr %tp33_3, align 4
  %ts33_3 = insertelement <4 x float> poison, float %tv33_3, i64 0
  %tb33_3 = shufflevector <4 x float> %ts33_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va33_3_1 = fmul <4 x float> %va33_3_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va33_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va33_3_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va33_3_3 = fmul <4 x float> %va33_3_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va33_3_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va33_3_3, <4 x float> %tb33_3, <4 x float> %vb33_3)
  %va33_3_5 = call <4 x float> @helper_33(<4 x float> %va33_3_4)
  %va33_3_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va33_3_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va33_3_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va33_3_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va33_3_8 = call <4 x float> @helper_33(<4 x float> %va33_3_7)
  store <4 x float> %va33_3_8, ptr %pc33_3, align 4
  %inext33 = add nuw i64 %i33, 1
  %more33 = icmp ult i64 %inext33, %iters33
  br i1 %more33, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
