; dispatch 15

@table_15 = private unnamed_addr constant [32 x float] [float 1.250000e+00, float 5.750000e+00, float -5.875000e+00, float 8.750000e-01, float 5.000000e+00, float 2.125000e+00, float -2.750000e+00, float 2.500000e-01, float 1.250000e+00, float -6.000000e+00, float -4.125000e+00, float -3.750000e+00, float 4.250000e+00, float -2.125000e+00, float -5.000000e-01, float 5.875000e+00, float 6.000000e+00, float -7.500000e+00, float 4.500000e+00, float 6.250000e+00, float -8.750000e-01, float -7.500000e+00, float 4.000000e+00, float -2.125000e+00, float -3.500000e+00, float -8.000000e+00, float 7.500000e+00, float 5.750000e+00, float 8.000000e+00, float -1.625000e+00, float 4.875000e+00, float -6.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_15(<4 x float> %x) unnamed_addr #0 {
entry:
  %h15_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h15_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h15_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h15_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h15_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h15_2
}

define i32 @dispatch_15_k4(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu15 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu15, align 8
  %out15 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 20, ptr %b, i64 0, i64 20, ptr %out15, i64 0, i64 32, i64 2, i64 2, i64 5, i32 4, i32 4, i32 1, i32 513, ptr %cpu15)
  %iters15 = udiv i64 %n, 16
  %any15 = icmp ugt i64 %iters15, 0
  br i1 %any15, label %loop, label %done

loop:
  %i15 = phi i64 [ 0, %entry ], [ %inext15, %loop ]
  %pre15 = mul nuw i64 %i15, 16
  %base15 = add nuw i64 %pre15, 0
  %off15_0 = add nuw i64 %base15, 0
  %pa15_0 = getelementptr inbounds float, ptr %a, i64 %off15_0
  %pb15_0 = getelementptr inbounds float, ptr %b, i64 %off15_0
  %pc15_0 = getelementptr inbounds float, ptr %c, i64 %off15_0
  %va15_0_0 = load <4 x float>, ptr %pa15_0, align 4
  %vb15_0 = load <4 x float>, ptr %pb15_0, align 4
  %ti15_0 = and i64 %off15_0, 31
  %tp15_0 = getelementptr inbounds [32 x float], ptr @table_15, i64 0, i64 %ti15_0
  %tv15_0 = load float, ptr %tp15_0, align 4
  %ts15_0 = insertelement <4 x float> poison, float %tv15_0, i64 0
  %tb15_0 = shufflevector <4 x float> %ts15_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va15_0_1 = fmul <4 x float> %va15_0_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va15_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va15_0_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va15_0_3 = fmul <4 x float> %va15_0_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va15_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va15_0_3, <4 x float> %tb15_0, <4 x float> %vb15_0)
  %va15_0_5 = call <4 x float> @helper_15(<4 x float> %va15_0_4)
  %va15_0_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va15_0_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va15_0_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va15_0_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va15_0_8 = call <4 x float> @helper_15(<4 x float> %va15_0_7)
  store <4 x float> %va15_0_8, ptr %pc15_0, align 4
  %off15_1 = add nuw i64 %base15, 4
  %pa15_1 = getelementptr inbounds float, ptr %a, i64 %off15_1
  %pb15_1 = getelementptr inbounds float, ptr %b, i64 %off15_1
  %pc15_1 = getelementptr inbounds float, ptr %c, i64 %off15_1
  %va15_1_0 = load <4 x float>, ptr %pa15_1, align 4
  %vb15_1 = load <4 x float>, ptr %pb15_1, align 4
  %ti15_1 = and i64 %off15_1, 31
  %tp15_1 = getelementptr inbounds [32 x float], ptr @table_15, i64 0, i64 %ti15_1
  %tv15_1 = load float, ptr %tp15_1, align 4
  %ts15_1 = insertelement <4 x float> poison, float %tv15_1, i64 0
  %tb15_1 = shufflevector <4 x float> %ts15_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va15_1_1 = fmul <4 x float> %va15_1_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va15_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va15_1_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va15_1_3 = fmul <4 x float> %va15_1_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va15_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va15_1_3, <4 x float> %tb15_1, <4 x float> %vb15_1)
  %va15_1_5 = call <4 x float> @helper_15(<4 x float> %va15_1_4)
  %va15_1_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va15_1_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va15_1_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va15_1_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va15_1_8 = call <4 x float> @helper_15(<4 x float> %va15_1_7)
  store <4 x float> %va15_1_8, ptr %pc15_1, align 4
  %off15_2 = add nuw i64 %base15, 8
  %pa15_2 = getelementptr inbounds float, ptr %a, i64 %off15_2
  %pb15_2 = getelementptr inbounds float, ptr %b, i64 %off15_2
  %pc15_2 = getelementptr inbounds float, ptr %c, i64 %off15_2
  %va15_2_0 = load <4 x float>, ptr %pa15_2, align 4
  %vb15_2 = load <4 x float>, ptr %pb15_2, align 4
  %ti15_2 = and i64 %off15_2, 31
  %tp15_2 = getelementptr inbounds [32 x float], ptr @table_15, i64 0, i64 %ti15_2
  %tv15_2 = load float, ptr %tp15_2, align 4
  %ts15_2 = insertelement <4 x float> poison, float %tv15_2, i64 0
  %tb15_2 = shufflevector <4 x float> %ts15_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va15_2_1 = fmul <4 x float> %va15_2_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va15_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va15_2_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va15_2_3 = fmul <4 x float> %va15_2_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va15_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va15_2_3, <4 x float> %tb15_2, <4 x float> %vb15_2)
  %va15_2_5 = call <4 x float> @helper_15(<4 x float> %va15_2_4)
  %va15_2_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va15_2_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va15_2_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va15_2_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va15_2_8 = call <4 x float> @helper_15(<4 x float> %va15_2_7)
  store <4 x float> %va15_2_8, ptr %pc15_2, align 4
  %off15_3 = add nuw i64 %base15, 12
  %pa15_3 = getelementptr inbounds float, ptr %a, i64 %off15_3
  %pb15_3 = getelementptr inbounds float, ptr %b, i64 %off15_3
  %pc15_3 = getelementptr inbounds float, ptr %c, i64 %off15_3
  %va15_3_0 = load <4 x float>, ptr %pa15_3, align 4
  %vb15_3 = load <4 x float>, ptr %pb15_3, align 4
  %ti15_3 = and i64 %off15_3, 31
  %tp15_3 = getelementptr inbounds [32 x float], ptr @table_15, i64 0, i64 %ti15_3
  %tv15_3 = load float, ptr %tp15_3, align 4
  %ts15_3 = insertelement <4 x float> poison, float %tv15_3, i64 0
  %tb15_3 = shufflevector <4 x float> %ts15_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va15_3_1 = fmul <4 x float> %va15_3_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va15_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va15_3_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va15_3_3 = fmul <4 x float> %va15_3_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va15_3_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va15_3_3, <4 x float> %tb15_3, <4 x float> %vb15_3)
  %va15_3_5 = call <4 x float> @helper_15(<4 x float> %va15_3_4)
  %va15_3_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va15_3_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va15_3_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va15_3_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va15_3_8 = call <4 x float> @helper_15(<4 x float> %va15_3_7)
  store <4 x float> %va15_3_8, ptr %pc15_3, align 4
  %inext15 = add nuw i64 %i15, 1
  %more15 = icmp ult i64 %inext15, %iters15
  br i1 %more15, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
