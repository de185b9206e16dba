; dispatch 31

@table_31 = private unnamed_addr constant [64 x float] [float 3.250000e+00, float 5.125000e+00, float -3.750000e+00, float 1.500000e+00, float -6.125000e+00, float -1.750000e+00, float -3.250000e+00, float 1.875000e+00, float -4.375000e+00, float -5.000000e-01, float -2.750000e+00, float -1.000000e+00, float 1.250000e-01, float -6.125000e+00, float 6.750000e+00, float 7.125000e+00, float 7.125000e+00, float 6.625000e+00, float 7.500000e+00, float -6.625000e+00, float -2.125000e+00, float 3.750000e+00, float -2.750000e+00, float -1.125000e+00, float 2.500000e+00, float 3.875000e+00, float 3.000000e+00, float 6.375000e+00, float 2.500000e-01, float 5.750000e+00, float -3.375000e+00, float 6.125000e+00, float -5.250000e+00, float -6.625000e+00, float -4.375000e+00, float 4.875000e+00, float 5.500000e+00, float 7.125000e+00, float -1.750000e+00, float 4.500000e+00, float -7.250000e+00, float -4.125000e+00, float 6.375000e+00, float -6.750000e+00, float -6.375000e+00, float 7.875000e+00, float -5.000000e+00, float -7.875000e+00, float 4.750000e+00, float -2.625000e+00, float 7.125000e+00, float -2.125000e+00, float -3.875000e+00, float -1.625000e+00, float -2.500000e+00, float -5.000000e+00, float -1.500000e+00, float -3.750000e-01, float -6.250000e-01, float -4.625000e+00, float -6.125000e+00, float -1.250000e+00, float 3.750000e-01, float -6.250000e-01], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_31(<4 x float> %x) unnamed_addr #0 {
entry:
  %h31_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h31_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h31_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h31_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h31_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h31_3 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h31_2, <4 x float> %x, <4 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <4 x float> %h31_3
}

define i32 @dispatch_31_k5(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu31 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu31, align 8
  %out31 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 48, ptr %b, i64 0, i64 48, ptr %out31, i64 0, i64 128, i64 2, i64 2, i64 6, i32 8, i32 8, i32 1, i32 513, ptr %cpu31)
  %iters31 = udiv i64 %n, 12
  %any31 = icmp ugt i64 %iters31, 0
  br i1 %any31, label %loop, label %done

loop:
  %i31 = phi i64 [ 0, %entry ], [ %inext31, %loop ]
  %base31 = mul nuw i64 %i31, 12
  %off31_0 = add nuw i64 %base31, 0
  %pa31_0 = getelementptr inbounds float, ptr %a, i64 %off31_0
  %pb31_0 = getelementptr inbounds float, ptr %b, i64 %off31_0
  %pc31_0 = getelementptr inbounds float, ptr %c, i64 %off31_0
  %va31_0_0 = load <4 x float>, ptr %pa31_0, align 4
  %vb31_0 = load <4 x float>, ptr %pb31_0, align 4
  %ti31_0 = and i64 %off31_0, 63
  %tp31_0 = getelementptr inbounds [64 x float], ptr @table_31, i64 0, i64 %ti31_0
  %tv31_0 = load float, ptr %tp31_0, align 4
  %ts31_0 = insertelement <4 x float> poison, float %tv31_0, i64 0
  %tb31_0 = shufflevector <4 x float> %ts31_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va31_0_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va31_0_0, <4 x float> %tb31_0, <4 x float> %vb31_0)
  %va31_0_2 = call <4 x float> @helper_31(<4 x float> %va31_0_1)
  %cmp31_0_2 = fcmp olt <4 x float> %va31_0_2, %vb31_0
  %va31_0_3 = select <4 x i1> %cmp31_0_2, <4 x float> %va31_0_2, <4 x float> %vb31_0
  %va31_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va31_0_3, <4 x float> %tb31_0, <4 x float> %vb31_0)
  %va31_0_5 = call <4 x float> @helper_31(<4 x float> %va31_0_4)
  %va31_0_6 = fadd <4 x float> %va31_0_5, %vb31_0
  %cmp31_0_6 = fcmp olt <4 x float> %va31_0_6, %vb31_0
  %va31_0_7 = select <4 x i1> %cmp31_0_6, <4 x float> %va31_0_6, <4 x float> %vb31_0
  %va31_0_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va31_0_7, <4 x float> %tb31_0, <4 x float> %vb31_0)
  %va31_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va31_0_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va31_0_10 = call <4 x float> @helper_31(<4 x float> %va31_0_9)
  %va31_0_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va31_0_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va31_0_12 = fadd <4 x float> %va31_0_11, %vb31_0
  %va31_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va31_0_12, <4 x float> %tb31_0, <4 x float> %vb31_0)
  %cmp31_0_13 = fcmp olt <4 x float> %va31_0_13, %vb31_0
  %va31_0_14 = select <4 x i1> %cmp31_0_13, <4 x float> %va31_0_13, <4 x float> %vb31_0
  %va31_0_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va31_0_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va31_0_15, ptr %pc31_0, align 4
  %off31_1 = add nuw i64 %base31, 4
  %pa31_1 = getelementptr inbounds float, ptr %a, i64 %off31_1
  %pb31_1 = getelementptr inbounds float, ptr %b, i64 %off31_1
  %pc31_1 = getelementptr inbounds float, ptr %c, i64 %off31_1
  %va31_1_0 = load <4 x float>, ptr %pa31_1, align 4
  %vb31_1 = load <4 x float>, ptr %pb31_1, align 4
  %ti31_1 = and i64 %off31_1, 63
  %tp31_1 = getelementptr inbounds [64 x float], ptr @table_31, i64 0, i64 %ti31_1
  %tv31_1 = load float, ptr %tp31_1, align 4
  %ts31_1 = insertelement <4 x float> poison, float %tv31_1, i64 0
  %tb31_1 = shufflevector <4 x float> %ts31_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va31_1_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va31_1_0, <4 x float> %tb31_1, <4 x float> %vb31_1)
  %va31_1_2 = call <4 x float> @helper_31(<4 x float> %va31_1_1)
  %cmp31_1_2 = fcmp olt <4 x float> %va31_1_2, %vb31_1
  %va31_1_3 = select <4 x i1> %cmp31_1_2, <4 x float> %va31_1_2, <4 x float> %vb31_1
  %va31_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va31_1_3, <4 x float> %tb31_1, <4 x float> %vb31_1)
  %va31_1_5 = call <4 x float> @helper_31(<4 x float> %va31_1_4)
  %va31_1_6 = fadd <4 x float> %va31_1_5, %vb31_1
  %cmp31_1_6 = fcmp olt <4 x float> %va31_1_6, %vb31_1
  %va31_1_7 = select <4 x i1> %cmp31_1_6, <4 x float> %va31_1_6, <4 x float> %vb31_1
  %va31_1_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va31_1_7, <4 x float> %tb31_1, <4 x float> %vb31_1)
  %va31_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va31_1_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va31_1_10 = call <4 x float> @helper_31(<4 x float> %va31_1_9)
  %va31_1_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va31_1_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va31_1_12 = fadd <4 x float> %va31_1_11, %vb31_1
  %va31_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va31_1_12, <4 x float> %tb31_1, <4 x float> %vb31_1)
  %cmp31_1_13 = fcmp olt <4 x float> %va31_1_13, %vb31_1
  %va31_1_14 = select <4 x i1> %cmp31_1_13, <4 x float> %va31_1_13, <4 x float> %vb31_1
  %va31_1_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va31_1_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va31_1_15, ptr %pc31_1, align 4
  %off31_2 = add nuw i64 %base31, 8
  %pa31_2 = getelementptr inbounds float, ptr %a, i64 %off31_2
  %pb31_2 = getelementptr inbounds float, ptr %b, i64 %off31_2
  %pc31_2 = getelementptr inbounds float, ptr %c, i64 %off31_2
  %va31_2_0 = load <4 x float>, ptr %pa31_2, align 4
  %vb31_2 = load <4 x float>, ptr %pb31_2, align 4
  %ti31_2 = and i64 %off31_2, 63
  %tp31_2 = getelementptr inbounds [64 x float], ptr @table_31, i64 0, i64 %ti31_2
  %tv31_2 = load float, ptr %tp31_2, align 4
  %ts31_2 = insertelement <4 x float> poison, float %tv31_2, i64 0
  %tb31_2 = shufflevector <4 x float> %ts31_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va31_2_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va31_2_0, <4 x float> %tb31_2, <4 x float> %vb31_2)
  %va31_2_2 = call <4 x float> @helper_31(<4 x float> %va31_2_1)
  %cmp31_2_2 = fcmp olt <4 x float> %va31_2_2, %vb31_2
  %va31_2_3 = select <4 x i1> %cmp31_2_2, <4 x float> %va31_2_2, <4 x float> %vb31_2
  %va31_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va31_2_3, <4 x float> %tb31_2, <4 x float> %vb31_2)
  %va31_2_5 = call <4 x float> @helper_31(<4 x float> %va31_2_4)
  %va31_2_6 = fadd <4 x float> %va31_2_5, %vb31_2
  %cmp31_2_6 = fcmp olt <4 x float> %va31_2_6, %vb31_2
  %va31_2_7 = select <4 x i1> %cmp31_2_6, <4 x float> %va31_2_6, <4 x float> %vb31_2
  %va31_2_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va31_2_7, <4 x float> %tb31_2, <4 x float> %vb31_2)
  %va31_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va31_2_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va31_2_10 = call <4 x float> @helper_31(<4 x float> %va31_2_9)
  %va31_2_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va31_2_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va31_2_12 = fadd <4 x float> %va31_2_11, %vb31_2
  %va31_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va31_2_12, <4 x float> %tb31_2, <4 x float> %vb31_2)
  %cmp31_2_13 = fcmp olt <4 x float> %va31_2_13, %vb31_2
  %va31_2_14 = select <4 x i1> %cmp31_2_13, <4 x float> %va31_2_13, <4 x float> %vb31_2
  %va31_2_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va31_2_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va31_2_15, ptr %pc31_2, align 4
  %inext31 = add nuw i64 %i31, 1
  %more31 = icmp ult i64 %inext31, %iters31
  br i1 %more31, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
