; dispatch 27

@table_27 = private unnamed_addr constant [32 x float] [float 1.250000e+00, float 5.750000e+00, float -5.875000e+00, float 8.750000e-01, float 5.000000e+00, float 2.125000e+00, float -2.750000e+00, float 2.500000e-01, float 1.250000e+00, float -6.000000e+00, float -4.125000e+00, float -3.750000e+00, float 4.250000e+00, float -2.125000e+00, float -5.000000e-01, float 5.875000e+00, float 6.000000e+00, float -7.500000e+00, float 4.500000e+00, float 6.250000e+00, float -8.750000e-01, float -7.500000e+00, float 4.000000e+00, float -2.125000e+00, float -3.500000e+00, float -8.000000e+00, float 7.500000e+00, float 5.750000e+00, float 8.000000e+00, float -1.625000e+00, float 4.875000e+00, float -6.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_27(<4 x float> %x) unnamed_addr #0 {
entry:
  %h27_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h27_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h27_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h27_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h27_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h27_2
}

define i32 @dispatch_27_k4(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu27 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu27, align 8
  %out27 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 20, ptr %b, i64 0, i64 20, ptr %out27, i64 0, i64 32, i64 2, i64 2, i64 5, i32 4, i32 4, i32 1, i32 513, ptr %cpu27)
  %iters27 = udiv i64 %n, 16
  %any27 = icmp ugt i64 %iters27, 0
  br i1 %any27, label %loop, label %done

loop:
  %i27 = phi i64 [ 0, %entry ], [ %inext27, %loop ]
  %base27 = mul nuw i64 %i27, 16
  %off27_0 = add nuw i64 %base27, 0
  %pa27_0 = getelementptr inbounds float, ptr %a, i64 %off27_0
  %pb27_0 = getelementptr inbounds float, ptr %b, i64 %off27_0
  %pc27_0 = getelementptr inbounds float, ptr %c, i64 %off27_0
  %va27_0_0 = load <4 x float>, ptr %pa27_0, align 4
  %vb27_0 = load <4 x float>, ptr %pb27_0, align 4
  %ti27_0 = and i64 %off27_0, 31
  %tp27_0 = getelementptr inbounds [32 x float], ptr @table_27, i64 0, i64 %ti27_0
  %tv27_0 = load float, ptr %tp27_0, align 4
  %ts27_0 = insertelement <4 x float> poison, float %tv27_0, i64 0
  %tb27_0 = shufflevector <4 x float> %ts27_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va27_0_1 = fmul <4 x float> %va27_0_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va27_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va27_0_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va27_0_3 = fmul <4 x float> %va27_0_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va27_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va27_0_3, <4 x float> %tb27_0, <4 x float> %vb27_0)
  %va27_0_5 = call <4 x float> @helper_27(<4 x float> %va27_0_4)
  %va27_0_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va27_0_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va27_0_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va27_0_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va27_0_8 = call <4 x float> @helper_27(<4 x float> %va27_0_7)
  store <4 x float> %va27_0_8, ptr %pc27_0, align 4
  %off27_1 = add nuw i64 %base27, 4
  %pa27_1 = getelementptr inbounds float, ptr %a, i64 %off27_1
  %pb27_1 = getelementptr inbounds float, ptr %b, i64 %off27_1
  %pc27_1 = getelementptr inbounds float, ptr %c, i64 %off27_1
  %va27_1_0 = load <4 x float>, ptr %pa27_1, align 4
  %vb27_1 = load <4 x float>, ptr %pb27_1, align 4
  %ti27_1 = and i64 %off27_1, 31
  %tp27_1 = getelementptr inbounds [32 x float], ptr @table_27, i64 0, i64 %ti27_1
  %tv27_1 = load float, ptr %tp27_1, align 4
  %ts27_1 = insertelement <4 x float> poison, float %tv27_1, i64 0
  %tb27_1 = shufflevector <4 x float> %ts27_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va27_1_1 = fmul <4 x float> %va27_1_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va27_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va27_1_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va27_1_3 = fmul <4 x float> %va27_1_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va27_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va27_1_3, <4 x float> %tb27_1, <4 x float> %vb27_1)
  %va27_1_5 = call <4 x float> @helper_27(<4 x float> %va27_1_4)
  %va27_1_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va27_1_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va27_1_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va27_1_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va27_1_8 = call <4 x float> @helper_27(<4 x float> %va27_1_7)
  store <4 x float> %va27_1_8, ptr %pc27_1, align 4
  %off27_2 = add nuw i64 %base27, 8
  %pa27_2 = getelementptr inbounds float, ptr %a, i64 %off27_2
  %pb27_2 = getelementptr inbounds float, ptr %b, i64 %off27_2
  %pc27_2 = getelementptr inbounds float, ptr %c, i64 %off27_2
  %va27_2_0 = load <4 x float>, ptr %pa27_2, align 4
  %vb27_2 = load <4 x float>, ptr %pb27_2, align 4
  %ti27_2 = and i64 %off27_2, 31
  %tp27_2 = getelementptr inbounds [32 x float], ptr @table_27, i64 0, i64 %ti27_2
  %tv27_2 = load float, ptr %tp27_2, align 4
  %ts27_2 = insertelement <4 x float> poison, float %tv27_2, i64 0
  %tb27_2 = shufflevector <4 x float> %ts27_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va27_2_1 = fmul <4 x float> %va27_2_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va27_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va27_2_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va27_2_3 = fmul <4 x float> %va27_2_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va27_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va27_2_3, <4 x float> %tb27_2, <4 x float> %vb27_2)
  %va27_2_5 = call <4 x float> @helper_27(<4 x float> %va27_2_4)
  %va27_2_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va27_2_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va27_2_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va27_2_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va27_2_8 = call <4 x float> @helper_27(<4 x float> %va27_2_7)
  store <4 x float> %va27_2_8, ptr %pc27_2, align 4
  %off27_3 = add nuw i64 %base27, 12
  %pa27_3 = getelementptr inbounds float, ptr %a, i64 %off27_3
  %pb27_3 = getelementptr inbounds float, ptr %b, i64 %off27_3
  %pc27_3 = getelementptr inbounds float, ptr %c, i64 %off27_3
  %va27_3_0 = load <4 x float>, ptr %pa27_3, align 4
  %vb27_3 = load <4 x float>, ptr %pb27_3, align 4
  %ti27_3 = and i64 %off27_3, 31
  %tp27_3 = getelementptr inbounds [32 x float], ptr @table_27, i64 0, i64 %ti27_3
  %tv27_3 = load float, ptr %tp27_3, align 4
  %ts27_3 = insertelement <4 x float> poison, float %tv27_3, i64 0
  %tb27_3 = shufflevector <4 x float> %ts27_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va27_3_1 = fmul <4 x float> %va27_3_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va27_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va27_3_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va27_3_3 = fmul <4 x float> %va27_3_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va27_3_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va27_3_3, <4 x float> %tb27_3, <4 x float> %vb27_3)
  %va27_3_5 = call <4 x float> @helper_27(<4 x float> %va27_3_4)
  %va27_3_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va27_3_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va27_3_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va27_3_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va27_3_8 = call <4 x float> @helper_27(<4 x float> %va27_3_7)
  store <4 x float> %va27_3_8, ptr %pc27_3, align 4
  %inext27 = add nuw i64 %i27, 1
  %more27 = icmp ult i64 %inext27, %iters27
  br i1 %more27, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
