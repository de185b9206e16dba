; dispatch 5

@table_5 = private unnamed_addr constant [64 x float] [float 3.250000e+00, float 5.125000e+00, float -3.750000e+00, float 1.500000e+00, float -6.125000e+00, float -1.750000e+00, float -3.250000e+00, float 1.875000e+00, float -4.375000e+00, float -5.000000e-01, float -2.750000e+00, float -1.000000e+00, float 1.250000e-01, float -6.125000e+00, float 6.750000e+00, float 7.125000e+00, float 7.125000e+00, float 6.625000e+00, float 7.500000e+00, float -6.625000e+00, float -2.125000e+00, float 3.750000e+00, float -2.750000e+00, float -1.125000e+00, float 2.500000e+00, float 3.875000e+00, float 3.000000e+00, float 6.375000e+00, float 2.500000e-01, float 5.750000e+00, float -3.375000e+00, float 6.125000e+00, float -5.250000e+00, float -6.625000e+00, float -4.375000e+00, float 4.875000e+00, float 5.500000e+00, float 7.125000e+00, float -1.750000e+00, float 4.500000e+00, float -7.250000e+00, float -4.125000e+00, float 6.375000e+00, float -6.750000e+00, float -6.375000e+00, float 7.875000e+00, float -5.000000e+00, float -7.875000e+00, float 4.750000e+00, float -2.625000e+00, float 7.125000e+00, float -2.125000e+00, float -3.875000e+00, float -1.625000e+00, float -2.500000e+00, float -5.000000e+00, float -1.500000e+00, float -3.750000e-01, float -6.250000e-01, float -4.625000e+00, float -6.125000e+00, float -1.250000e+00, float 3.750000e-01, float -6.250000e-01], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_5(<4 x float> %x) unnamed_addr #0 {
entry:
  %h5_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h5_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h5_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h5_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h5_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h5_3 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h5_2, <4 x float> %x, <4 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <4 x float> %h5_3
}

define i32 @dispatch_5_k5(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu5 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu5, align 8
  %out5 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 48, ptr %b, i64 0, i64 48, ptr %out5, i64 0, i64 128, i64 2, i64 2, i64 6, i32 8, i32 8, i32 1, i32 513, ptr %cpu5)
  %iters5 = udiv i64 %n, 12
  %any5 = icmp ugt i64 %iters5, 0
  br i1 %any5, label %loop, label %done

loop:
  %i5 = phi i64 [ 0, %entry ], [ %inext5, %loop ]
  %base5 = mul nuw i64 %i5, 12
  %off5_0 = add nuw i64 %base5, 0
  %pa5_0 = getelementptr inbounds float, ptr %a, i64 %off5_0
  %pb5_0 = getelementptr inbounds float, ptr %b, i64 %off5_0
  %pc5_0 = getelementptr inbounds float, ptr %c, i64 %off5_0
  %va5_0_0 = load <4 x float>, ptr %pa5_0, align 4
  %vb5_0 = load <4 x float>, ptr %pb5_0, align 4
  %ti5_0 = and i64 %off5_0, 63
  %tp5_0 = getelementptr inbounds [64 x float], ptr @table_5, i64 0, i64 %ti5_0
  %tv5_0 = load float, ptr %tp5_0, align 4
  %ts5_0 = insertelement <4 x float> poison, float %tv5_0, i64 0
  %tb5_0 = shufflevector <4 x float> %ts5_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va5_0_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va5_0_0, <4 x float> %tb5_0, <4 x float> %vb5_0)
  %va5_0_2 = call <4 x float> @helper_5(<4 x float> %va5_0_1)
  %cmp5_0_2 = fcmp olt <4 x float> %va5_0_2, %vb5_0
  %va5_0_3 = select <4 x i1> %cmp5_0_2, <4 x float> %va5_0_2, <4 x float> %vb5_0
  %va5_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va5_0_3, <4 x float> %tb5_0, <4 x float> %vb5_0)
  %va5_0_5 = call <4 x float> @helper_5(<4 x float> %va5_0_4)
  %va5_0_6 = fadd <4 x float> %va5_0_5, %vb5_0
  %cmp5_0_6 = fcmp olt <4 x float> %va5_0_6, %vb5_0
  %va5_0_7 = select <4 x i1> %cmp5_0_6, <4 x float> %va5_0_6, <4 x float> %vb5_0
  %va5_0_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va5_0_7, <4 x float> %tb5_0, <4 x float> %vb5_0)
  %va5_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va5_0_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va5_0_10 = call <4 x float> @helper_5(<4 x float> %va5_0_9)
  %va5_0_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va5_0_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va5_0_12 = fadd <4 x float> %va5_0_11, %vb5_0
  %va5_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va5_0_12, <4 x float> %tb5_0, <4 x float> %vb5_0)
  %cmp5_0_13 = fcmp olt <4 x float> %va5_0_13, %vb5_0
  %va5_0_14 = select <4 x i1> %cmp5_0_13, <4 x float> %va5_0_13, <4 x float> %vb5_0
  %va5_0_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va5_0_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va5_0_15, ptr %pc5_0, align 4
  %off5_1 = add nuw i64 %base5, 4
  %pa5_1 = getelementptr inbounds float, ptr %a, i64 %off5_1
  %pb5_1 = getelementptr inbounds float, ptr %b, i64 %off5_1
  %pc5_1 = getelementptr inbounds float, ptr %c, i64 %off5_1
  %va5_1_0 = load <4 x float>, ptr %pa5_1, align 4
  %vb5_1 = load <4 x float>, ptr %pb5_1, align 4
  %ti5_1 = and i64 %off5_1, 63
  %tp5_1 = getelementptr inbounds [64 x float], ptr @table_5, i64 0, i64 %ti5_1
  %tv5_1 = load float, ptr %tp5_1, align 4
  %ts5_1 = insertelement <4 x float> poison, float %tv5_1, i64 0
  %tb5_1 = shufflevector <4 x float> %ts5_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va5_1_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va5_1_0, <4 x float> %tb5_1, <4 x float> %vb5_1)
  %va5_1_2 = call <4 x float> @helper_5(<4 x float> %va5_1_1)
  %cmp5_1_2 = fcmp olt <4 x float> %va5_1_2, %vb5_1
  %va5_1_3 = select <4 x i1> %cmp5_1_2, <4 x float> %va5_1_2, <4 x float> %vb5_1
  %va5_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va5_1_3, <4 x float> %tb5_1, <4 x float> %vb5_1)
  %va5_1_5 = call <4 x float> @helper_5(<4 x float> %va5_1_4)
  %va5_1_6 = fadd <4 x float> %va5_1_5, %vb5_1
  %cmp5_1_6 = fcmp olt <4 x float> %va5_1_6, %vb5_1
  %va5_1_7 = select <4 x i1> %cmp5_1_6, <4 x float> %va5_1_6, <4 x float> %vb5_1
  %va5_1_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va5_1_7, <4 x float> %tb5_1, <4 x float> %vb5_1)
  %va5_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va5_1_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va5_1_10 = call <4 x float> @helper_5(<4 x float> %va5_1_9)
  %va5_1_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va5_1_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va5_1_12 = fadd <4 x float> %va5_1_11, %vb5_1
  %va5_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va5_1_12, <4 x float> %tb5_1, <4 x float> %vb5_1)
  %cmp5_1_13 = fcmp olt <4 x float> %va5_1_13, %vb5_1
  %va5_1_14 = select <4 x i1> %cmp5_1_13, <4 x float> %va5_1_13, <4 x float> %vb5_1
  %va5_1_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va5_1_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va5_1_15, ptr %pc5_1, align 4
  %off5_2 = add nuw i64 %base5, 8
  %pa5_2 = getelementptr inbounds float, ptr %a, i64 %off5_2
  %pb5_2 = getelementptr inbounds float, ptr %b, i64 %off5_2
  %pc5_2 = getelementptr inbounds float, ptr %c, i64 %off5_2
  %va5_2_0 = load <4 x float>, ptr %pa5_2, align 4
  %vb5_2 = load <4 x float>, ptr %pb5_2, align 4
  %ti5_2 = and i64 %off5_2, 63
  %tp5_2 = getelementptr inbounds [64 x float], ptr @table_5, i64 0, i64 %ti5_2
  %tv5_2 = load float, ptr %tp5_2, align 4
  %ts5_2 = insertelement <4 x float> poison, float %tv5_2, i64 0
  %tb5_2 = shufflevector <4 x float> %ts5_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va5_2_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va5_2_0, <4 x float> %tb5_2, <4 x float> %vb5_2)
  %va5_2_2 = call <4 x float> @helper_5(<4 x float> %va5_2_1)
  %cmp5_2_2 = fcmp olt <4 x float> %va5_2_2, %vb5_2
  %va5_2_3 = select <4 x i1> %cmp5_2_2, <4 x float> %va5_2_2, <4 x float> %vb5_2
  %va5_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va5_2_3, <4 x float> %tb5_2, <4 x float> %vb5_2)
  %va5_2_5 = call <4 x float> @helper_5(<4 x float> %va5_2_4)
  %va5_2_6 = fadd <4 x float> %va5_2_5, %vb5_2
  %cmp5_2_6 = fcmp olt <4 x float> %va5_2_6, %vb5_2
  %va5_2_7 = select <4 x i1> %cmp5_2_6, <4 x float> %va5_2_6, <4 x float> %vb5_2
  %va5_2_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va5_2_7, <4 x float> %tb5_2, <4 x float> %vb5_2)
  %va5_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va5_2_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va5_2_10 = call <4 x float> @helper_5(<4 x float> %va5_2_9)
  %va5_2_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va5_2_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va5_2_12 = fadd <4 x float> %va5_2_11, %vb5_2
  %va5_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va5_2_12, <4 x float> %tb5_2, <4 x float> %vb5_2)
  %cmp5_2_13 = fcmp olt <4 x float> %va5_2_13, %vb5_2
  %va5_2_14 = select <4 x i1> %cmp5_2_13, <4 x float> %va5_2_13, <4 x float> %vb5_2
  %va5_2_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va5_2_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va5_2_15, ptr %pc5_2, align 4
  %inext5 = add nuw i64 %i5, 1
  %more5 = icmp ult i64 %inext5, %iters5
  br i1 %more5, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
