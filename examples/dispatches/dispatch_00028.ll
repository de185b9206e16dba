; dispatch 28

@table_28 = private unnamed_addr constant [32 x float] [float 1.250000e+00, float 5.750000e+00, float -5.875000e+00, float 8.750000e-01, float 5.000000e+00, float 2.125000e+00, float -2.750000e+00, float 2.500000e-01, float 1.250000e+00, float -6.000000e+00, float -4.125000e+00, float -3.750000e+00, float 4.250000e+00, float -2.125000e+00, float -5.000000e-01, float 5.875000e+00, float 6.000000e+00, float -7.500000e+00, float 4.500000e+00, float 6.250000e+00, float -8.750000e-01, float -7.500000e+00, float 4.000000e+00, float -2.125000e+00, float -3.500000e+00, float -8.000000e+00, float 7.500000e+00, float 5.750000e+00, float 8.000000e+00, float -1.625000e+00, float 4.875000e+00, float -6.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_28(<4 x float> %x) unnamed_addr #0 {
entry:
  %h28_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h28_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h28_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h28_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h28_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h28_2
}

define i32 @dispatch_28_k4(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu28 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu28, align 8
  %out28 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 20, ptr %b, i64 0, i64 20, ptr %out28, i64 0, i64 32, i64 2, i64 2, i64 5, i32 4, i32 4, i32 1, i32 513, ptr %cpu28)
  %iters28 = udiv i64 %n, 16
  %any28 = icmp ugt i64 %iters28, 0
  br i1 %any28, label %loop, label %done

loop:
  %i28 = phi i64 [ 0, %entry ], [ %inext28, %loop ]
  %base28 = mul nuw i64 %i28, 16
  %off28_0 = add nuw i64 %base28, 0
  %pa28_0 = getelementptr inbounds float, ptr %a, i64 %off28_0
  %pb28_0 = getelementptr inbounds float, ptr %b, i64 %off28_0
  %pc28_0 = getelementptr inbounds float, ptr %c, i64 %off28_0
  %va28_0_0 = load <4 x float>, ptr %pa28_0, align 4
  %vb28_0 = load <4 x float>, ptr %pb28_0, align 4
  %ti28_0 = and i64 %off28_0, 31
  %tp28_0 = getelementptr inbounds [32 x float], ptr @table_28, i64 0, i64 %ti28_0
  %tv28_0 = load float, ptr %tp28_0, align 4
  %ts28_0 = insertelement <4 x float> poison, float %tv28_0, i64 0
  %tb28_0 = shufflevector <4 x float> %ts28_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va28_0_1 = fmul <4 x float> %va28_0_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va28_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va28_0_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va28_0_3 = fmul <4 x float> %va28_0_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va28_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va28_0_3, <4 x float> %tb28_0, <4 x float> %vb28_0)
  %va28_0_5 = call <4 x float> @helper_28(<4 x float> %va28_0_4)
  %va28_0_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va28_0_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va28_0_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va28_0_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va28_0_8 = call <4 x float> @helper_28(<4 x float> %va28_0_7)
  store <4 x float> %va28_0_8, ptr %pc28_0, align 4
  %off28_1 = add nuw i64 %base28, 4
  %pa28_1 = getelementptr inbounds float, ptr %a, i64 %off28_1
  %pb28_1 = getelementptr inbounds float, ptr %b, i64 %off28_1
  %pc28_1 = getelementptr inbounds float, ptr %c, i64 %off28_1
  %va28_1_0 = load <4 x float>, ptr %pa28_1, align 4
  %vb28_1 = load <4 x float>, ptr %pb28_1, align 4
  %ti28_1 = and i64 %off28_1, 31
  %tp28_1 = getelementptr inbounds [32 x float], ptr @table_28, i64 0, i64 %ti28_1
  %tv28_1 = load float, ptr %tp28_1, align 4
  %ts28_1 = insertelement <4 x float> poison, float %tv28_1, i64 0
  %tb28_1 = shufflevector <4 x float> %ts28_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va28_1_1 = fmul <4 x float> %va28_1_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va28_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va28_1_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va28_1_3 = fmul <4 x float> %va28_1_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va28_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va28_1_3, <4 x float> %tb28_1, <4 x float> %vb28_1)
  %va28_1_5 = call <4 x float> @helper_28(<4 x float> %va28_1_4)
  %va28_1_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va28_1_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va28_1_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va28_1_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va28_1_8 = call <4 x float> @helper_28(<4 x float> %va28_1_7)
  store <4 x float> %va28_1_8, ptr %pc28_1, align 4
  %off28_2 = add nuw i64 %base28, 8
  %pa28_2 = getelementptr inbounds float, ptr %a, i64 %off28_2
  %pb28_2 = getelementptr inbounds float, ptr %b, i64 %off28_2
  %pc28_2 = getelementptr inbounds float, ptr %c, i64 %off28_2
  %va28_2_0 = load <4 x float>, ptr %pa28_2, align 4
  %vb28_2 = load <4 x float>, ptr %pb28_2, align 4
  %ti28_2 = and i64 %off28_2, 31
  %tp28_2 = getelementptr inbounds [32 x float], ptr @table_28, i64 0, i64 %ti28_2
  %tv28_2 = load float, ptr %tp28_2, align 4
  %ts28_2 = insertelement <4 x float> poison, float %tv28_2, i64 0
  %tb28_2 = shufflevector <4 x float> %ts28_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va28_2_1 = fmul <4 x float> %va28_2_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va28_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va28_2_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va28_2_3 = fmul <4 x float> %va28_2_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va28_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va28_2_3, <4 x float> %tb28_2, <4 x float> %vb28_2)
  %va28_2_5 = call <4 x float> @helper_28(<4 x float> %va28_2_4)
  %va28_2_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va28_2_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va28_2_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va28_2_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va28_2_8 = call <4 x float> @helper_28(<4 x float> %va28_2_7)
  store <4 x float> %va28_2_8, ptr %pc28_2, align 4
  %off28_3 = add nuw i64 %base28, 12
  %pa28_3 = getelementptr inbounds float, ptr %a, i64 %off28_3
  %pb28_3 = getelementptr inbounds float, ptr %b, i64 %off28_3
  %pc28_3 = getelementptr inbounds float, ptr %c, i64 %off28_3
  %va28_3_0 = load <4 x float>, ptr %pa28_3, align 4
  %vb28_3 = load <4 x float>, ptr %pb28_3, align 4
  %ti28_3 = and i64 %off28_3, 31
  %tp28_3 = getelementptr inbounds [32 x float], ptr @table_28, i64 0, i64 %ti28_3
  %tv28_3 = load float, ptr %tp28_3, align 4
  %ts28_3 = insertelement <4 x float> poison, float %tv28_3, i64 0
  %tb28_3 = shufflevector <4 x float> %ts28_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va28_3_1 = fmul <4 x float> %va28_3_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va28_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va28_3_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va28_3_3 = fmul <4 x float> %va28_3_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va28_3_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va28_3_3, <4 x float> %tb28_3, <4 x float> %vb28_3)
  %va28_3_5 = call <4 x float> @helper_28(<4 x float> %va28_3_4)
  %va28_3_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va28_3_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va28_3_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va28_3_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va28_3_8 = call <4 x float> @helper_28(<4 x float> %va28_3_7)
  store <4 x float> %va28_3_8, ptr %pc28_3, align 4
  %inext28 = add nuw i64 %i28, 1
  %more28 = icmp ult i64 %inext28, %iters28
  br i1 %more28, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
