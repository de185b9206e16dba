; dispatch 40

@table_40 = private unnamed_addr constant [16 x float] [float -6.125000e+00, float 7.500000e-01, float -7.750000e+00, float 4.500000e+00, float 3.625000e+00, float -6.625000e+00, float -2.500000e-01, float -2.750000e+00, float -1.125000e+00, float 5.250000e+00, float -3.750000e-01, float -2.500000e+00, float -2.375000e+00, float 0.000000e+00, float -1.875000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_40(<4 x float> %x) unnamed_addr #0 {
entry:
  %h40_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h40_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h40_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h40_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h40_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h40_2
}

define i32 @dispatch_40_k1(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu40 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu40, align 8
  %out40 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 28, ptr %b, i64 0, i64 28, ptr %out40, i64 0, i64 32, i64 2, i64 2, i64 7, i32 4, i32 4, i32 1, i32 513, ptr %cpu40)
  %iters40 = udiv i64 %n, 16
  %any40 = icmp ugt i64 %iters40, 0
  br i1 %any40, label %loop, label %done

loop:
  %i40 = phi i64 [ 0, %entry ], [ %inext40, %loop ]
  %pre40 = mul nuw i64 %i40, 16
  %base40 = add nuw i64 %pre40, 0
  %off40_0 = add nuw i64 %base40, 0
  %pa40_0 = getelementptr inbounds float, ptr %a, i64 %off40_0
  %pb40_0 = getelementptr inbounds float, ptr %b, i64 %off40_0
  %pc40_0 = getelementptr inbounds float, ptr %c, i64 %off40_0
  %va40_0_0 = load <4 x float>, ptr %pa40_0, align 4
  %vb40_0 = load <4 x float>, ptr %pb40_0, align 4
  %ti40_0 = and i64 %off40_0, 15
  %tp40_0 = getelementptr inbounds [16 x float], ptr @table_40, i64 0, i64 %ti40_0
  %tv40_0 = load float, ptr %tp40_0, align 4
  %ts40_0 = insertelement <4 x float> poison, float %tv40_0, i64 0
  %tb40_0 = shufflevector <4 x float> %ts40_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va40_0_1 = call <4 x float> @helper_40(<4 x float> %va40_0_0)
  %va40_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va40_0_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va40_0_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_0_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp40_0_3 = fcmp olt <4 x float> %va40_0_3, %vb40_0
  %va40_0_4 = select <4 x i1> %cmp40_0_3, <4 x float> %va40_0_3, <4 x float> %vb40_0
  %va40_0_5 = call <4 x float> @helper_40(<4 x float> %va40_0_4)
  %cmp40_0_5 = fcmp olt <4 x float> %va40_0_5, %vb40_0
  %va40_0_6 = select <4 x i1> %cmp40_0_5, <4 x float> %va40_0_5, <4 x float> %vb40_0
  %va40_0_7 = fadd <4 x float> %va40_0_6, %vb40_0
  %va40_0_8 = fadd <4 x float> %va40_0_7, %vb40_0
  %va40_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va40_0_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va40_0_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_0_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va40_0_11 = fmul <4 x float> %va40_0_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va40_0_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_0_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va40_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va40_0_12, <4 x float> %tb40_0, <4 x float> %vb40_0)
  %va40_0_14 = call <4 x float> @helper_40(<4 x float> %va40_0_13)
  %va40_0_15 = call <4 x float> @helper_40(<4 x float> %va40_0_14)
  %va40_0_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_0_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va40_0_16, ptr %pc40_0, align 4
  %off40_1 = add nuw i64 %base40, 4
  %pa40_1 = getelementptr inbounds float, ptr %a, i64 %off40_1
  %pb40_1 = getelementptr inbounds float, ptr %b, i64 %off40_1
  %pc40_1 = getelementptr inbounds float, ptr %c, i64 %off40_1
  %va40_1_0 = load <4 x float>, ptr %pa40_1, align 4
  %vb40_1 = load <4 x float>, ptr %pb40_1, align 4
  %ti40_1 = and i64 %off40_1, 15
  %tp40_1 = getelementptr inbounds [16 x float], ptr @table_40, i64 0, i64 %ti40_1
  %tv40_1 = load float, ptr %tp40_1, align 4
  %ts40_1 = insertelement <4 x float> poison, float %tv40_1, i64 0
  %tb40_1 = shufflevector <4 x float> %ts40_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va40_1_1 = call <4 x float> @helper_40(<4 x float> %va40_1_0)
  %va40_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va40_1_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va40_1_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_1_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp40_1_3 = fcmp olt <4 x float> %va40_1_3, %vb40_1
  %va40_1_4 = select <4 x i1> %cmp40_1_3, <4 x float> %va40_1_3, <4 x float> %vb40_1
  %va40_1_5 = call <4 x float> @helper_40(<4 x float> %va40_1_4)
  %cmp40_1_5 = fcmp olt <4 x float> %va40_1_5, %vb40_1
  %va40_1_6 = select <4 x i1> %cmp40_1_5, <4 x float> %va40_1_5, <4 x float> %vb40_1
  %va40_1_7 = fadd <4 x float> %va40_1_6, %vb40_1
  %va40_1_8 = fadd <4 x float> %va40_1_7, %vb40_1
  %va40_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va40_1_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va40_1_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_1_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va40_1_11 = fmul <4 x float> %va40_1_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va40_1_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_1_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va40_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va40_1_12, <4 x float> %tb40_1, <4 x float> %vb40_1)
  %va40_1_14 = call <4 x float> @helper_40(<4 x float> %va40_1_13)
  %va40_1_15 = call <4 x float> @helper_40(<4 x float> %va40_1_14)
  %va40_1_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_1_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va40_1_16, ptr %pc40_1, align 4
  %off40_2 = add nuw i64 %base40, 8
  %pa40_2 = getelementptr inbounds float, ptr %a, i64 %off40_2
  %pb40_2 = getelementptr inbounds float, ptr %b, i64 %off40_2
  %pc40_2 = getelementptr inbounds float, ptr %c, i64 %off40_2
  %va40_2_0 = load <4 x float>, ptr %pa40_2, align 4
  %vb40_2 = load <4 x float>, ptr %pb40_2, align 4
  %ti40_2 = and i64 %off40_2, 15
  %tp40_2 = getelementptr inbounds [16 x float], ptr @table_40, i64 0, i64 %ti40_2
  %tv40_2 = load float, ptr %tp40_2, align 4
  %ts40_2 = insertelement <4 x float> poison, float %tv40_2, i64 0
  %tb40_2 = shufflevector <4 x float> %ts40_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va40_2_1 = call <4 x float> @helper_40(<4 x float> %va40_2_0)
  %va40_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va40_2_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va40_2_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_2_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp40_2_3 = fcmp olt <4 x float> %va40_2_3, %vb40_2
  %va40_2_4 = select <4 x i1> %cmp40_2_3, <4 x float> %va40_2_3, <4 x float> %vb40_2
  %va40_2_5 = call <4 x float> @helper_40(<4 x float> %va40_2_4)
  %cmp40_2_5 = fcmp olt <4 x float> %va40_2_5, %vb40_2
  %va40_2_6 = select <4 x i1> %cmp40_2_5, <4 x float> %va40_2_5, <4 x float> %vb40_2
  %va40_2_7 = fadd <4 x float> %va40_2_6, %vb40_2
  %va40_2_8 = fadd <4 x float> %va40_2_7, %vb40_2
  %va40_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va40_2_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va40_2_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_2_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va40_2_11 = fmul <4 x float> %va40_2_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va40_2_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_2_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va40_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va40_2_12, <4 x float> %tb40_2, <4 x float> %vb40_2)
  %va40_2_14 = call <4 x float> @helper_40(<4 x float> %va40_2_13)
  %va40_2_15 = call <4 x float> @helper_40(<4 x float> %va40_2_14)
  %va40_2_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_2_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va40_2_16, ptr %pc40_2, align 4
  %off40_3 = add nuw i64 %base40, 12
  %pa40_3 = getelementptr inbounds float, ptr %a, i64 %off40_3
  %pb40_3 = getelementptr inbounds float, ptr %b, i64 %off40_3
  %pc40_3 = getelementptr inbounds float, ptr %c, i64 %off40_3
  %va40_3_0 = load <4 x float>, ptr %pa40_3, align 4
  %vb40_3 = load <4 x float>, ptr %pb40_3, align 4
  %ti40_3 = and i64 %off40_3, 15
  %tp40_3 = getelementptr inbounds [16 x float], ptr @table_40, i64 0, i64 %ti40_3
  %tv40_3 = load float, ptr %tp40_3, align 4
  %ts40_3 = insertelement <4 x float> poison, float %tv40_3, i64 0
  %tb40_3 = shufflevector <4 x float> %ts40_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va40_3_1 = call <4 x float> @helper_40(<4 x float> %va40_3_0)
  %va40_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va40_3_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va40_3_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_3_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp40_3_3 = fcmp olt <4 x float> %va40_3_3, %vb40_3
  %va40_3_4 = select <4 x i1> %cmp40_3_3, <4 x float> %va40_3_3, <4 x float> %vb40_3
  %va40_3_5 = call <4 x float> @helper_40(<4 x float> %va40_3_4)
  %cmp40_3_5 = fcmp olt <4 x float> %va40_3_5, %vb40_3
  %va40_3_6 = select <4 x i1> %cmp40_3_5, <4 x float> %va40_3_5, <4 x float> %vb40_3
  %va40_3_7 = fadd <4 x float> %va40_3_6, %vb40_3
  %va40_3_8 = fadd <4 x float> %va40_3_7, %vb40_3
  %va40_3_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va40_3_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va40_3_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_3_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va40_3_11 = fmul <4 x float> %va40_3_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va40_3_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_3_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va40_3_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va40_3_12, <4 x float> %tb40_3, <4 x float> %vb40_3)
  %va40_3_14 = call <4 x float> @helper_40(<4 x float> %va40_3_13)
  %va40_3_15 = call <4 x float> @helper_40(<4 x float> %va40_3_14)
  %va40_3_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va40_3_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va40_3_16, ptr %pc40_3, align 4
  %inext40 = add nuw i64 %i40, 1
  %more40 = icmp ult i64 %inext40, %iters40
  br i1 %more40, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
