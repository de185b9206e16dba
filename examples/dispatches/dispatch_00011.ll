; dispatch 11

@table_11 = private unnamed_addr constant [32 x float] [float 1.250000e+00, float 5.750000e+00, float -5.875000e+00, float 8.750000e-01, float 5.000000e+00, float 2.125000e+00, float -2.750000e+00, float 2.500000e-01, float 1.250000e+00, float -6.000000e+00, float -4.125000e+00, float -3.750000e+00, float 4.250000e+00, float -2.125000e+00, float -5.000000e-01, float 5.875000e+00, float 6.000000e+00, float -7.500000e+00, float 4.500000e+00, float 6.250000e+00, float -8.750000e-01, float -7.500000e+00, float 4.000000e+00, float -2.125000e+00, float -3.500000e+00, float -8.000000e+00, float 7.500000e+00, float 5.750000e+00, float 8.000000e+00, float -1.625000e+00, float 4.875000e+00, float -6.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_11(<4 x float> %x) unnamed_addr #0 {
entry:
  %h11_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h11_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h11_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h11_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h11_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h11_2
}

define i32 @dispatch_11_k4(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu11 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu11, align 8
  %out11 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 20, ptr %b, i64 0, i64 20, ptr %out11, i64 0, i64 32, i64 2, i64 2, i64 5, i32 4, i32 4, i32 1, i32 513, ptr %cpu11)
  %iters11 = udiv i64 %n, 16
  %any11 = icmp ugt i64 %iters11, 0
  br i1 %any11, label %loop, label %done

loop:
  %i11 = phi i64 [ 0, %entry ], [ %inext11, %loop ]
  %pre11 = mul nuw i64 %i11, 16
  %base11 = add nuw i64 %pre11, 0
  %off11_0 = add nuw i64 %base11, 0
  %pa11_0 = getelementptr inbounds float, ptr %a, i64 %off11_0
  %pb11_0 = getelementptr inbounds float, ptr %b, i64 %off11_0
  %pc11_0 = getelementptr inbounds float, ptr %c, i64 %off11_0
  %va11_0_0 = load <4 x float>, ptr %pa11_0, align 4
  %vb11_0 = load <4 x float>, ptr %pb11_0, align 4
  %ti11_0 = and i64 %off11_0, 31
  %tp11_0 = getelementptr inbounds [32 x float], ptr @table_11, i64 0, i64 %ti11_0
  %tv11_0 = load float, ptr %tp11_0, align 4
  %ts11_0 = insertelement <4 x float> poison, float %tv11_0, i64 0
  %tb11_0 = shufflevector <4 x float> %ts11_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va11_0_1 = fmul <4 x float> %va11_0_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va11_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va11_0_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va11_0_3 = fmul <4 x float> %va11_0_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va11_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va11_0_3, <4 x float> %tb11_0, <4 x float> %vb11_0)
  %va11_0_5 = call <4 x float> @helper_11(<4 x float> %va11_0_4)
  %va11_0_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va11_0_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va11_0_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va11_0_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va11_0_8 = call <4 x float> @helper_11(<4 x float> %va11_0_7)
  store <4 x float> %va11_0_8, ptr %pc11_0, align 4
  %off11_1 = add nuw i64 %base11, 4
  %pa11_1 = getelementptr inbounds float, ptr %a, i64 %off11_1
  %pb11_1 = getelementptr inbounds float, ptr %b, i64 %off11_1
  %pc11_1 = getelementptr inbounds float, ptr %c, i64 %off11_1
  %va11_1_0 = load <4 x float>, ptr %pa11_1, align 4
  %vb11_1 = load <4 x float>, ptr %pb11_1, align 4
  %ti11_1 = and i64 %off11_1, 31
  %tp11_1 = getelementptr inbounds [32 x float], ptr @table_11, i64 0, i64 %ti11_1
  %tv11_1 = load float, ptr %tp11_1, align 4
  %ts11_1 = insertelement <4 x float> poison, float %tv11_1, i64 0
  %tb11_1 = shufflevector <4 x float> %ts11_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va11_1_1 = fmul <4 x float> %va11_1_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va11_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va11_1_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va11_1_3 = fmul <4 x float> %va11_1_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va11_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va11_1_3, <4 x float> %tb11_1, <4 x float> %vb11_1)
  %va11_1_5 = call <4 x float> @helper_11(<4 x float> %va11_1_4)
  %va11_1_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va11_1_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va11_1_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va11_1_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va11_1_8 = call <4 x float> @helper_11(<4 x float> %va11_1_7)
  store <4 x float> %va11_1_8, ptr %pc11_1, align 4
  %off11_2 = add nuw i64 %base11, 8
  %pa11_2 = getelementptr inbounds float, ptr %a, i64 %off11_2
  %pb11_2 = getelementptr inbounds float, ptr %b, i64 %off11_2
  %pc11_2 = getelementptr inbounds float, ptr %c, i64 %off11_2
  %va11_2_0 = load <4 x float>, ptr %pa11_2, align 4
  %vb11_2 = load <4 x float>, ptr %pb11_2, align 4
  %ti11_2 = and i64 %off11_2, 31
  %tp11_2 = getelementptr inbounds [32 x float], ptr @table_11, i64 0, i64 %ti11_2
  %tv11_2 = load float, ptr %tp11_2, align 4
  %ts11_2 = insertelement <4 x float> poison, float %tv11_2, i64 0
  %tb11_2 = shufflevector <4 x float> %ts11_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va11_2_1 = fmul <4 x float> %va11_2_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va11_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va11_2_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va11_2_3 = fmul <4 x float> %va11_2_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va11_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va11_2_3, <4 x float> %tb11_2, <4 x float> %vb11_2)
  %va11_2_5 = call <4 x float> @helper_11(<4 x float> %va11_2_4)
  %va11_2_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va11_2_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va11_2_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va11_2_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va11_2_8 = call <4 x float> @helper_11(<4 x float> %va11_2_7)
  store <4 x float> %va11_2_8, ptr %pc11_2, align 4
  %off11_3 = add nuw i64 %base11, 12
  %pa11_3 = getelementptr inbounds float, ptr %a, i64 %off11_3
  %pb11_3 = getelementptr inbounds float, ptr %b, i64 %off11_3
  %pc11_3 = getelementptr inbounds float, ptr %c, i64 %off11_3
  %va11_3_0 = load <4 x float>, ptr %pa11_3, align 4
  %vb11_3 = load <4 x float>, ptr %pb11_3, align 4
  %ti11_3 = and i64 %off11_3, 31
  %tp11_3 = getelementptr inbounds [32 x float], ptr @table_11, i64 0, i64 %ti11_3
  %tv11_3 = load float, ptr %tp11_3, align 4
  %ts11_3 = insertelement <4 x float> poison, float %tv11_3, i64 0
  %tb11_3 = shufflevector <4 x float> %ts11_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va11_3_1 = fmul <4 x float> %va11_3_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va11_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va11_3_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va11_3_3 = fmul <4 x float> %va11_3_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va11_3_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va11_3_3, <4 x float> %tb11_3, <4 x float> %vb11_3)
  %va11_3_5 = call <4 x float> @helper_11(<4 x float> %va11_3_4)
  %va11_3_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va11_3_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va11_3_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va11_3_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va11_3_8 = call <4 x float> @helper_11(<4 x float> %va11_3_7)
  store <4 x float> %va11_3_8, ptr %pc11_3, align 4
  %inext11 = add nuw i64 %i11, 1
  %more11 = icmp ult i64 %inext11, %iters11
  br i1 %more11, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
