; dispatch 34

@table_34 = private unnamed_addr constant [16 x float] [float -6.125000e+00, float 7.500000e-01, float -7.750000e+00, float 4.500000e+00, float 3.625000e+00, float -6.625000e+00, float -2.500000e-01, float -2.750000e+00, float -1.125000e+00, float 5.250000e+00, float -3.750000e-01, float -2.500000e+00, float -2.375000e+00, float 0.000000e+00, float -1.875000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_34(<4 x float> %x) unnamed_addr #0 {
entry:
  %h34_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h34_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h34_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h34_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h34_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h34_2
}

define i32 @dispatch_34_k1(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu34 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu34, align 8
  %out34 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 28, ptr %b, i64 0, i64 28, ptr %out34, i64 0, i64 32, i64 2, i64 2, i64 7, i32 4, i32 4, i32 1, i32 513, ptr %cpu34)
  %iters34 = udiv i64 %n, 16
  %any34 = icmp ugt i64 %iters34, 0
  br i1 %any34, label %loop, label %done

loop:
  %i34 = phi i64 [ 0, %entry ], [ %inext34, %loop ]
  %base34 = mul nuw i64 %i34, 16
  %off34_0 = add nuw i64 %base34, 0
  %pa34_0 = getelementptr inbounds float, ptr %a, i64 %off34_0
  %pb34_0 = getelementptr inbounds float, ptr %b, i64 %off34_0
  %pc34_0 = getelementptr inbounds float, ptr %c, i64 %off34_0
  %va34_0_0 = load <4 x float>, ptr %pa34_0, align 4
  %vb34_0 = load <4 x float>, ptr %pb34_0, align 4
  %ti34_0 = and i64 %off34_0, 15
  %tp34_0 = getelementptr inbounds [16 x float], ptr @table_34, i64 0, i64 %ti34_0
  %tv34_0 = load float, ptr %tp34_0, align 4
  %ts34_0 = insertelement <4 x float> poison, float %tv34_0, i64 0
  %tb34_0 = shufflevector <4 x float> %ts34_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va34_0_1 = call <4 x float> @helper_34(<4 x float> %va34_0_0)
  %va34_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va34_0_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va34_0_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_0_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp34_0_3 = fcmp olt <4 x float> %va34_0_3, %vb34_0
  %va34_0_4 = select <4 x i1> %cmp34_0_3, <4 x float> %va34_0_3, <4 x float> %vb34_0
  %va34_0_5 = call <4 x float> @helper_34(<4 x float> %va34_0_4)
  %cmp34_0_5 = fcmp olt <4 x float> %va34_0_5, %vb34_0
  %va34_0_6 = select <4 x i1> %cmp34_0_5, <4 x float> %va34_0_5, <4 x float> %vb34_0
  %va34_0_7 = fadd <4 x float> %va34_0_6, %vb34_0
  %va34_0_8 = fadd <4 x float> %va34_0_7, %vb34_0
  %va34_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va34_0_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va34_0_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_0_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va34_0_11 = fmul <4 x float> %va34_0_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va34_0_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_0_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va34_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va34_0_12, <4 x float> %tb34_0, <4 x float> %vb34_0)
  %va34_0_14 = call <4 x float> @helper_34(<4 x float> %va34_0_13)
  %va34_0_15 = call <4 x float> @helper_34(<4 x float> %va34_0_14)
  %va34_0_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_0_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va34_0_16, ptr %pc34_0, align 4
  %off34_1 = add nuw i64 %base34, 4
  %pa34_1 = getelementptr inbounds float, ptr %a, i64 %off34_1
  %pb34_1 = getelementptr inbounds float, ptr %b, i64 %off34_1
  %pc34_1 = getelementptr inbounds float, ptr %c, i64 %off34_1
  %va34_1_0 = load <4 x float>, ptr %pa34_1, align 4
  %vb34_1 = load <4 x float>, ptr %pb34_1, align 4
  %ti34_1 = and i64 %off34_1, 15
  %tp34_1 = getelementptr inbounds [16 x float], ptr @table_34, i64 0, i64 %ti34_1
  %tv34_1 = load float, ptr %tp34_1, align 4
  %ts34_1 = insertelement <4 x float> poison, float %tv34_1, i64 0
  %tb34_1 = shufflevector <4 x float> %ts34_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va34_1_1 = call <4 x float> @helper_34(<4 x float> %va34_1_0)
  %va34_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va34_1_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va34_1_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_1_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp34_1_3 = fcmp olt <4 x float> %va34_1_3, %vb34_1
  %va34_1_4 = select <4 x i1> %cmp34_1_3, <4 x float> %va34_1_3, <4 x float> %vb34_1
  %va34_1_5 = call <4 x float> @helper_34(<4 x float> %va34_1_4)
  %cmp34_1_5 = fcmp olt <4 x float> %va34_1_5, %vb34_1
  %va34_1_6 = select <4 x i1> %cmp34_1_5, <4 x float> %va34_1_5, <4 x float> %vb34_1
  %va34_1_7 = fadd <4 x float> %va34_1_6, %vb34_1
  %va34_1_8 = fadd <4 x float> %va34_1_7, %vb34_1
  %va34_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va34_1_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va34_1_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_1_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va34_1_11 = fmul <4 x float> %va34_1_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va34_1_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_1_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va34_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va34_1_12, <4 x float> %tb34_1, <4 x float> %vb34_1)
  %va34_1_14 = call <4 x float> @helper_34(<4 x float> %va34_1_13)
  %va34_1_15 = call <4 x float> @helper_34(<4 x float> %va34_1_14)
  %va34_1_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_1_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va34_1_16, ptr %pc34_1, align 4
  %off34_2 = add nuw i64 %base34, 8
  %pa34_2 = getelementptr inbounds float, ptr %a, i64 %off34_2
  %pb34_2 = getelementptr inbounds float, ptr %b, i64 %off34_2
  %pc34_2 = getelementptr inbounds float, ptr %c, i64 %off34_2
  %va34_2_0 = load <4 x float>, ptr %pa34_2, align 4
  %vb34_2 = load <4 x float>, ptr %pb34_2, align 4
  %ti34_2 = and i64 %off34_2, 15
  %tp34_2 = getelementptr inbounds [16 x float], ptr @table_34, i64 0, i64 %ti34_2
  %tv34_2 = load float, ptr %tp34_2, align 4
  %ts34_2 = insertelement <4 x float> poison, float %tv34_2, i64 0
  %tb34_2 = shufflevector <4 x float> %ts34_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va34_2_1 = call <4 x float> @helper_34(<4 x float> %va34_2_0)
  %va34_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va34_2_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va34_2_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_2_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp34_2_3 = fcmp olt <4 x float> %va34_2_3, %vb34_2
  %va34_2_4 = select <4 x i1> %cmp34_2_3, <4 x float> %va34_2_3, <4 x float> %vb34_2
  %va34_2_5 = call <4 x float> @helper_34(<4 x float> %va34_2_4)
  %cmp34_2_5 = fcmp olt <4 x float> %va34_2_5, %vb34_2
  %va34_2_6 = select <4 x i1> %cmp34_2_5, <4 x float> %va34_2_5, <4 x float> %vb34_2
  %va34_2_7 = fadd <4 x float> %va34_2_6, %vb34_2
  %va34_2_8 = fadd <4 x float> %va34_2_7, %vb34_2
  %va34_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va34_2_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va34_2_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_2_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va34_2_11 = fmul <4 x float> %va34_2_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va34_2_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_2_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va34_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va34_2_12, <4 x float> %tb34_2, <4 x float> %vb34_2)
  %va34_2_14 = call <4 x float> @helper_34(<4 x float> %va34_2_13)
  %va34_2_15 = call <4 x float> @helper_34(<4 x float> %va34_2_14)
  %va34_2_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_2_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va34_2_16, ptr %pc34_2, align 4
  %off34_3 = add nuw i64 %base34, 12
  %pa34_3 = getelementptr inbounds float, ptr %a, i64 %off34_3
  %pb34_3 = getelementptr inbounds float, ptr %b, i64 %off34_3
  %pc34_3 = getelementptr inbounds float, ptr %c, i64 %off34_3
  %va34_3_0 = load <4 x float>, ptr %pa34_3, align 4
  %vb34_3 = load <4 x float>, ptr %pb34_3, align 4
  %ti34_3 = and i64 %off34_3, 15
  %tp34_3 = getelementptr inbounds [16 x float], ptr @table_34, i64 0, i64 %ti34_3
  %tv34_3 = load float, ptr %tp34_3, align 4
  %ts34_3 = insertelement <4 x float> poison, float %tv34_3, i64 0
  %tb34_3 = shufflevector <4 x float> %ts34_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va34_3_1 = call <4 x float> @helper_34(<4 x float> %va34_3_0)
  %va34_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va34_3_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va34_3_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_3_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp34_3_3 = fcmp olt <4 x float> %va34_3_3, %vb34_3
  %va34_3_4 = select <4 x i1> %cmp34_3_3, <4 x float> %va34_3_3, <4 x float> %vb34_3
  %va34_3_5 = call <4 x float> @helper_34(<4 x float> %va34_3_4)
  %cmp34_3_5 = fcmp olt <4 x float> %va34_3_5, %vb34_3
  %va34_3_6 = select <4 x i1> %cmp34_3_5, <4 x float> %va34_3_5, <4 x float> %vb34_3
  %va34_3_7 = fadd <4 x float> %va34_3_6, %vb34_3
  %va34_3_8 = fadd <4 x float> %va34_3_7, %vb34_3
  %va34_3_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va34_3_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va34_3_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_3_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va34_3_11 = fmul <4 x float> %va34_3_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va34_3_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_3_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va34_3_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va34_3_12, <4 x float> %tb34_3, <4 x float> %vb34_3)
  %va34_3_14 = call <4 x float> @helper_34(<4 x float> %va34_3_13)
  %va34_3_15 = call <4 x float> @helper_34(<4 x float> %va34_3_14)
  %va34_3_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va34_3_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va34_3_16, ptr %pc34_3, align 4
  %inext34 = add nuw i64 %i34, 1
  %more34 = icmp ult i64 %inext34, %iters34
  br i1 %more34, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
