; dispatch 13

@table_13 = private unnamed_addr constant [16 x float] [float -6.125000e+00, float 7.500000e-01, float -7.750000e+00, float 4.500000e+00, float 3.625000e+00, float -6.625000e+00, float -2.500000e-01, float -2.750000e+00, float -1.125000e+00, float 5.250000e+00, float -3.750000e-01, float -2.500000e+00, float -2.375000e+00, float 0.000000e+00, float -1.875000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_13(<4 x float> %x) unnamed_addr #0 {
entry:
  %h13_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h13_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h13_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h13_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h13_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h13_2
}

define i32 @dispatch_13_k1(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu13 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu13, align 8
  %out13 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 28, ptr %b, i64 0, i64 28, ptr %out13, i64 0, i64 32, i64 2, i64 2, i64 7, i32 4, i32 4, i32 1, i32 513, ptr %cpu13)
  %iters13 = udiv i64 %n, 16
  %any13 = icmp ugt i64 %iters13, 0
  br i1 %any13, label %loop, label %done

loop:
  %i13 = phi i64 [ 0, %entry ], [ %inext13, %loop ]
  %base13 = mul nuw i64 %i13, 16
  %off13_0 = add nuw i64 %base13, 0
  %pa13_0 = getelementptr inbounds float, ptr %a, i64 %off13_0
  %pb13_0 = getelementptr inbounds float, ptr %b, i64 %off13_0
  %pc13_0 = getelementptr inbounds float, ptr %c, i64 %off13_0
  %va13_0_0 = load <4 x float>, ptr %pa13_0, align 4
  %vb13_0 = load <4 x float>, ptr %pb13_0, align 4
  %ti13_0 = and i64 %off13_0, 15
  %tp13_0 = getelementptr inbounds [16 x float], ptr @table_13, i64 0, i64 %ti13_0
  %tv13_0 = load float, ptr %tp13_0, align 4
  %ts13_0 = insertelement <4 x float> poison, float %tv13_0, i64 0
  %tb13_0 = shufflevector <4 x float> %ts13_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va13_0_1 = call <4 x float> @helper_13(<4 x float> %va13_0_0)
  %va13_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va13_0_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va13_0_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_0_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp13_0_3 = fcmp olt <4 x float> %va13_0_3, %vb13_0
  %va13_0_4 = select <4 x i1> %cmp13_0_3, <4 x float> %va13_0_3, <4 x float> %vb13_0
  %va13_0_5 = call <4 x float> @helper_13(<4 x float> %va13_0_4)
  %cmp13_0_5 = fcmp olt <4 x float> %va13_0_5, %vb13_0
  %va13_0_6 = select <4 x i1> %cmp13_0_5, <4 x float> %va13_0_5, <4 x float> %vb13_0
  %va13_0_7 = fadd <4 x float> %va13_0_6, %vb13_0
  %va13_0_8 = fadd <4 x float> %va13_0_7, %vb13_0
  %va13_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va13_0_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va13_0_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_0_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va13_0_11 = fmul <4 x float> %va13_0_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va13_0_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_0_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va13_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va13_0_12, <4 x float> %tb13_0, <4 x float> %vb13_0)
  %va13_0_14 = call <4 x float> @helper_13(<4 x float> %va13_0_13)
  %va13_0_15 = call <4 x float> @helper_13(<4 x float> %va13_0_14)
  %va13_0_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_0_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va13_0_16, ptr %pc13_0, align 4
  %off13_1 = add nuw i64 %base13, 4
  %pa13_1 = getelementptr inbounds float, ptr %a, i64 %off13_1
  %pb13_1 = getelementptr inbounds float, ptr %b, i64 %off13_1
  %pc13_1 = getelementptr inbounds float, ptr %c, i64 %off13_1
  %va13_1_0 = load <4 x float>, ptr %pa13_1, align 4
  %vb13_1 = load <4 x float>, ptr %pb13_1, align 4
  %ti13_1 = and i64 %off13_1, 15
  %tp13_1 = getelementptr inbounds [16 x float], ptr @table_13, i64 0, i64 %ti13_1
  %tv13_1 = load float, ptr %tp13_1, align 4
  %ts13_1 = insertelement <4 x float> poison, float %tv13_1, i64 0
  %tb13_1 = shufflevector <4 x float> %ts13_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va13_1_1 = call <4 x float> @helper_13(<4 x float> %va13_1_0)
  %va13_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va13_1_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va13_1_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_1_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp13_1_3 = fcmp olt <4 x float> %va13_1_3, %vb13_1
  %va13_1_4 = select <4 x i1> %cmp13_1_3, <4 x float> %va13_1_3, <4 x float> %vb13_1
  %va13_1_5 = call <4 x float> @helper_13(<4 x float> %va13_1_4)
  %cmp13_1_5 = fcmp olt <4 x float> %va13_1_5, %vb13_1
  %va13_1_6 = select <4 x i1> %cmp13_1_5, <4 x float> %va13_1_5, <4 x float> %vb13_1
  %va13_1_7 = fadd <4 x float> %va13_1_6, %vb13_1
  %va13_1_8 = fadd <4 x float> %va13_1_7, %vb13_1
  %va13_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va13_1_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va13_1_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_1_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va13_1_11 = fmul <4 x float> %va13_1_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va13_1_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_1_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va13_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va13_1_12, <4 x float> %tb13_1, <4 x float> %vb13_1)
  %va13_1_14 = call <4 x float> @helper_13(<4 x float> %va13_1_13)
  %va13_1_15 = call <4 x float> @helper_13(<4 x float> %va13_1_14)
  %va13_1_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_1_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va13_1_16, ptr %pc13_1, align 4
  %off13_2 = add nuw i64 %base13, 8
  %pa13_2 = getelementptr inbounds float, ptr %a, i64 %off13_2
  %pb13_2 = getelementptr inbounds float, ptr %b, i64 %off13_2
  %pc13_2 = getelementptr inbounds float, ptr %c, i64 %off13_2
  %va13_2_0 = load <4 x float>, ptr %pa13_2, align 4
  %vb13_2 = load <4 x float>, ptr %pb13_2, align 4
  %ti13_2 = and i64 %off13_2, 15
  %tp13_2 = getelementptr inbounds [16 x float], ptr @table_13, i64 0, i64 %ti13_2
  %tv13_2 = load float, ptr %tp13_2, align 4
  %ts13_2 = insertelement <4 x float> poison, float %tv13_2, i64 0
  %tb13_2 = shufflevector <4 x float> %ts13_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va13_2_1 = call <4 x float> @helper_13(<4 x float> %va13_2_0)
  %va13_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va13_2_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va13_2_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_2_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp13_2_3 = fcmp olt <4 x float> %va13_2_3, %vb13_2
  %va13_2_4 = select <4 x i1> %cmp13_2_3, <4 x float> %va13_2_3, <4 x float> %vb13_2
  %va13_2_5 = call <4 x float> @helper_13(<4 x float> %va13_2_4)
  %cmp13_2_5 = fcmp olt <4 x float> %va13_2_5, %vb13_2
  %va13_2_6 = select <4 x i1> %cmp13_2_5, <4 x float> %va13_2_5, <4 x float> %vb13_2
  %va13_2_7 = fadd <4 x float> %va13_2_6, %vb13_2
  %va13_2_8 = fadd <4 x float> %va13_2_7, %vb13_2
  %va13_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va13_2_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va13_2_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_2_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va13_2_11 = fmul <4 x float> %va13_2_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va13_2_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_2_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va13_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va13_2_12, <4 x float> %tb13_2, <4 x float> %vb13_2)
  %va13_2_14 = call <4 x float> @helper_13(<4 x float> %va13_2_13)
  %va13_2_15 = call <4 x float> @helper_13(<4 x float> %va13_2_14)
  %va13_2_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_2_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va13_2_16, ptr %pc13_2, align 4
  %off13_3 = add nuw i64 %base13, 12
  %pa13_3 = getelementptr inbounds float, ptr %a, i64 %off13_3
  %pb13_3 = getelementptr inbounds float, ptr %b, i64 %off13_3
  %pc13_3 = getelementptr inbounds float, ptr %c, i64 %off13_3
  %va13_3_0 = load <4 x float>, ptr %pa13_3, align 4
  %vb13_3 = load <4 x float>, ptr %pb13_3, align 4
  %ti13_3 = and i64 %off13_3, 15
  %tp13_3 = getelementptr inbounds [16 x float], ptr @table_13, i64 0, i64 %ti13_3
  %tv13_3 = load float, ptr %tp13_3, align 4
  %ts13_3 = insertelement <4 x float> poison, float %tv13_3, i64 0
  %tb13_3 = shufflevector <4 x float> %ts13_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va13_3_1 = call <4 x float> @helper_13(<4 x float> %va13_3_0)
  %va13_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va13_3_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va13_3_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_3_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp13_3_3 = fcmp olt <4 x float> %va13_3_3, %vb13_3
  %va13_3_4 = select <4 x i1> %cmp13_3_3, <4 x float> %va13_3_3, <4 x float> %vb13_3
  %va13_3_5 = call <4 x float> @helper_13(<4 x float> %va13_3_4)
  %cmp13_3_5 = fcmp olt <4 x float> %va13_3_5, %vb13_3
  %va13_3_6 = select <4 x i1> %cmp13_3_5, <4 x float> %va13_3_5, <4 x float> %vb13_3
  %va13_3_7 = fadd <4 x float> %va13_3_6, %vb13_3
  %va13_3_8 = fadd <4 x float> %va13_3_7, %vb13_3
  %va13_3_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va13_3_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va13_3_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_3_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va13_3_11 = fmul <4 x float> %va13_3_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va13_3_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_3_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va13_3_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va13_3_12, <4 x float> %tb13_3, <4 x float> %vb13_3)
  %va13_3_14 = call <4 x float> @helper_13(<4 x float> %va13_3_13)
  %va13_3_15 = call <4 x float> @helper_13(<4 x float> %va13_3_14)
  %va13_3_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va13_3_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va13_3_16, ptr %pc13_3, align 4
  %inext13 = add nuw i64 %i13, 1
  %more13 = icmp ult i64 %inext13, %iters13
  br i1 %more13, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
