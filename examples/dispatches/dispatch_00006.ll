; dispatch 6

@table_6 = private unnamed_addr constant [32 x float] [float 1.250000e+00, float 5.750000e+00, float -5.875000e+00, float 8.750000e-01, float 5.000000e+00, float 2.125000e+00, float -2.750000e+00, float 2.500000e-01, float 1.250000e+00, float -6.000000e+00, float -4.125000e+00, float -3.750000e+00, float 4.250000e+00, float -2.125000e+00, float -5.000000e-01, float 5.875000e+00, float 6.000000e+00, float -7.500000e+00, float 4.500000e+00, float 6.250000e+00, float -8.750000e-01, float -7.500000e+00, float 4.000000e+00, float -2.125000e+00, float -3.500000e+00, float -8.000000e+00, float 7.500000e+00, float 5.750000e+00, float 8.000000e+00, float -1.625000e+00, float 4.875000e+00, float -6.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_6(<4 x float> %x) unnamed_addr #0 {
entry:
  %h6_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h6_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h6_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h6_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h6_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h6_2
}

define i32 @dispatch_6_k4(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu6 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu6, align 8
  %out6 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 20, ptr %b, i64 0, i64 20, ptr %out6, i64 0, i64 32, i64 2, i64 2, i64 5, i32 4, i32 4, i32 1, i32 513, ptr %cpu6)
  %iters6 = udiv i64 %n, 16
  %any6 = icmp ugt i64 %iters6, 0
  br i1 %any6, label %loop, label %done

loop:
  %i6 = phi i64 [ 0, %entry ], [ %inext6, %loop ]
  %base6 = mul nuw i64 %i6, 16
  %off6_0 = add nuw i64 %base6, 0
  %pa6_0 = getelementptr inbounds float, ptr %a, i64 %off6_0
  %pb6_0 = getelementptr inbounds float, ptr %b, i64 %off6_0
  %pc6_0 = getelementptr inbounds float, ptr %c, i64 %off6_0
  %va6_0_0 = load <4 x float>, ptr %pa6_0, align 4
  %vb6_0 = load <4 x float>, ptr %pb6_0, align 4
  %ti6_0 = and i64 %off6_0, 31
  %tp6_0 = getelementptr inbounds [32 x float], ptr @table_6, i64 0, i64 %ti6_0
  %tv6_0 = load float, ptr %tp6_0, align 4
  %ts6_0 = insertelement <4 x float> poison, float %tv6_0, i64 0
  %tb6_0 = shufflevector <4 x float> %ts6_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va6_0_1 = fmul <4 x float> %va6_0_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va6_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va6_0_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va6_0_3 = fmul <4 x float> %va6_0_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va6_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va6_0_3, <4 x float> %tb6_0, <4 x float> %vb6_0)
  %va6_0_5 = call <4 x float> @helper_6(<4 x float> %va6_0_4)
  %va6_0_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va6_0_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va6_0_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va6_0_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va6_0_8 = call <4 x float> @helper_6(<4 x float> %va6_0_7)
  store <4 x float> %va6_0_8, ptr %pc6_0, align 4
  %off6_1 = add nuw i64 %base6, 4
  %pa6_1 = getelementptr inbounds float, ptr %a, i64 %off6_1
  %pb6_1 = getelementptr inbounds float, ptr %b, i64 %off6_1
  %pc6_1 = getelementptr inbounds float, ptr %c, i64 %off6_1
  %va6_1_0 = load <4 x float>, ptr %pa6_1, align 4
  %vb6_1 = load <4 x float>, ptr %pb6_1, align 4
  %ti6_1 = and i64 %off6_1, 31
  %tp6_1 = getelementptr inbounds [32 x float], ptr @table_6, i64 0, i64 %ti6_1
  %tv6_1 = load float, ptr %tp6_1, align 4
  %ts6_1 = insertelement <4 x float> poison, float %tv6_1, i64 0
  %tb6_1 = shufflevector <4 x float> %ts6_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va6_1_1 = fmul <4 x float> %va6_1_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va6_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va6_1_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va6_1_3 = fmul <4 x float> %va6_1_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va6_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va6_1_3, <4 x float> %tb6_1, <4 x float> %vb6_1)
  %va6_1_5 = call <4 x float> @helper_6(<4 x float> %va6_1_4)
  %va6_1_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va6_1_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va6_1_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va6_1_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va6_1_8 = call <4 x float> @helper_6(<4 x float> %va6_1_7)
  store <4 x float> %va6_1_8, ptr %pc6_1, align 4
  %off6_2 = add nuw i64 %base6, 8
  %pa6_2 = getelementptr inbounds float, ptr %a, i64 %off6_2
  %pb6_2 = getelementptr inbounds float, ptr %b, i64 %off6_2
  %pc6_2 = getelementptr inbounds float, ptr %c, i64 %off6_2
  %va6_2_0 = load <4 x float>, ptr %pa6_2, align 4
  %vb6_2 = load <4 x float>, ptr %pb6_2, align 4
  %ti6_2 = and i64 %off6_2, 31
  %tp6_2 = getelementptr inbounds [32 x float], ptr @table_6, i64 0, i64 %ti6_2
  %tv6_2 = load float, ptr %tp6_2, align 4
  %ts6_2 = insertelement <4 x float> poison, float %tv6_2, i64 0
  %tb6_2 = shufflevector <4 x float> %ts6_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va6_2_1 = fmul <4 x float> %va6_2_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va6_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va6_2_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va6_2_3 = fmul <4 x float> %va6_2_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va6_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va6_2_3, <4 x float> %tb6_2, <4 x float> %vb6_2)
  %va6_2_5 = call <4 x float> @helper_6(<4 x float> %va6_2_4)
  %va6_2_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va6_2_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va6_2_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va6_2_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va6_2_8 = call <4 x float> @helper_6(<4 x float> %va6_2_7)
  store <4 x float> %va6_2_8, ptr %pc6_2, align 4
  %off6_3 = add nuw i64 %base6, 12
  %pa6_3 = getelementptr inbounds float, ptr %a, i64 %off6_3
  %pb6_3 = getelementptr inbounds float, ptr %b, i64 %off6_3
  %pc6_3 = getelementptr inbounds float, ptr %c, i64 %off6_3
  %va6_3_0 = load <4 x float>, ptr %pa6_3, align 4
  %vb6_3 = load <4 x float>, ptr %pb6_3, align 4
  %ti6_3 = and i64 %off6_3, 31
  %tp6_3 = getelementptr inbounds [32 x float], ptr @table_6, i64 0, i64 %ti6_3
  %tv6_3 = load float, ptr %tp6_3, align 4
  %ts6_3 = insertelement <4 x float> poison, float %tv6_3, i64 0
  %tb6_3 = shufflevector <4 x float> %ts6_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va6_3_1 = fmul <4 x float> %va6_3_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va6_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va6_3_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va6_3_3 = fmul <4 x float> %va6_3_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va6_3_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va6_3_3, <4 x float> %tb6_3, <4 x float> %vb6_3)
  %va6_3_5 = call <4 x float> @helper_6(<4 x float> %va6_3_4)
  %va6_3_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va6_3_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va6_3_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va6_3_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va6_3_8 = call <4 x float> @helper_6(<4 x float> %va6_3_7)
  store <4 x float> %va6_3_8, ptr %pc6_3, align 4
  %inext6 = add nuw i64 %i6, 1
  %more6 = icmp ult i64 %inext6, %iters6
  br i1 %more6, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
