; dispatch 14

@table_14 = private unnamed_addr constant [64 x float] [float 3.250000e+00, float 5.125000e+00, float -3.750000e+00, float 1.500000e+00, float -6.125000e+00, float -1.750000e+00, float -3.250000e+00, float 1.875000e+00, float -4.375000e+00, float -5.000000e-01, float -2.750000e+00, float -1.000000e+00, float 1.250000e-01, float -6.125000e+00, float 6.750000e+00, float 7.125000e+00, float 7.125000e+00, float 6.625000e+00, float 7.500000e+00, float -6.625000e+00, float -2.125000e+00, float 3.750000e+00, float -2.750000e+00, float -1.125000e+00, float 2.500000e+00, float 3.875000e+00, float 3.000000e+00, float 6.375000e+00, float 2.500000e-01, float 5.750000e+00, float -3.375000e+00, float 6.125000e+00, float -5.250000e+00, float -6.625000e+00, float -4.375000e+00, float 4.875000e+00, float 5.500000e+00, float 7.125000e+00, float -1.750000e+00, float 4.500000e+00, float -7.250000e+00, float -4.125000e+00, float 6.375000e+00, float -6.750000e+00, float -6.375000e+00, float 7.875000e+00, float -5.000000e+00, float -7.875000e+00, float 4.750000e+00, float -2.625000e+00, float 7.125000e+00, float -2.125000e+00, float -3.875000e+00, float -1.625000e+00, float -2.500000e+00, float -5.000000e+00, float -1.500000e+00, float -3.750000e-01, float -6.250000e-01, float -4.625000e+00, float -6.125000e+00, float -1.250000e+00, float 3.750000e-01, float -6.250000e-01], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_14(<4 x float> %x) unnamed_addr #0 {
entry:
  %h14_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h14_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h14_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h14_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h14_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h14_3 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h14_2, <4 x float> %x, <4 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <4 x float> %h14_3
}

define i32 @dispatch_14_k5(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu14 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu14, align 8
  %out14 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 48, ptr %b, i64 0, i64 48, ptr %out14, i64 0, i64 128, i64 2, i64 2, i64 6, i32 8, i32 8, i32 1, i32 513, ptr %cpu14)
  %iters14 = udiv i64 %n, 12
  %any14 = icmp ugt i64 %iters14, 0
  br i1 %any14, label %loop, label %done

loop:
  %i14 = phi i64 [ 0, %entry ], [ %inext14, %loop ]
  %pre14 = mul nuw i64 %i14, 12
  %base14 = add nuw i64 %pre14, 0
  %off14_0 = add nuw i64 %base14, 0
  %pa14_0 = getelementptr inbounds float, ptr %a, i64 %off14_0
  %pb14_0 = getelementptr inbounds float, ptr %b, i64 %off14_0
  %pc14_0 = getelementptr inbounds float, ptr %c, i64 %off14_0
  %va14_0_0 = load <4 x float>, ptr %pa14_0, align 4
  %vb14_0 = load <4 x float>, ptr %pb14_0, align 4
  %ti14_0 = and i64 %off14_0, 63
  %tp14_0 = getelementptr inbounds [64 x float], ptr @table_14, i64 0, i64 %ti14_0
  %tv14_0 = load float, ptr %tp14_0, align 4
  %ts14_0 = insertelement <4 x float> poison, float %tv14_0, i64 0
  %tb14_0 = shufflevector <4 x float> %ts14_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va14_0_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va14_0_0, <4 x float> %tb14_0, <4 x float> %vb14_0)
  %va14_0_2 = call <4 x float> @helper_14(<4 x float> %va14_0_1)
  %cmp14_0_2 = fcmp olt <4 x float> %va14_0_2, %vb14_0
  %va14_0_3 = select <4 x i1> %cmp14_0_2, <4 x float> %va14_0_2, <4 x float> %vb14_0
  %va14_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va14_0_3, <4 x float> %tb14_0, <4 x float> %vb14_0)
  %va14_0_5 = call <4 x float> @helper_14(<4 x float> %va14_0_4)
  %va14_0_6 = fadd <4 x float> %va14_0_5, %vb14_0
  %cmp14_0_6 = fcmp olt <4 x float> %va14_0_6, %vb14_0
  %va14_0_7 = select <4 x i1> %cmp14_0_6, <4 x float> %va14_0_6, <4 x float> %vb14_0
  %va14_0_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va14_0_7, <4 x float> %tb14_0, <4 x float> %vb14_0)
  %va14_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va14_0_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va14_0_10 = call <4 x float> @helper_14(<4 x float> %va14_0_9)
  %va14_0_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va14_0_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va14_0_12 = fadd <4 x float> %va14_0_11, %vb14_0
  %va14_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va14_0_12, <4 x float> %tb14_0, <4 x float> %vb14_0)
  %cmp14_0_13 = fcmp olt <4 x float> %va14_0_13, %vb14_0
  %va14_0_14 = select <4 x i1> %cmp14_0_13, <4 x float> %va14_0_13, <4 x float> %vb14_0
  %va14_0_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va14_0_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va14_0_15, ptr %pc14_0, align 4
  %off14_1 = add nuw i64 %base14, 4
  %pa14_1 = getelementptr inbounds float, ptr %a, i64 %off14_1
  %pb14_1 = getelementptr inbounds float, ptr %b, i64 %off14_1
  %pc14_1 = getelementptr inbounds float, ptr %c, i64 %off14_1
  %va14_1_0 = load <4 x float>, ptr %pa14_1, align 4
  %vb14_1 = load <4 x float>, ptr %pb14_1, align 4
  %ti14_1 = and i64 %off14_1, 63
  %tp14_1 = getelementptr inbounds [64 x float], ptr @table_14, i64 0, i64 %ti14_1
  %tv14_1 = load float, ptr %tp14_1, align 4
  %ts14_1 = insertelement <4 x float> poison, float %tv14_1, i64 0
  %tb14_1 = shufflevector <4 x float> %ts14_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va14_1_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va14_1_0, <4 x float> %tb14_1, <4 x float> %vb14_1)
  %va14_1_2 = call <4 x float> @helper_14(<4 x float> %va14_1_1)
  %cmp14_1_2 = fcmp olt <4 x float> %va14_1_2, %vb14_1
  %va14_1_3 = select <4 x i1> %cmp14_1_2, <4 x float> %va14_1_2, <4 x float> %vb14_1
  %va14_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va14_1_3, <4 x float> %tb14_1, <4 x float> %vb14_1)
  %va14_1_5 = call <4 x float> @helper_14(<4 x float> %va14_1_4)
  %va14_1_6 = fadd <4 x float> %va14_1_5, %vb14_1
  %cmp14_1_6 = fcmp olt <4 x float> %va14_1_6, %vb14_1
  %va14_1_7 = select <4 x i1> %cmp14_1_6, <4 x float> %va14_1_6, <4 x float> %vb14_1
  %va14_1_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va14_1_7, <4 x float> %tb14_1, <4 x float> %vb14_1)
  %va14_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va14_1_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va14_1_10 = call <4 x float> @helper_14(<4 x float> %va14_1_9)
  %va14_1_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va14_1_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va14_1_12 = fadd <4 x float> %va14_1_11, %vb14_1
  %va14_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va14_1_12, <4 x float> %tb14_1, <4 x float> %vb14_1)
  %cmp14_1_13 = fcmp olt <4 x float> %va14_1_13, %vb14_1
  %va14_1_14 = select <4 x i1> %cmp14_1_13, <4 x float> %va14_1_13, <4 x float> %vb14_1
  %va14_1_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va14_1_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va14_1_15, ptr %pc14_1, align 4
  %off14_2 = add nuw i64 %base14, 8
  %pa14_2 = getelementptr inbounds float, ptr %a, i64 %off14_2
  %pb14_2 = getelementptr inbounds float, ptr %b, i64 %off14_2
  %pc14_2 = getelementptr inbounds float, ptr %c, i64 %off14_2
  %va14_2_0 = load <4 x float>, ptr %pa14_2, align 4
  %vb14_2 = load <4 x float>, ptr %pb14_2, align 4
  %ti14_2 = and i64 %off14_2, 63
  %tp14_2 = getelementptr inbounds [64 x float], ptr @table_14, i64 0, i64 %ti14_2
  %tv14_2 = load float, ptr %tp14_2, align 4
  %ts14_2 = insertelement <4 x float> poison, float %tv14_2, i64 0
  %tb14_2 = shufflevector <4 x float> %ts14_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va14_2_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va14_2_0, <4 x float> %tb14_2, <4 x float> %vb14_2)
  %va14_2_2 = call <4 x float> @helper_14(<4 x float> %va14_2_1)
  %cmp14_2_2 = fcmp olt <4 x float> %va14_2_2, %vb14_2
  %va14_2_3 = select <4 x i1> %cmp14_2_2, <4 x float> %va14_2_2, <4 x float> %vb14_2
  %va14_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va14_2_3, <4 x float> %tb14_2, <4 x float> %vb14_2)
  %va14_2_5 = call <4 x float> @helper_14(<4 x float> %va14_2_4)
  %va14_2_6 = fadd <4 x float> %va14_2_5, %vb14_2
  %cmp14_2_6 = fcmp olt <4 x float> %va14_2_6, %vb14_2
  %va14_2_7 = select <4 x i1> %cmp14_2_6, <4 x float> %va14_2_6, <4 x float> %vb14_2
  %va14_2_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va14_2_7, <4 x float> %tb14_2, <4 x float> %vb14_2)
  %va14_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va14_2_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va14_2_10 = call <4 x float> @helper_14(<4 x float> %va14_2_9)
  %va14_2_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va14_2_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va14_2_12 = fadd <4 x float> %va14_2_11, %vb14_2
  %va14_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va14_2_12, <4 x float> %tb14_2, <4 x float> %vb14_2)
  %cmp14_2_13 = fcmp olt <4 x float> %va14_2_13, %vb14_2
  %va14_2_14 = select <4 x i1> %cmp14_2_13, <4 x float> %va14_2_13, <4 x float> %vb14_2
  %va14_2_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va14_2_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va14_2_15, ptr %pc14_2, align 4
  %inext14 = add nuw i64 %i14, 1
  %more14 = icmp ult i64 %inext14, %iters14
  br i1 %more14, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
