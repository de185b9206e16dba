; dispatch 26

@table_26 = private unnamed_addr constant [32 x float] [float 1.250000e+00, float 5.750000e+00, float -5.875000e+00, float 8.750000e-01, float 5.000000e+00, float 2.125000e+00, float -2.750000e+00, float 2.500000e-01, float 1.250000e+00, float -6.000000e+00, float -4.125000e+00, float -3.750000e+00, float 4.250000e+00, float -2.125000e+00, float -5.000000e-01, float 5.875000e+00, float 6.000000e+00, float -7.500000e+00, float 4.500000e+00, float 6.250000e+00, float -8.750000e-01, float -7.500000e+00, float 4.000000e+00, float -2.125000e+00, float -3.500000e+00, float -8.000000e+00, float 7.500000e+00, float 5.750000e+00, float 8.000000e+00, float -1.625000e+00, float 4.875000e+00, float -6.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_26(<4 x float> %x) unnamed_addr #0 {
entry:
  %h26_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h26_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h26_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h26_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h26_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h26_2
}

define i32 @dispatch_26_k4(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu26 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu26, align 8
  %out26 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 20, ptr %b, i64 0, i64 20, ptr %out26, i64 0, i64 32, i64 2, i64 2, i64 5, i32 4, i32 4, i32 1, i32 513, ptr %cpu26)
  %iters26 = udiv i64 %n, 16
  %any26 = icmp ugt i64 %iters26, 0
  br i1 %any26, label %loop, label %done

loop:
  %i26 = phi i64 [ 0, %entry ], [ %inext26, %loop ]
  %pre26 = mul nuw i64 %i26, 16
  %base26 = add nuw i64 %pre26, 0
  %off26_0 = add nuw i64 %base26, 0
  %pa26_0 = getelementptr inbounds float, ptr %a, i64 %off26_0
  %pb26_0 = getelementptr inbounds float, ptr %b, i64 %off26_0
  %pc26_0 = getelementptr inbounds float, ptr %c, i64 %off26_0
  %va26_0_0 = load <4 x float>, ptr %pa26_0, align 4
  %vb26_0 = load <4 x float>, ptr %pb26_0, align 4
  %ti26_0 = and i64 %off26_0, 31
  %tp26_0 = getelementptr inbounds [32 x float], ptr @table_26, i64 0, i64 %ti26_0
  %tv26_0 = load float, ptr %tp26_0, align 4
  %ts26_0 = insertelement <4 x float> poison, float %tv26_0, i64 0
  %tb26_0 = shufflevector <4 x float> %ts26_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va26_0_1 = fmul <4 x float> %va26_0_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va26_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va26_0_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va26_0_3 = fmul <4 x float> %va26_0_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va26_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va26_0_3, <4 x float> %tb26_0, <4 x float> %vb26_0)
  %va26_0_5 = call <4 x float> @helper_26(<4 x float> %va26_0_4)
  %va26_0_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va26_0_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va26_0_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va26_0_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va26_0_8 = call <4 x float> @helper_26(<4 x float> %va26_0_7)
  store <4 x float> %va26_0_8, ptr %pc26_0, align 4
  %off26_1 = add nuw i64 %base26, 4
  %pa26_1 = getelementptr inbounds float, ptr %a, i64 %off26_1
  %pb26_1 = getelementptr inbounds float, ptr %b, i64 %off26_1
  %pc26_1 = getelementptr inbounds float, ptr %c, i64 %off26_1
  %va26_1_0 = load <4 x float>, ptr %pa26_1, align 4
  %vb26_1 = load <4 x float>, ptr %pb26_1, align 4
  %ti26_1 = and i64 %off26_1, 31
  %tp26_1 = getelementptr inbounds [32 x float], ptr @table_26, i64 0, i64 %ti26_1
  %tv26_1 = load float, ptr %tp26_1, align 4
  %ts26_1 = insertelement <4 x float> poison, float %tv26_1, i64 0
  %tb26_1 = shufflevector <4 x float> %ts26_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va26_1_1 = fmul <4 x float> %va26_1_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va26_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va26_1_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va26_1_3 = fmul <4 x float> %va26_1_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va26_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va26_1_3, <4 x float> %tb26_1, <4 x float> %vb26_1)
  %va26_1_5 = call <4 x float> @helper_26(<4 x float> %va26_1_4)
  %va26_1_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va26_1_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va26_1_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va26_1_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va26_1_8 = call <4 x float> @helper_26(<4 x float> %va26_1_7)
  store <4 x float> %va26_1_8, ptr %pc26_1, align 4
  %off26_2 = add nuw i64 %base26, 8
  %pa26_2 = getelementptr inbounds float, ptr %a, i64 %off26_2
  %pb26_2 = getelementptr inbounds float, ptr %b, i64 %off26_2
  %pc26_2 = getelementptr inbounds float, ptr %c, i64 %off26_2
  %va26_2_0 = load <4 x float>, ptr %pa26_2, align 4
  %vb26_2 = load <4 x float>, ptr %pb26_2, align 4
  %ti26_2 = and i64 %off26_2, 31
  %tp26_2 = getelementptr inbounds [32 x float], ptr @table_26, i64 0, i64 %ti26_2
  %tv26_2 = load float, ptr %tp26_2, align 4
  %ts26_2 = insertelement <4 x float> poison, float %tv26_2, i64 0
  %tb26_2 = shufflevector <4 x float> %ts26_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va26_2_1 = fmul <4 x float> %va26_2_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va26_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va26_2_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va26_2_3 = fmul <4 x float> %va26_2_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va26_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va26_2_3, <4 x float> %tb26_2, <4 x float> %vb26_2)
  %va26_2_5 = call <4 x float> @helper_26(<4 x float> %va26_2_4)
  %va26_2_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va26_2_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va26_2_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va26_2_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va26_2_8 = call <4 x float> @helper_26(<4 x float> %va26_2_7)
  store <4 x float> %va26_2_8, ptr %pc26_2, align 4
  %off26_3 = add nuw i64 %base26, 12
  %pa26_3 = getelementptr inbounds float, ptr %a, i64 %off26_3
  %pb26_3 = getelementptr inbounds float, ptr %b, i64 %off26_3
  %pc26_3 = getelementptr inbounds float, ptr %c, i64 %off26_3
  %va26_3_0 = load <4 x float>, ptr %pa26_3, align 4
  %vb26_3 = load <4 x float>, ptr %pb26_3, align 4
  %ti26_3 = and i64 %off26_3, 31
  %tp26_3 = getelementptr inbounds [32 x float], ptr @table_26, i64 0, i64 %ti26_3
  %tv26_3 = load float, ptr %tp26_3, align 4
  %ts26_3 = insertelement <4 x float> poison, float %tv26_3, i64 0
  %tb26_3 = shufflevector <4 x float> %ts26_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va26_3_1 = fmul <4 x float> %va26_3_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va26_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va26_3_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va26_3_3 = fmul <4 x float> %va26_3_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va26_3_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va26_3_3, <4 x float> %tb26_3, <4 x float> %vb26_3)
  %va26_3_5 = call <4 x float> @helper_26(<4 x float> %va26_3_4)
  %va26_3_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va26_3_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va26_3_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va26_3_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va26_3_8 = call <4 x float> @helper_26(<4 x float> %va26_3_7)
  store <4 x float> %va26_3_8, ptr %pc26_3, align 4
  %inext26 = add nuw i64 %i26, 1
  %more26 = icmp ult i64 %inext26, %iters26
  br i1 %more26, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
