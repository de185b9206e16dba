; dispatch 43

@table_43 = private unnamed_addr constant [16 x float] [float -6.125000e+00, float 7.500000e-01, float -7.750000e+00, float 4.500000e+00, float 3.625000e+00, float -6.625000e+00, float -2.500000e-01, float -2.750000e+00, float -1.125000e+00, float 5.250000e+00, float -3.750000e-01, float -2.500000e+00, float -2.375000e+00, float 0.000000e+00, float -1.875000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_43(<4 x float> %x) unnamed_addr #0 {
entry:
  %h43_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h43_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h43_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h43_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h43_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h43_2
}

define i32 @dispatch_43_k1(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu43 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu43, align 8
  %out43 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 28, ptr %b, i64 0, i64 28, ptr %out43, i64 0, i64 32, i64 2, i64 2, i64 7, i32 4, i32 4, i32 1, i32 513, ptr %cpu43)
  %iters43 = udiv i64 %n, 16
  %any43 = icmp ugt i64 %iters43, 0
  br i1 %any43, label %loop, label %done

loop:
  %i43 = phi i64 [ 0, %entry ], [ %inext43, %loop ]
  %pre43 = mul nuw i64 %i43, 16
  %base43 = add nuw i64 %pre43, 0
  %off43_0 = add nuw i64 %base43, 0
  %pa43_0 = getelementptr inbounds float, ptr %a, i64 %off43_0
  %pb43_0 = getelementptr inbounds float, ptr %b, i64 %off43_0
  %pc43_0 = getelementptr inbounds float, ptr %c, i64 %off43_0
  %va43_0_0 = load <4 x float>, ptr %pa43_0, align 4
  %vb43_0 = load <4 x float>, ptr %pb43_0, align 4
  %ti43_0 = and i64 %off43_0, 15
  %tp43_0 = getelementptr inbounds [16 x float], ptr @table_43, i64 0, i64 %ti43_0
  %tv43_0 = load float, ptr %tp43_0, align 4
  %ts43_0 = insertelement <4 x float> poison, float %tv43_0, i64 0
  %tb43_0 = shufflevector <4 x float> %ts43_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va43_0_1 = call <4 x float> @helper_43(<4 x float> %va43_0_0)
  %va43_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va43_0_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va43_0_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_0_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp43_0_3 = fcmp olt <4 x float> %va43_0_3, %vb43_0
  %va43_0_4 = select <4 x i1> %cmp43_0_3, <4 x float> %va43_0_3, <4 x float> %vb43_0
  %va43_0_5 = call <4 x float> @helper_43(<4 x float> %va43_0_4)
  %cmp43_0_5 = fcmp olt <4 x float> %va43_0_5, %vb43_0
  %va43_0_6 = select <4 x i1> %cmp43_0_5, <4 x float> %va43_0_5, <4 x float> %vb43_0
  %va43_0_7 = fadd <4 x float> %va43_0_6, %vb43_0
  %va43_0_8 = fadd <4 x float> %va43_0_7, %vb43_0
  %va43_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va43_0_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va43_0_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_0_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va43_0_11 = fmul <4 x float> %va43_0_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va43_0_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_0_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va43_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va43_0_12, <4 x float> %tb43_0, <4 x float> %vb43_0)
  %va43_0_14 = call <4 x float> @helper_43(<4 x float> %va43_0_13)
  %va43_0_15 = call <4 x float> @helper_43(<4 x float> %va43_0_14)
  %va43_0_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_0_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va43_0_16, ptr %pc43_0, align 4
  %off43_1 = add nuw i64 %base43, 4
  %pa43_1 = getelementptr inbounds float, ptr %a, i64 %off43_1
  %pb43_1 = getelementptr inbounds float, ptr %b, i64 %off43_1
  %pc43_1 = getelementptr inbounds float, ptr %c, i64 %off43_1
  %va43_1_0 = load <4 x float>, ptr %pa43_1, align 4
  %vb43_1 = load <4 x float>, ptr %pb43_1, align 4
  %ti43_1 = and i64 %off43_1, 15
  %tp43_1 = getelementptr inbounds [16 x float], ptr @table_43, i64 0, i64 %ti43_1
  %tv43_1 = load float, ptr %tp43_1, align 4
  %ts43_1 = insertelement <4 x float> poison, float %tv43_1, i64 0
  %tb43_1 = shufflevector <4 x float> %ts43_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va43_1_1 = call <4 x float> @helper_43(<4 x float> %va43_1_0)
  %va43_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va43_1_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va43_1_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_1_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp43_1_3 = fcmp olt <4 x float> %va43_1_3, %vb43_1
  %va43_1_4 = select <4 x i1> %cmp43_1_3, <4 x float> %va43_1_3, <4 x float> %vb43_1
  %va43_1_5 = call <4 x float> @helper_43(<4 x float> %va43_1_4)
  %cmp43_1_5 = fcmp olt <4 x float> %va43_1_5, %vb43_1
  %va43_1_6 = select <4 x i1> %cmp43_1_5, <4 x float> %va43_1_5, <4 x float> %vb43_1
  %va43_1_7 = fadd <4 x float> %va43_1_6, %vb43_1
  %va43_1_8 = fadd <4 x float> %va43_1_7, %vb43_1
  %va43_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va43_1_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va43_1_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_1_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va43_1_11 = fmul <4 x float> %va43_1_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va43_1_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_1_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va43_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va43_1_12, <4 x float> %tb43_1, <4 x float> %vb43_1)
  %va43_1_14 = call <4 x float> @helper_43(<4 x float> %va43_1_13)
  %va43_1_15 = call <4 x float> @helper_43(<4 x float> %va43_1_14)
  %va43_1_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_1_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va43_1_16, ptr %pc43_1, align 4
  %off43_2 = add nuw i64 %base43, 8
  %pa43_2 = getelementptr inbounds float, ptr %a, i64 %off43_2
  %pb43_2 = getelementptr inbounds float, ptr %b, i64 %off43_2
  %pc43_2 = getelementptr inbounds float, ptr %c, i64 %off43_2
  %va43_2_0 = load <4 x float>, ptr %pa43_2, align 4
  %vb43_2 = load <4 x float>, ptr %pb43_2, align 4
  %ti43_2 = and i64 %off43_2, 15
  %tp43_2 = getelementptr inbounds [16 x float], ptr @table_43, i64 0, i64 %ti43_2
  %tv43_2 = load float, ptr %tp43_2, align 4
  %ts43_2 = insertelement <4 x float> poison, float %tv43_2, i64 0
  %tb43_2 = shufflevector <4 x float> %ts43_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va43_2_1 = call <4 x float> @helper_43(<4 x float> %va43_2_0)
  %va43_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va43_2_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va43_2_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_2_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp43_2_3 = fcmp olt <4 x float> %va43_2_3, %vb43_2
  %va43_2_4 = select <4 x i1> %cmp43_2_3, <4 x float> %va43_2_3, <4 x float> %vb43_2
  %va43_2_5 = call <4 x float> @helper_43(<4 x float> %va43_2_4)
  %cmp43_2_5 = fcmp olt <4 x float> %va43_2_5, %vb43_2
  %va43_2_6 = select <4 x i1> %cmp43_2_5, <4 x float> %va43_2_5, <4 x float> %vb43_2
  %va43_2_7 = fadd <4 x float> %va43_2_6, %vb43_2
  %va43_2_8 = fadd <4 x float> %va43_2_7, %vb43_2
  %va43_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va43_2_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va43_2_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_2_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va43_2_11 = fmul <4 x float> %va43_2_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va43_2_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_2_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va43_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va43_2_12, <4 x float> %tb43_2, <4 x float> %vb43_2)
  %va43_2_14 = call <4 x float> @helper_43(<4 x float> %va43_2_13)
  %va43_2_15 = call <4 x float> @helper_43(<4 x float> %va43_2_14)
  %va43_2_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_2_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va43_2_16, ptr %pc43_2, align 4
  %off43_3 = add nuw i64 %base43, 12
  %pa43_3 = getelementptr inbounds float, ptr %a, i64 %off43_3
  %pb43_3 = getelementptr inbounds float, ptr %b, i64 %off43_3
  %pc43_3 = getelementptr inbounds float, ptr %c, i64 %off43_3
  %va43_3_0 = load <4 x float>, ptr %pa43_3, align 4
  %vb43_3 = load <4 x float>, ptr %pb43_3, align 4
  %ti43_3 = and i64 %off43_3, 15
  %tp43_3 = getelementptr inbounds [16 x float], ptr @table_43, i64 0, i64 %ti43_3
  %tv43_3 = load float, ptr %tp43_3, align 4
  %ts43_3 = insertelement <4 x float> poison, float %tv43_3, i64 0
  %tb43_3 = shufflevector <4 x float> %ts43_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va43_3_1 = call <4 x float> @helper_43(<4 x float> %va43_3_0)
  %va43_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va43_3_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va43_3_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_3_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp43_3_3 = fcmp olt <4 x float> %va43_3_3, %vb43_3
  %va43_3_4 = select <4 x i1> %cmp43_3_3, <4 x float> %va43_3_3, <4 x float> %vb43_3
  %va43_3_5 = call <4 x float> @helper_43(<4 x float> %va43_3_4)
  %cmp43_3_5 = fcmp olt <4 x float> %va43_3_5, %vb43_3
  %va43_3_6 = select <4 x i1> %cmp43_3_5, <4 x float> %va43_3_5, <4 x float> %vb43_3
  %va43_3_7 = fadd <4 x float> %va43_3_6, %vb43_3
  %va43_3_8 = fadd <4 x float> %va43_3_7, %vb43_3
  %va43_3_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va43_3_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va43_3_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_3_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va43_3_11 = fmul <4 x float> %va43_3_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va43_3_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_3_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va43_3_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va43_3_12, <4 x float> %tb43_3, <4 x float> %vb43_3)
  %va43_3_14 = call <4 x float> @helper_43(<4 x float> %va43_3_13)
  %va43_3_15 = call <4 x float> @helper_43(<4 x float> %va43_3_14)
  %va43_3_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va43_3_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va43_3_16, ptr %pc43_3, align 4
  %inext43 = add nuw i64 %i43, 1
  %more43 = icmp ult i64 %inext43, %iters43
  br i1 %more43, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
