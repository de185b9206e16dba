; dispatch 42

@table_42 = private unnamed_addr constant [16 x float] [float -6.125000e+00, float 7.500000e-01, float -7.750000e+00, float 4.500000e+00, float 3.625000e+00, float -6.625000e+00, float -2.500000e-01, float -2.750000e+00, float -1.125000e+00, float 5.250000e+00, float -3.750000e-01, float -2.500000e+00, float -2.375000e+00, float 0.000000e+00, float -1.875000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_42(<4 x float> %x) unnamed_addr #0 {
entry:
  %h42_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h42_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h42_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h42_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h42_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h42_2
}

define i32 @dispatch_42_k1(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu42 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu42, align 8
  %out42 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 28, ptr %b, i64 0, i64 28, ptr %out42, i64 0, i64 32, i64 2, i64 2, i64 7, i32 4, i32 4, i32 1, i32 513, ptr %cpu42)
  %iters42 = udiv i64 %n, 16
  %any42 = icmp ugt i64 %iters42, 0
  br i1 %any42, label %loop, label %done

loop:
  %i42 = phi i64 [ 0, %entry ], [ %inext42, %loop ]
  %base42 = mul nuw i64 %i42, 16
  %off42_0 = add nuw i64 %base42, 0
  %pa42_0 = getelementptr inbounds float, ptr %a, i64 %off42_0
  %pb42_0 = getelementptr inbounds float, ptr %b, i64 %off42_0
  %pc42_0 = getelementptr inbounds float, ptr %c, i64 %off42_0
  %va42_0_0 = load <4 x float>, ptr %pa42_0, align 4
  %vb42_0 = load <4 x float>, ptr %pb42_0, align 4
  %ti42_0 = and i64 %off42_0, 15
  %tp42_0 = getelementptr inbounds [16 x float], ptr @table_42, i64 0, i64 %ti42_0
  %tv42_0 = load float, ptr %tp42_0, align 4
  %ts42_0 = insertelement <4 x float> poison, float %tv42_0, i64 0
  %tb42_0 = shufflevector <4 x float> %ts42_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va42_0_1 = call <4 x float> @helper_42(<4 x float> %va42_0_0)
  %va42_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va42_0_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va42_0_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_0_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp42_0_3 = fcmp olt <4 x float> %va42_0_3, %vb42_0
  %va42_0_4 = select <4 x i1> %cmp42_0_3, <4 x float> %va42_0_3, <4 x float> %vb42_0
  %va42_0_5 = call <4 x float> @helper_42(<4 x float> %va42_0_4)
  %cmp42_0_5 = fcmp olt <4 x float> %va42_0_5, %vb42_0
  %va42_0_6 = select <4 x i1> %cmp42_0_5, <4 x float> %va42_0_5, <4 x float> %vb42_0
  %va42_0_7 = fadd <4 x float> %va42_0_6, %vb42_0
  %va42_0_8 = fadd <4 x float> %va42_0_7, %vb42_0
  %va42_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va42_0_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va42_0_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_0_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va42_0_11 = fmul <4 x float> %va42_0_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va42_0_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_0_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va42_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va42_0_12, <4 x float> %tb42_0, <4 x float> %vb42_0)
  %va42_0_14 = call <4 x float> @helper_42(<4 x float> %va42_0_13)
  %va42_0_15 = call <4 x float> @helper_42(<4 x float> %va42_0_14)
  %va42_0_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_0_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va42_0_16, ptr %pc42_0, align 4
  %off42_1 = add nuw i64 %base42, 4
  %pa42_1 = getelementptr inbounds float, ptr %a, i64 %off42_1
  %pb42_1 = getelementptr inbounds float, ptr %b, i64 %off42_1
  %pc42_1 = getelementptr inbounds float, ptr %c, i64 %off42_1
  %va42_1_0 = load <4 x float>, ptr %pa42_1, align 4
  %vb42_1 = load <4 x float>, ptr %pb42_1, align 4
  %ti42_1 = and i64 %off42_1, 15
  %tp42_1 = getelementptr inbounds [16 x float], ptr @table_42, i64 0, i64 %ti42_1
  %tv42_1 = load float, ptr %tp42_1, align 4
  %ts42_1 = insertelement <4 x float> poison, float %tv42_1, i64 0
  %tb42_1 = shufflevector <4 x float> %ts42_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va42_1_1 = call <4 x float> @helper_42(<4 x float> %va42_1_0)
  %va42_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va42_1_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va42_1_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_1_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp42_1_3 = fcmp olt <4 x float> %va42_1_3, %vb42_1
  %va42_1_4 = select <4 x i1> %cmp42_1_3, <4 x float> %va42_1_3, <4 x float> %vb42_1
  %va42_1_5 = call <4 x float> @helper_42(<4 x float> %va42_1_4)
  %cmp42_1_5 = fcmp olt <4 x float> %va42_1_5, %vb42_1
  %va42_1_6 = select <4 x i1> %cmp42_1_5, <4 x float> %va42_1_5, <4 x float> %vb42_1
  %va42_1_7 = fadd <4 x float> %va42_1_6, %vb42_1
  %va42_1_8 = fadd <4 x float> %va42_1_7, %vb42_1
  %va42_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va42_1_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va42_1_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_1_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va42_1_11 = fmul <4 x float> %va42_1_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va42_1_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_1_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va42_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va42_1_12, <4 x float> %tb42_1, <4 x float> %vb42_1)
  %va42_1_14 = call <4 x float> @helper_42(<4 x float> %va42_1_13)
  %va42_1_15 = call <4 x float> @helper_42(<4 x float> %va42_1_14)
  %va42_1_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_1_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va42_1_16, ptr %pc42_1, align 4
  %off42_2 = add nuw i64 %base42, 8
  %pa42_2 = getelementptr inbounds float, ptr %a, i64 %off42_2
  %pb42_2 = getelementptr inbounds float, ptr %b, i64 %off42_2
  %pc42_2 = getelementptr inbounds float, ptr %c, i64 %off42_2
  %va42_2_0 = load <4 x float>, ptr %pa42_2, align 4
  %vb42_2 = load <4 x float>, ptr %pb42_2, align 4
  %ti42_2 = and i64 %off42_2, 15
  %tp42_2 = getelementptr inbounds [16 x float], ptr @table_42, i64 0, i64 %ti42_2
  %tv42_2 = load float, ptr %tp42_2, align 4
  %ts42_2 = insertelement <4 x float> poison, float %tv42_2, i64 0
  %tb42_2 = shufflevector <4 x float> %ts42_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va42_2_1 = call <4 x float> @helper_42(<4 x float> %va42_2_0)
  %va42_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va42_2_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va42_2_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_2_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp42_2_3 = fcmp olt <4 x float> %va42_2_3, %vb42_2
  %va42_2_4 = select <4 x i1> %cmp42_2_3, <4 x float> %va42_2_3, <4 x float> %vb42_2
  %va42_2_5 = call <4 x float> @helper_42(<4 x float> %va42_2_4)
  %cmp42_2_5 = fcmp olt <4 x float> %va42_2_5, %vb42_2
  %va42_2_6 = select <4 x i1> %cmp42_2_5, <4 x float> %va42_2_5, <4 x float> %vb42_2
  %va42_2_7 = fadd <4 x float> %va42_2_6, %vb42_2
  %va42_2_8 = fadd <4 x float> %va42_2_7, %vb42_2
  %va42_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va42_2_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va42_2_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_2_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va42_2_11 = fmul <4 x float> %va42_2_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va42_2_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_2_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va42_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va42_2_12, <4 x float> %tb42_2, <4 x float> %vb42_2)
  %va42_2_14 = call <4 x float> @helper_42(<4 x float> %va42_2_13)
  %va42_2_15 = call <4 x float> @helper_42(<4 x float> %va42_2_14)
  %va42_2_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_2_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va42_2_16, ptr %pc42_2, align 4
  %off42_3 = add nuw i64 %base42, 12
  %pa42_3 = getelementptr inbounds float, ptr %a, i64 %off42_3
  %pb42_3 = getelementptr inbounds float, ptr %b, i64 %off42_3
  %pc42_3 = getelementptr inbounds float, ptr %c, i64 %off42_3
  %va42_3_0 = load <4 x float>, ptr %pa42_3, align 4
  %vb42_3 = load <4 x float>, ptr %pb42_3, align 4
  %ti42_3 = and i64 %off42_3, 15
  %tp42_3 = getelementptr inbounds [16 x float], ptr @table_42, i64 0, i64 %ti42_3
  %tv42_3 = load float, ptr %tp42_3, align 4
  %ts42_3 = insertelement <4 x float> poison, float %tv42_3, i64 0
  %tb42_3 = shufflevector <4 x float> %ts42_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va42_3_1 = call <4 x float> @helper_42(<4 x float> %va42_3_0)
  %va42_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va42_3_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va42_3_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_3_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp42_3_3 = fcmp olt <4 x float> %va42_3_3, %vb42_3
  %va42_3_4 = select <4 x i1> %cmp42_3_3, <4 x float> %va42_3_3, <4 x float> %vb42_3
  %va42_3_5 = call <4 x float> @helper_42(<4 x float> %va42_3_4)
  %cmp42_3_5 = fcmp olt <4 x float> %va42_3_5, %vb42_3
  %va42_3_6 = select <4 x i1> %cmp42_3_5, <4 x float> %va42_3_5, <4 x float> %vb42_3
  %va42_3_7 = fadd <4 x float> %va42_3_6, %vb42_3
  %va42_3_8 = fadd <4 x float> %va42_3_7, %vb42_3
  %va42_3_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va42_3_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va42_3_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_3_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va42_3_11 = fmul <4 x float> %va42_3_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va42_3_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_3_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va42_3_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va42_3_12, <4 x float> %tb42_3, <4 x float> %vb42_3)
  %va42_3_14 = call <4 x float> @helper_42(<4 x float> %va42_3_13)
  %va42_3_15 = call <4 x float> @helper_42(<4 x float> %va42_3_14)
  %va42_3_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va42_3_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va42_3_16, ptr %pc42_3, align 4
  %inext42 = add nuw i64 %i42, 1
  %more42 = icmp ult i64 %inext42, %iters42
  br i1 %more42, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
