; dispatch 45

@table_45 = private unnamed_addr constant [32 x float] [float 1.250000e+00, float 5.750000e+00, float -5.875000e+00, float 8.750000e-01, float 5.000000e+00, float 2.125000e+00, float -2.750000e+00, float 2.500000e-01, float 1.250000e+00, float -6.000000e+00, float -4.125000e+00, float -3.750000e+00, float 4.250000e+00, float -2.125000e+00, float -5.000000e-01, float 5.875000e+00, float 6.000000e+00, float -7.500000e+00, float 4.500000e+00, float 6.250000e+00, float -8.750000e-01, float -7.500000e+00, float 4.000000e+00, float -2.125000e+00, float -3.500000e+00, float -8.000000e+00, float 7.500000e+00, float 5.750000e+00, float 8.000000e+00, float -1.625000e+00, float 4.875000e+00, float -6.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_45(<4 x float> %x) unnamed_addr #0 {
entry:
  %h45_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h45_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h45_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h45_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h45_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h45_2
}

define i32 @dispatch_45_k4(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu45 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu45, align 8
  %out45 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 20, ptr %b, i64 0, i64 20, ptr %out45, i64 0, i64 32, i64 2, i64 2, i64 5, i32 4, i32 4, i32 1, i32 513, ptr %cpu45)
  %iters45 = udiv i64 %n, 16
  %any45 = icmp ugt i64 %iters45, 0
  br i1 %any45, label %loop, label %done

loop:
  %i45 = phi i64 [ 0, %entry ], [ %inext45, %loop ]
  %pre45 = mul nuw i64 %i45, 16
  %base45 = add nuw i64 %pre45, 0
  %off45_0 = add nuw i64 %base45, 0
  %pa45_0 = getelementptr inbounds float, ptr %a, i64 %off45_0
  %pb45_0 = getelementptr inbounds float, ptr %b, i64 %off45_0
  %pc45_0 = getelementptr inbounds float, ptr %c, i64 %off45_0
  %va45_0_0 = load <4 x float>, ptr %pa45_0, align 4
  %vb45_0 = load <4 x float>, ptr %pb45_0, align 4
  %ti45_0 = and i64 %off45_0, 31
  %tp45_0 = getelementptr inbounds [32 x float], ptr @table_45, i64 0, i64 %ti45_0
  %tv45_0 = load float, ptr %tp45_0, align 4
  %ts45_0 = insertelement <4 x float> poison, float %tv45_0, i64 0
  %tb45_0 = shufflevector <4 x float> %ts45_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va45_0_1 = fmul <4 x float> %va45_0_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va45_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va45_0_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va45_0_3 = fmul <4 x float> %va45_0_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va45_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va45_0_3, <4 x float> %tb45_0, <4 x float> %vb45_0)
  %va45_0_5 = call <4 x float> @helper_45(<4 x float> %va45_0_4)
  %va45_0_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va45_0_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va45_0_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va45_0_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va45_0_8 = call <4 x float> @helper_45(<4 x float> %va45_0_7)
  store <4 x float> %va45_0_8, ptr %pc45_0, align 4
  %off45_1 = add nuw i64 %base45, 4
  %pa45_1 = getelementptr inbounds float, ptr %a, i64 %off45_1
  %pb45_1 = getelementptr inbounds float, ptr %b, i64 %off45_1
  %pc45_1 = getelementptr inbounds float, ptr %c, i64 %off45_1
  %va45_1_0 = load <4 x float>, ptr %pa45_1, align 4
  %vb45_1 = load <4 x float>, ptr %pb45_1, align 4
  %ti45_1 = and i64 %off45_1, 31
  %tp45_1 = getelementptr inbounds [32 x float], ptr @table_45, i64 0, i64 %ti45_1
  %tv45_1 = load float, ptr %tp45_1, align 4
  %ts45_1 = insertelement <4 x float> poison, float %tv45_1, i64 0
  %tb45_1 = shufflevector <4 x float> %ts45_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va45_1_1 = fmul <4 x float> %va45_1_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va45_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va45_1_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va45_1_3 = fmul <4 x float> %va45_1_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va45_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va45_1_3, <4 x float> %tb45_1, <4 x float> %vb45_1)
  %va45_1_5 = call <4 x float> @helper_45(<4 x float> %va45_1_4)
  %va45_1_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va45_1_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va45_1_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va45_1_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va45_1_8 = call <4 x float> @helper_45(<4 x float> %va45_1_7)
  store <4 x float> %va45_1_8, ptr %pc45_1, align 4
  %off45_2 = add nuw i64 %base45, 8
  %pa45_2 = getelementptr inbounds float, ptr %a, i64 %off45_2
  %pb45_2 = getelementptr inbounds float, ptr %b, i64 %off45_2
  %pc45_2 = getelementptr inbounds float, ptr %c, i64 %off45_2
  %va45_2_0 = load <4 x float>, ptr %pa45_2, align 4
  %vb45_2 = load <4 x float>, ptr %pb45_2, align 4
  %ti45_2 = and i64 %off45_2, 31
  %tp45_2 = getelementptr inbounds [32 x float], ptr @table_45, i64 0, i64 %ti45_2
  %tv45_2 = load float, ptr %tp45_2, align 4
  %ts45_2 = insertelement <4 x float> poison, float %tv45_2, i64 0
  %tb45_2 = shufflevector <4 x float> %ts45_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va45_2_1 = fmul <4 x float> %va45_2_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va45_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va45_2_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va45_2_3 = fmul <4 x float> %va45_2_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va45_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va45_2_3, <4 x float> %tb45_2, <4 x float> %vb45_2)
  %va45_2_5 = call <4 x float> @helper_45(<4 x float> %va45_2_4)
  %va45_2_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va45_2_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va45_2_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va45_2_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va45_2_8 = call <4 x float> @helper_45(<4 x float> %va45_2_7)
  store <4 x float> %va45_2_8, ptr %pc45_2, align 4
  %off45_3 = add nuw i64 %base45, 12
  %pa45_3 = getelementptr inbounds float, ptr %a, i64 %off45_3
  %pb45_3 = getelementptr inbounds float, ptr %b, i64 %off45_3
  %pc45_3 = getelementptr inbounds float, ptr %c, i64 %off45_3
  %va45_3_0 = load <4 x float>, ptr %pa45_3, align 4
  %vb45_3 = load <4 x float>, ptr %pb45_3, align 4
  %ti45_3 = and i64 %off45_3, 31
  %tp45_3 = getelementptr inbounds [32 x float], ptr @table_45, i64 0, i64 %ti45_3
  %tv45_3 = load float, ptr %tp45_3, align 4
  %ts45_3 = insertelement <4 x float> poison, float %tv45_3, i64 0
  %tb45_3 = shufflevector <4 x float> %ts45_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va45_3_1 = fmul <4 x float> %va45_3_0, <float 1.687500e+00, float 1.687500e+00, float 1.687500e+00, float 1.687500e+00>
  %va45_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va45_3_1, <4 x float> <float -6.425000e+01, float -6.425000e+01, float -6.425000e+01, float -6.425000e+01>)
  %va45_3_3 = fmul <4 x float> %va45_3_2, <float 3.125000e-01, float 3.125000e-01, float 3.125000e-01, float 3.125000e-01>
  %va45_3_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va45_3_3, <4 x float> %tb45_3, <4 x float> %vb45_3)
  %va45_3_5 = call <4 x float> @helper_45(<4 x float> %va45_3_4)
  %va45_3_6 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va45_3_5, <4 x float> <float 6.525000e+01, float 6.525000e+01, float 6.525000e+01, float 6.525000e+01>)
  %va45_3_7 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va45_3_6, <4 x float> <float 6.518750e+01, float 6.518750e+01, float 6.518750e+01, float 6.518750e+01>)
  %va45_3_8 = call <4 x float> @helper_45(<4 x float> %va45_3_7)
  store <4 x float> %va45_3_8, ptr %pc45_3, align 4
  %inext45 = add nuw i64 %i45, 1
  %more45 = icmp ult i64 %inext45, %iters45
  br i1 %more45, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
