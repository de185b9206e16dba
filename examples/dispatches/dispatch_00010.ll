; dispatch 10

@table_10 = private unnamed_addr constant [16 x float] [float -6.250000e+00, float -1.250000e-01, float 7.375000e+00, float 2.875000e+00, float 6.250000e-01, float -5.000000e+00, float 2.875000e+00, float 3.375000e+00, float -3.500000e+00, float -5.250000e+00, float 2.250000e+00, float -7.250000e+00, float -4.875000e+00, float 4.750000e+00, float 7.250000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>)

define internal <16 x float> @helper_10(<16 x float> %x) unnamed_addr #0 {
entry:
  %h10_0 = fmul <16 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h10_1 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h10_0, <16 x float> %x, <16 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h10_2 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h10_1, <16 x float> %x, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h10_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h10_2, <16 x float> %x, <16 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <16 x float> %h10_3
}

define i32 @dispatch_10_k3(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu10 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu10, align 8
  %out10 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 64, ptr %b, i64 0, i64 64, ptr %out10, i64 0, i64 128, i64 2, i64 2, i64 8, i32 8, i32 8, i32 1, i32 513, ptr %cpu10)
  %iters10 = udiv i64 %n, 64
  %any10 = icmp ugt i64 %iters10, 0
  br i1 %any10, label %loop, label %done

loop:
  %i10 = phi i64 [ 0, %entry ], [ %inext10, %loop ]
  %pre10 = mul nuw i64 %i10, 64
  %base10 = add nuw i64 %pre10, 0
  %off10_0 = add nuw i64 %base10, 0
  %pa10_0 = getelementptr inbounds float, ptr %a, i64 %off10_0
  %pb10_0 = getelementptr inbounds float, ptr %b, i64 %off10_0
  %pc10_0 = getelementptr inbounds float, ptr %c, i64 %off10_0
  %va10_0_0 = load <16 x float>, ptr %pa10_0, align 4
  %vb10_0 = load <16 x float>, ptr %pb10_0, align 4
  %ti10_0 = and i64 %off10_0, 15
  %tp10_0 = getelementptr inbounds [16 x float], ptr @table_10, i64 0, i64 %ti10_0
  %tv10_0 = load float, ptr %tp10_0, align 4
  %ts10_0 = insertelement <16 x float> poison, float %tv10_0, i64 0
  %tb10_0 = shufflevector <16 x float> %ts10_0, <16 x float> poison, <16 x i32> zeroinitializer
  %va10_0_1 = fadd <16 x float> %va10_0_0, %vb10_0
  %va10_0_2 = call <16 x float> @helper_10(<16 x float> %va10_0_1)
  %va10_0_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va10_0_2, <16 x float> %tb10_0, <16 x float> %vb10_0)
  %va10_0_4 = call <16 x float> @helper_10(<16 x float> %va10_0_3)
  %va10_0_5 = call <16 x float> @helper_10(<16 x float> %va10_0_4)
  %va10_0_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va10_0_5, <16 x float> %tb10_0, <16 x float> %vb10_0)
  %cmp10_0_6 = fcmp olt <16 x float> %va10_0_6, %vb10_0
  %va10_0_7 = select <16 x i1> %cmp10_0_6, <16 x float> %va10_0_6, <16 x float> %vb10_0
  %va10_0_8 = fadd <16 x float> %va10_0_7, %vb10_0
  store <16 x float> %va10_0_8, ptr %pc10_0, align 4
  %off10_1 = add nuw i64 %base10, 16
  %pa10_1 = getelementptr inbounds float, ptr %a, i64 %off10_1
  %pb10_1 = getelementptr inbounds float, ptr %b, i64 %off10_1
  %pc10_1 = getelementptr inbounds float, ptr %c, i64 %off10_1
  %va10_1_0 = load <16 x float>, ptr %pa10_1, align 4
  %vb10_1 = load <16 x float>, ptr %pb10_1, align 4
  %ti10_1 = and i64 %off10_1, 15
  %tp10_1 = getelementptr inbounds [16 x float], ptr @table_10, i64 0, i64 %ti10_1
  %tv10_1 = load float, ptr %tp10_1, align 4
  %ts10_1 = insertelement <16 x float> poison, float %tv10_1, i64 0
  %tb10_1 = shufflevector <16 x float> %ts10_1, <16 x float> poison, <16 x i32> zeroinitializer
  %va10_1_1 = fadd <16 x float> %va10_1_0, %vb10_1
  %va10_1_2 = call <16 x float> @helper_10(<16 x float> %va10_1_1)
  %va10_1_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va10_1_2, <16 x float> %tb10_1, <16 x float> %vb10_1)
  %va10_1_4 = call <16 x float> @helper_10(<16 x float> %va10_1_3)
  %va10_1_5 = call <16 x float> @helper_10(<16 x float> %va10_1_4)
  %va10_1_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va10_1_5, <16 x float> %tb10_1, <16 x float> %vb10_1)
  %cmp10_1_6 = fcmp olt <16 x float> %va10_1_6, %vb10_1
  %va10_1_7 = select <16 x i1> %cmp10_1_6, <16 x float> %va10_1_6, <16 x float> %vb10_1
  %va10_1_8 = fadd <16 x float> %va10_1_7, %vb10_1
  store <16 x float> %va10_1_8, ptr %pc10_1, align 4
  %off10_2 = add nuw i64 %base10, 32
  %pa10_2 = getelementptr inbounds float, ptr %a, i64 %off10_2
  %pb10_2 = getelementptr inbounds float, ptr %b, i64 %off10_2
  %pc10_2 = getelementptr inbounds float, ptr %c, i64 %off10_2
  %va10_2_0 = load <16 x float>, ptr %pa10_2, align 4
  %vb10_2 = load <16 x float>, ptr %pb10_2, align 4
  %ti10_2 = and i64 %off10_2, 15
  %tp10_2 = getelementptr inbounds [16 x float], ptr @table_10, i64 0, i64 %ti10_2
  %tv10_2 = load float, ptr %tp10_2, align 4
  %ts10_2 = insertelement <16 x float> poison, float %tv10_2, i64 0
  %tb10_2 = shufflevector <16 x float> %ts10_2, <16 x float> poison, <16 x i32> zeroinitializer
  %va10_2_1 = fadd <16 x float> %va10_2_0, %vb10_2
  %va10_2_2 = call <16 x float> @helper_10(<16 x float> %va10_2_1)
  %va10_2_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va10_2_2, <16 x float> %tb10_2, <16 x float> %vb10_2)
  %va10_2_4 = call <16 x float> @helper_10(<16 x float> %va10_2_3)
  %va10_2_5 = call <16 x float> @helper_10(<16 x float> %va10_2_4)
  %va10_2_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va10_2_5, <16 x float> %tb10_2, <16 x float> %vb10_2)
  %cmp10_2_6 = fcmp olt <16 x float> %va10_2_6, %vb10_2
  %va10_2_7 = select <16 x i1> %cmp10_2_6, <16 x float> %va10_2_6, <16 x float> %vb10_2
  %va10_2_8 = fadd <16 x float> %va10_2_7, %vb10_2
  store <16 x float> %va10_2_8, ptr %pc10_2, align 4
  %off10_3 = add nuw i64 %base10, 48
  %pa10_3 = getelementptr inbounds float, ptr %a, i64 %off10_3
  %pb10_3 = getelementptr inbounds float, ptr %b, i64 %off10_3
  %pc10_3 = getelementptr inbounds float, ptr %c, i64 %off10_3
  %va10_3_0 = load <16 x float>, ptr %pa10_3, align 4
  %vb10_3 = load <16 x float>, ptr %pb10_3, align 4
  %ti10_3 = and i64 %off10_3, 15
  %tp10_3 = getelementptr inbounds [16 x float], ptr @table_10, i64 0, i64 %ti10_3
  %tv10_3 = load float, ptr %tp10_3, align 4
  %ts10_3 = insertelement <16 x float> poison, float %tv10_3, i64 0
  %tb10_3 = shufflevector <16 x float> %ts10_3, <16 x float> poison, <16 x i32> zeroinitializer
  %va10_3_1 = fadd <16 x float> %va10_3_0, %vb10_3
  %va10_3_2 = call <16 x float> @helper_10(<16 x float> %va10_3_1)
  %va10_3_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va10_3_2, <16 x float> %tb10_3, <16 x float> %vb10_3)
  %va10_3_4 = call <16 x float> @helper_10(<16 x float> %va10_3_3)
  %va10_3_5 = call <16 x float> @helper_10(<16 x float> %va10_3_4)
  %va10_3_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va10_3_5, <16 x float> %tb10_3, <16 x float> %vb10_3)
  %cmp10_3_6 = fcmp olt <16 x float> %va10_3_6, %vb10_3
  %va10_3_7 = select <16 x i1> %cmp10_3_6, <16 x float> %va10_3_6, <16 x float> %vb10_3
  %va10_3_8 = fadd <16 x float> %va10_3_7, %vb10_3
  store <16 x float> %va10_3_8, ptr %pc10_3, align 4
  %inext10 = add nuw i64 %i10, 1
  %more10 = icmp ult i64 %inext10, %iters10
  br i1 %more10, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
