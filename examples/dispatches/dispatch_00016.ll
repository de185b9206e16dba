; dispatch 16

@table_16 = private unnamed_addr constant [64 x float] [float 3.250000e+00, float 5.125000e+00, float -3.750000e+00, float 1.500000e+00, float -6.125000e+00, float -1.750000e+00, float -3.250000e+00, float 1.875000e+00, float -4.375000e+00, float -5.000000e-01, float -2.750000e+00, float -1.000000e+00, float 1.250000e-01, float -6.125000e+00, float 6.750000e+00, float 7.125000e+00, float 7.125000e+00, float 6.625000e+00, float 7.500000e+00, float -6.625000e+00, float -2.125000e+00, float 3.750000e+00, float -2.750000e+00, float -1.125000e+00, float 2.500000e+00, float 3.875000e+00, float 3.000000e+00, float 6.375000e+00, float 2.500000e-01, float 5.750000e+00, float -3.375000e+00, float 6.125000e+00, float -5.250000e+00, float -6.625000e+00, float -4.375000e+00, float 4.875000e+00, float 5.500000e+00, float 7.125000e+00, float -1.750000e+00, float 4.500000e+00, float -7.250000e+00, float -4.125000e+00, float 6.375000e+00, float -6.750000e+00, float -6.375000e+00, float 7.875000e+00, float -5.000000e+00, float -7.875000e+00, float 4.750000e+00, float -2.625000e+00, float 7.125000e+00, float -2.125000e+00, float -3.875000e+00, float -1.625000e+00, float -2.500000e+00, float -5.000000e+00, float -1.500000e+00, float -3.750000e-01, float -6.250000e-01, float -4.625000e+00, float -6.125000e+00, float -1.250000e+00, float 3.750000e-01, float -6.250000e-01], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_16(<4 x float> %x) unnamed_addr #0 {
entry:
  %h16_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h16_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h16_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h16_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h16_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h16_3 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h16_2, <4 x float> %x, <4 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <4 x float> %h16_3
}

define i32 @dispatch_16_k5(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu16 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu16, align 8
  %out16 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 48, ptr %b, i64 0, i64 48, ptr %out16, i64 0, i64 128, i64 2, i64 2, i64 6, i32 8, i32 8, i32 1, i32 513, ptr %cpu16)
  %iters16 = udiv i64 %n, 12
  %any16 = icmp ugt i64 %iters16, 0
  br i1 %any16, label %loop, label %done

loop:
  %i16 = phi i64 [ 0, %entry ], [ %inext16, %loop ]
  %base16 = mul nuw i64 %i16, 12
  %off16_0 = add nuw i64 %base16, 0
  %pa16_0 = getelementptr inbounds float, ptr %a, i64 %off16_0
  %pb16_0 = getelementptr inbounds float, ptr %b, i64 %off16_0
  %pc16_0 = getelementptr inbounds float, ptr %c, i64 %off16_0
  %va16_0_0 = load <4 x float>, ptr %pa16_0, align 4
  %vb16_0 = load <4 x float>, ptr %pb16_0, align 4
  %ti16_0 = and i64 %off16_0, 63
  %tp16_0 = getelementptr inbounds [64 x float], ptr @table_16, i64 0, i64 %ti16_0
  %tv16_0 = load float, ptr %tp16_0, align 4
  %ts16_0 = insertelement <4 x float> poison, float %tv16_0, i64 0
  %tb16_0 = shufflevector <4 x float> %ts16_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va16_0_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va16_0_0, <4 x float> %tb16_0, <4 x float> %vb16_0)
  %va16_0_2 = call <4 x float> @helper_16(<4 x float> %va16_0_1)
  %cmp16_0_2 = fcmp olt <4 x float> %va16_0_2, %vb16_0
  %va16_0_3 = select <4 x i1> %cmp16_0_2, <4 x float> %va16_0_2, <4 x float> %vb16_0
  %va16_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va16_0_3, <4 x float> %tb16_0, <4 x float> %vb16_0)
  %va16_0_5 = call <4 x float> @helper_16(<4 x float> %va16_0_4)
  %va16_0_6 = fadd <4 x float> %va16_0_5, %vb16_0
  %cmp16_0_6 = fcmp olt <4 x float> %va16_0_6, %vb16_0
  %va16_0_7 = select <4 x i1> %cmp16_0_6, <4 x float> %va16_0_6, <4 x float> %vb16_0
  %va16_0_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va16_0_7, <4 x float> %tb16_0, <4 x float> %vb16_0)
  %va16_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va16_0_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va16_0_10 = call <4 x float> @helper_16(<4 x float> %va16_0_9)
  %va16_0_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va16_0_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va16_0_12 = fadd <4 x float> %va16_0_11, %vb16_0
  %va16_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va16_0_12, <4 x float> %tb16_0, <4 x float> %vb16_0)
  %cmp16_0_13 = fcmp olt <4 x float> %va16_0_13, %vb16_0
  %va16_0_14 = select <4 x i1> %cmp16_0_13, <4 x float> %va16_0_13, <4 x float> %vb16_0
  %va16_0_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va16_0_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va16_0_15, ptr %pc16_0, align 4
  %off16_1 = add nuw i64 %base16, 4
  %pa16_1 = getelementptr inbounds float, ptr %a, i64 %off16_1
  %pb16_1 = getelementptr inbounds float, ptr %b, i64 %off16_1
  %pc16_1 = getelementptr inbounds float, ptr %c, i64 %off16_1
  %va16_1_0 = load <4 x float>, ptr %pa16_1, align 4
  %vb16_1 = load <4 x float>, ptr %pb16_1, align 4
  %ti16_1 = and i64 %off16_1, 63
  %tp16_1 = getelementptr inbounds [64 x float], ptr @table_16, i64 0, i64 %ti16_1
  %tv16_1 = load float, ptr %tp16_1, align 4
  %ts16_1 = insertelement <4 x float> poison, float %tv16_1, i64 0
  %tb16_1 = shufflevector <4 x float> %ts16_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va16_1_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va16_1_0, <4 x float> %tb16_1, <4 x float> %vb16_1)
  %va16_1_2 = call <4 x float> @helper_16(<4 x float> %va16_1_1)
  %cmp16_1_2 = fcmp olt <4 x float> %va16_1_2, %vb16_1
  %va16_1_3 = select <4 x i1> %cmp16_1_2, <4 x float> %va16_1_2, <4 x float> %vb16_1
  %va16_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va16_1_3, <4 x float> %tb16_1, <4 x float> %vb16_1)
  %va16_1_5 = call <4 x float> @helper_16(<4 x float> %va16_1_4)
  %va16_1_6 = fadd <4 x float> %va16_1_5, %vb16_1
  %cmp16_1_6 = fcmp olt <4 x float> %va16_1_6, %vb16_1
  %va16_1_7 = select <4 x i1> %cmp16_1_6, <4 x float> %va16_1_6, <4 x float> %vb16_1
  %va16_1_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va16_1_7, <4 x float> %tb16_1, <4 x float> %vb16_1)
  %va16_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va16_1_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va16_1_10 = call <4 x float> @helper_16(<4 x float> %va16_1_9)
  %va16_1_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va16_1_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va16_1_12 = fadd <4 x float> %va16_1_11, %vb16_1
  %va16_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va16_1_12, <4 x float> %tb16_1, <4 x float> %vb16_1)
  %cmp16_1_13 = fcmp olt <4 x float> %va16_1_13, %vb16_1
  %va16_1_14 = select <4 x i1> %cmp16_1_13, <4 x float> %va16_1_13, <4 x float> %vb16_1
  %va16_1_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va16_1_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va16_1_15, ptr %pc16_1, align 4
  %off16_2 = add nuw i64 %base16, 8
  %pa16_2 = getelementptr inbounds float, ptr %a, i64 %off16_2
  %pb16_2 = getelementptr inbounds float, ptr %b, i64 %off16_2
  %pc16_2 = getelementptr inbounds float, ptr %c, i64 %off16_2
  %va16_2_0 = load <4 x float>, ptr %pa16_2, align 4
  %vb16_2 = load <4 x float>, ptr %pb16_2, align 4
  %ti16_2 = and i64 %off16_2, 63
  %tp16_2 = getelementptr inbounds [64 x float], ptr @table_16, i64 0, i64 %ti16_2
  %tv16_2 = load float, ptr %tp16_2, align 4
  %ts16_2 = insertelement <4 x float> poison, float %tv16_2, i64 0
  %tb16_2 = shufflevector <4 x float> %ts16_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va16_2_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va16_2_0, <4 x float> %tb16_2, <4 x float> %vb16_2)
  %va16_2_2 = call <4 x float> @helper_16(<4 x float> %va16_2_1)
  %cmp16_2_2 = fcmp olt <4 x float> %va16_2_2, %vb16_2
  %va16_2_3 = select <4 x i1> %cmp16_2_2, <4 x float> %va16_2_2, <4 x float> %vb16_2
  %va16_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va16_2_3, <4 x float> %tb16_2, <4 x float> %vb16_2)
  %va16_2_5 = call <4 x float> @helper_16(<4 x float> %va16_2_4)
  %va16_2_6 = fadd <4 x float> %va16_2_5, %vb16_2
  %cmp16_2_6 = fcmp olt <4 x float> %va16_2_6, %vb16_2
  %va16_2_7 = select <4 x i1> %cmp16_2_6, <4 x float> %va16_2_6, <4 x float> %vb16_2
  %va16_2_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va16_2_7, <4 x float> %tb16_2, <4 x float> %vb16_2)
  %va16_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va16_2_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va16_2_10 = call <4 x float> @helper_16(<4 x float> %va16_2_9)
  %va16_2_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va16_2_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va16_2_12 = fadd <4 x float> %va16_2_11, %vb16_2
  %va16_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va16_2_12, <4 x float> %tb16_2, <4 x float> %vb16_2)
  %cmp16_2_13 = fcmp olt <4 x float> %va16_2_13, %vb16_2
  %va16_2_14 = select <4 x i1> %cmp16_2_13, <4 x float> %va16_2_13, <4 x float> %vb16_2
  %va16_2_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va16_2_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va16_2_15, ptr %pc16_2, align 4
  %inext16 = add nuw i64 %i16, 1
  %more16 = icmp ult i64 %inext16, %iters16
  br i1 %more16, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
