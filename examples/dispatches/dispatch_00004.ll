; dispatch 4

@table_4 = private unnamed_addr constant [32 x float] [float 1.250000e+00, float 5.750000e+00, float -5.875000e+00, float 8.750000e-01, float 5.000000e+00, float 2.125000e+00, float -2.750000e+00, float 2.500000e-01, float 1.250000e+00, float -6.000000e+00, float -4.125000e+00, float -3.750000e+00, float 4.250000e+00, float -2.125000e+00, float -5.000000e-01, float 5.875000e+00, float 6.000000e+00, float -7.500000e+00, float 4.500000e+00, float 6.250000e+00, float -8.750000e-01, float -7.500000e+00, float 4.000000e+00, float -2.125000e+00, float -3.500000e+00, float -8.000000e+00, float 7.500000e+00, float 5.750000e+00, float 8.000000e+00, float -1.625000e+00, float 4.875000e+00, float -6.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_4(<4 x float> %x) unnamed_addr #0 {
entry:
  %h4_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h4_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h4_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h4_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h4_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h4_2
}

define i32 @dispatch_4_k4(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu4 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu4, align 8
  %out4 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 20, ptr %b, i64 0, i64 20, ptr %out4, i64 0, i64 32, i64 2, i64 2, i64 5, i32 4, i32 4, i32 1, i32 513, ptr %cpu4)
  %iters4 = udiv i64 %n, 16
  %any4 = icmp ugt i64 %iters4, 0
  br i1 %any4, label %loop, label %done

loop:
  %i4 = phi i64 [ 0, %entry ], [ %inext4, %loop ]
  %base4 = mul nuw i64 %i4, 16
  %off4_0 = add nuw i64 %base4, 0
  %pa4_0 = getelementptr inbounds float, ptr %a, i64 %off4_0
  %pb4_0 = getelementptr inbounds float, ptr %b, i64 %off4_0
  %pc4_0 = getelementptr inbounds float, ptr %c, i64 %off4_0
  %va4_0_0 = load <4 x float>, ptr %pa4_0, align 4
  %vb4_0 = load <4 x float>, ptr %pb4_0, align 4
  %ti4_0 = and i64 %off4_0, 31
  %tp4_0 = getelementptr inbounds [32 x float], ptr @table_4, i64 0, i64 %ti4_0
  %tv4_0 = load float, ptr %tp4_0, align 4
  %ts4_0 = insertelement <4 x float> poison, float %tv4_0, i64 0
  %tb4_0 = shufflevector <4 x float> %ts4_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va4_0_1 = fmul <4 x float> %va4_0_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va4_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va4_0_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va4_0_3 = fmul <4 x float> %va4_0_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va4_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va4_0_3, <4 x float> %tb4_0, <4 x float> %vb4_0)
  %va4_0_5 = call <4 x float> @helper_4(<4 x float> %va4_0_4)
  %va4_0_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va4_0_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va4_0_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va4_0_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va4_0_8 = call <4 x float> @helper_4(<4 x float> %va4_0_7)
  store <4 x float> %va4_0_8, ptr %pc4_0, align 4
  %off4_1 = add nuw i64 %base4, 4
  %pa4_1 = getelementptr inbounds float, ptr %a, i64 %off4_1
  %pb4_1 = getelementptr inbounds float, ptr %b, i64 %off4_1
  %pc4_1 = getelementptr inbounds float, ptr %c, i64 %off4_1
  %va4_1_0 = load <4 x float>, ptr %pa4_1, align 4
  %vb4_1 = load <4 x float>, ptr %pb4_1, align 4
  %ti4_1 = and i64 %off4_1, 31
  %tp4_1 = getelementptr inbounds [32 x float], ptr @table_4, i64 0, i64 %ti4_1
  %tv4_1 = load float, ptr %tp4_1, align 4
  %ts4_1 = insertelement <4 x float> poison, float %tv4_1, i64 0
  %tb4_1 = shufflevector <4 x float> %ts4_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va4_1_1 = fmul <4 x float> %va4_1_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va4_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va4_1_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va4_1_3 = fmul <4 x float> %va4_1_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va4_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va4_1_3, <4 x float> %tb4_1, <4 x float> %vb4_1)
  %va4_1_5 = call <4 x float> @helper_4(<4 x float> %va4_1_4)
  %va4_1_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va4_1_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va4_1_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va4_1_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va4_1_8 = call <4 x float> @helper_4(<4 x float> %va4_1_7)
  store <4 x float> %va4_1_8, ptr %pc4_1, align 4
  %off4_2 = add nuw i64 %base4, 8
  %pa4_2 = getelementptr inbounds float, ptr %a, i64 %off4_2
  %pb4_2 = getelementptr inbounds float, ptr %b, i64 %off4_2
  %pc4_2 = getelementptr inbounds float, ptr %c, i64 %off4_2
  %va4_2_0 = load <4 x float>, ptr %pa4_2, align 4
  %vb4_2 = load <4 x float>, ptr %pb4_2, align 4
  %ti4_2 = and i64 %off4_2, 31
  %tp4_2 = getelementptr inbounds [32 x float], ptr @table_4, i64 0, i64 %ti4_2
  %tv4_2 = load float, ptr %tp4_2, align 4
  %ts4_2 = insertelement <4 x float> poison, float %tv4_2, i64 0
  %tb4_2 = shufflevector <4 x float> %ts4_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va4_2_1 = fmul <4 x float> %va4_2_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va4_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va4_2_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va4_2_3 = fmul <4 x float> %va4_2_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va4_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va4_2_3, <4 x float> %tb4_2, <4 x float> %vb4_2)
  %va4_2_5 = call <4 x float> @helper_4(<4 x float> %va4_2_4)
  %va4_2_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va4_2_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va4_2_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va4_2_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va4_2_8 = call <4 x float> @helper_4(<4 x float> %va4_2_7)
  store <4 x float> %va4_2_8, ptr %pc4_2, align 4
  %off4_3 = add nuw i64 %base4, 12
  %pa4_3 = getelementptr inbounds float, ptr %a, i64 %off4_3
  %pb4_3 = getelementptr inbounds float, ptr %b, i64 %off4_3
  %pc4_3 = getelementptr inbounds float, ptr %c, i64 %off4_3
  %va4_3_0 = load <4 x float>, ptr %pa4_3, align 4
  %vb4_3 = load <4 x float>, ptr %pb4_3, align 4
  %ti4_3 = and i64 %off4_3, 31
  %tp4_3 = getelementptr inbounds [32 x float], ptr @table_4, i64 0, i64 %ti4_3
  %tv4_3 = load float, ptr %tp4_3, align 4
  %ts4_3 = insertelement <4 x float> poison, float %tv4_3, i64 0
  %tb4_3 = shufflevector <4 x float> %ts4_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va4_3_1 = fmul <4 x float> %va4_3_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va4_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va4_3_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va4_3_3 = fmul <4 x float> %va4_3_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va4_3_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va4_3_3, <4 x float> %tb4_3, <4 x float> %vb4_3)
  %va4_3_5 = call <4 x float> @helper_4(<4 x float> %va4_3_4)
  %va4_3_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va4_3_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va4_3_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va4_3_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va4_3_8 = call <4 x float> @helper_4(<4 x float> %va4_3_7)
  store <4 x float> %va4_3_8, ptr %pc4_3, align 4
  %inext4 = add nuw i64 %i4, 1
  %more4 = icmp ult i64 %inext4, %iters4
  br i1 %more4, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
