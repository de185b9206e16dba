; dispatch 21

@table_21 = private unnamed_addr constant [16 x float] [float -6.125000e+00, float 7.500000e-01, float -7.750000e+00, float 4.500000e+00, float 3.625000e+00, float -6.625000e+00, float -2.500000e-01, float -2.750000e+00, float -1.125000e+00, float 5.250000e+00, float -3.750000e-01, float -2.500000e+00, float -2.375000e+00, float 0.000000e+00, float -1.875000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_21(<4 x float> %x) unnamed_addr #0 {
entry:
  %h21_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h21_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h21_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h21_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h21_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h21_2
}

define i32 @dispatch_21_k1(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu21 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu21, align 8
  %out21 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 28, ptr %b, i64 0, i64 28, ptr %out21, i64 0, i64 32, i64 2, i64 2, i64 7, i32 4, i32 4, i32 1, i32 513, ptr %cpu21)
  %iters21 = udiv i64 %n, 16
  %any21 = icmp ugt i64 %iters21, 0
  br i1 %any21, label %loop, label %done

loop:
  %i21 = phi i64 [ 0, %entry ], [ %inext21, %loop ]
  %base21 = mul nuw i64 %i21, 16
  %off21_0 = add nuw i64 %base21, 0
  %pa21_0 = getelementptr inbounds float, ptr %a, i64 %off21_0
  %pb21_0 = getelementptr inbounds float, ptr %b, i64 %off21_0
  %pc21_0 = getelementptr inbounds float, ptr %c, i64 %off21_0
  %va21_0_0 = load <4 x float>, ptr %pa21_0, align 4
  %vb21_0 = load <4 x float>, ptr %pb21_0, align 4
  %ti21_0 = and i64 %off21_0, 15
  %tp21_0 = getelementptr inbounds [16 x float], ptr @table_21, i64 0, i64 %ti21_0
  %tv21_0 = load float, ptr %tp21_0, align 4
  %ts21_0 = insertelement <4 x float> poison, float %tv21_0, i64 0
  %tb21_0 = shufflevector <4 x float> %ts21_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va21_0_1 = call <4 x float> @helper_21(<4 x float> %va21_0_0)
  %va21_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va21_0_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va21_0_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_0_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp21_0_3 = fcmp olt <4 x float> %va21_0_3, %vb21_0
  %va21_0_4 = select <4 x i1> %cmp21_0_3, <4 x float> %va21_0_3, <4 x float> %vb21_0
  %va21_0_5 = call <4 x float> @helper_21(<4 x float> %va21_0_4)
  %cmp21_0_5 = fcmp olt <4 x float> %va21_0_5, %vb21_0
  %va21_0_6 = select <4 x i1> %cmp21_0_5, <4 x float> %va21_0_5, <4 x float> %vb21_0
  %va21_0_7 = fadd <4 x float> %va21_0_6, %vb21_0
  %va21_0_8 = fadd <4 x float> %va21_0_7, %vb21_0
  %va21_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va21_0_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va21_0_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_0_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va21_0_11 = fmul <4 x float> %va21_0_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va21_0_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_0_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va21_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va21_0_12, <4 x float> %tb21_0, <4 x float> %vb21_0)
  %va21_0_14 = call <4 x float> @helper_21(<4 x float> %va21_0_13)
  %va21_0_15 = call <4 x float> @helper_21(<4 x float> %va21_0_14)
  %va21_0_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_0_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va21_0_16, ptr %pc21_0, align 4
  %off21_1 = add nuw i64 %base21, 4
  %pa21_1 = getelementptr inbounds float, ptr %a, i64 %off21_1
  %pb21_1 = getelementptr inbounds float, ptr %b, i64 %off21_1
  %pc21_1 = getelementptr inbounds float, ptr %c, i64 %off21_1
  %va21_1_0 = load <4 x float>, ptr %pa21_1, align 4
  %vb21_1 = load <4 x float>, ptr %pb21_1, align 4
  %ti21_1 = and i64 %off21_1, 15
  %tp21_1 = getelementptr inbounds [16 x float], ptr @table_21, i64 0, i64 %ti21_1
  %tv21_1 = load float, ptr %tp21_1, align 4
  %ts21_1 = insertelement <4 x float> poison, float %tv21_1, i64 0
  %tb21_1 = shufflevector <4 x float> %ts21_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va21_1_1 = call <4 x float> @helper_21(<4 x float> %va21_1_0)
  %va21_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va21_1_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va21_1_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_1_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp21_1_3 = fcmp olt <4 x float> %va21_1_3, %vb21_1
  %va21_1_4 = select <4 x i1> %cmp21_1_3, <4 x float> %va21_1_3, <4 x float> %vb21_1
  %va21_1_5 = call <4 x float> @helper_21(<4 x float> %va21_1_4)
  %cmp21_1_5 = fcmp olt <4 x float> %va21_1_5, %vb21_1
  %va21_1_6 = select <4 x i1> %cmp21_1_5, <4 x float> %va21_1_5, <4 x float> %vb21_1
  %va21_1_7 = fadd <4 x float> %va21_1_6, %vb21_1
  %va21_1_8 = fadd <4 x float> %va21_1_7, %vb21_1
  %va21_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va21_1_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va21_1_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_1_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va21_1_11 = fmul <4 x float> %va21_1_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va21_1_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_1_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va21_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va21_1_12, <4 x float> %tb21_1, <4 x float> %vb21_1)
  %va21_1_14 = call <4 x float> @helper_21(<4 x float> %va21_1_13)
  %va21_1_15 = call <4 x float> @helper_21(<4 x float> %va21_1_14)
  %va21_1_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_1_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va21_1_16, ptr %pc21_1, align 4
  %off21_2 = add nuw i64 %base21, 8
  %pa21_2 = getelementptr inbounds float, ptr %a, i64 %off21_2
  %pb21_2 = getelementptr inbounds float, ptr %b, i64 %off21_2
  %pc21_2 = getelementptr inbounds float, ptr %c, i64 %off21_2
  %va21_2_0 = load <4 x float>, ptr %pa21_2, align 4
  %vb21_2 = load <4 x float>, ptr %pb21_2, align 4
  %ti21_2 = and i64 %off21_2, 15
  %tp21_2 = getelementptr inbounds [16 x float], ptr @table_21, i64 0, i64 %ti21_2
  %tv21_2 = load float, ptr %tp21_2, align 4
  %ts21_2 = insertelement <4 x float> poison, float %tv21_2, i64 0
  %tb21_2 = shufflevector <4 x float> %ts21_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va21_2_1 = call <4 x float> @helper_21(<4 x float> %va21_2_0)
  %va21_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va21_2_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va21_2_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_2_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp21_2_3 = fcmp olt <4 x float> %va21_2_3, %vb21_2
  %va21_2_4 = select <4 x i1> %cmp21_2_3, <4 x float> %va21_2_3, <4 x float> %vb21_2
  %va21_2_5 = call <4 x float> @helper_21(<4 x float> %va21_2_4)
  %cmp21_2_5 = fcmp olt <4 x float> %va21_2_5, %vb21_2
  %va21_2_6 = select <4 x i1> %cmp21_2_5, <4 x float> %va21_2_5, <4 x float> %vb21_2
  %va21_2_7 = fadd <4 x float> %va21_2_6, %vb21_2
  %va21_2_8 = fadd <4 x float> %va21_2_7, %vb21_2
  %va21_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va21_2_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va21_2_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_2_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va21_2_11 = fmul <4 x float> %va21_2_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va21_2_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_2_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va21_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va21_2_12, <4 x float> %tb21_2, <4 x float> %vb21_2)
  %va21_2_14 = call <4 x float> @helper_21(<4 x float> %va21_2_13)
  %va21_2_15 = call <4 x float> @helper_21(<4 x float> %va21_2_14)
  %va21_2_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_2_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va21_2_16, ptr %pc21_2, align 4
  %off21_3 = add nuw i64 %base21, 12
  %pa21_3 = getelementptr inbounds float, ptr %a, i64 %off21_3
  %pb21_3 = getelementptr inbounds float, ptr %b, i64 %off21_3
  %pc21_3 = getelementptr inbounds float, ptr %c, i64 %off21_3
  %va21_3_0 = load <4 x float>, ptr %pa21_3, align 4
  %vb21_3 = load <4 x float>, ptr %pb21_3, align 4
  %ti21_3 = and i64 %off21_3, 15
  %tp21_3 = getelementptr inbounds [16 x float], ptr @table_21, i64 0, i64 %ti21_3
  %tv21_3 = load float, ptr %tp21_3, align 4
  %ts21_3 = insertelement <4 x float> poison, float %tv21_3, i64 0
  %tb21_3 = shufflevector <4 x float> %ts21_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va21_3_1 = call <4 x float> @helper_21(<4 x float> %va21_3_0)
  %va21_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va21_3_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va21_3_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_3_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp21_3_3 = fcmp olt <4 x float> %va21_3_3, %vb21_3
  %va21_3_4 = select <4 x i1> %cmp21_3_3, <4 x float> %va21_3_3, <4 x float> %vb21_3
  %va21_3_5 = call <4 x float> @helper_21(<4 x float> %va21_3_4)
  %cmp21_3_5 = fcmp olt <4 x float> %va21_3_5, %vb21_3
  %va21_3_6 = select <4 x i1> %cmp21_3_5, <4 x float> %va21_3_5, <4 x float> %vb21_3
  %va21_3_7 = fadd <4 x float> %va21_3_6, %vb21_3
  %va21_3_8 = fadd <4 x float> %va21_3_7, %vb21_3
  %va21_3_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va21_3_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va21_3_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_3_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va21_3_11 = fmul <4 x float> %va21_3_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va21_3_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_3_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va21_3_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va21_3_12, <4 x float> %tb21_3, <4 x float> %vb21_3)
  %va21_3_14 = call <4 x float> @helper_21(<4 x float> %va21_3_13)
  %va21_3_15 = call <4 x float> @helper_21(<4 x float> %va21_3_14)
  %va21_3_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va21_3_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va21_3_16, ptr %pc21_3, align 4
  %inext21 = add nuw i64 %i21, 1
  %more21 = icmp ult i64 %inext21, %iters21
  br i1 %more21, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
