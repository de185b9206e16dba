; dispatch 7

@table_7 = private unnamed_addr constant [32 x float] [float -2.125000e+00, float -1.000000e+00, float 2.875000e+00, float -4.875000e+00, float -6.000000e+00, float 5.000000e-01, float 4.625000e+00, float 6.125000e+00, float -1.875000e+00, float 6.750000e+00, float -2.375000e+00, float 6.250000e-01, float 1.000000e+00, float 4.750000e+00, float -3.250000e+00, float -6.125000e+00, float -5.125000e+00, float -1.625000e+00, float -3.000000e+00, float -7.750000e+00, float 5.375000e+00, float 3.625000e+00, float 4.500000e+00, float -1.250000e+00, float 3.625000e+00, float 2.500000e+00, float 7.625000e+00, float -7.000000e+00, float -3.000000e+00, float 2.500000e-01, float 4.500000e+00, float -7.375000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>)
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>)

define internal <8 x float> @helper_7(<8 x float> %x) unnamed_addr #0 {
entry:
  %h7_0 = fmul <8 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h7_1 = call <8 x float> @llvm.fma.v8f32(<8 x float> %h7_0, <8 x float> %x, <8 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h7_2 = call <8 x float> @llvm.fma.v8f32(<8 x float> %h7_1, <8 x float> %x, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <8 x float> %h7_2
}

define i32 @dispatch_7_k0(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %iters7 = udiv i64 %n, 16
  %any7 = icmp ugt i64 %iters7, 0
  br i1 %any7, label %loop, label %done

loop:
  %i7 = phi i64 [ 0, %entry ], [ %inext7, %loop ]
  %base7 = mul nuw i64 %i7, 16
  %off7_0 = add nuw i64 %base7, 0
  %pa7_0 = getelementptr inbounds float, ptr %a, i64 %off7_0
  %pb7_0 = getelementptr inbounds float, ptr %b, i64 %off7_0
  %pc7_0 = getelementptr inbounds float, ptr %c, i64 %off7_0
  %va7_0_0 = load <8 x float>, ptr %pa7_0, align 4
  %vb7_0 = load <8 x float>, ptr %pb7_0, align 4
  %ti7_0 = and i64 %off7_0, 31
  %tp7_0 = getelementptr inbounds [32 x float], ptr @table_7, i64 0, i64 %ti7_0
  %tv7_0 = load float, ptr %tp7_0, align 4
  %ts7_0 = insertelement <8 x float> poison, float %tv7_0, i64 0
  %tb7_0 = shufflevector <8 x float> %ts7_0, <8 x float> poison, <8 x i32> zeroinitializer
  %va7_0_1 = call <8 x float> @helper_7(<8 x float> %va7_0_0)
  %cmp7_0_1 = fcmp olt <8 x float> %va7_0_1, %vb7_0
  %va7_0_2 = select <8 x i1> %cmp7_0_1, <8 x float> %va7_0_1, <8 x float> %vb7_0
  %va7_0_3 = call <8 x float> @helper_7(<8 x float> %va7_0_2)
  %cmp7_0_3 = fcmp olt <8 x float> %va7_0_3, %vb7_0
  %va7_0_4 = select <8 x i1> %cmp7_0_3, <8 x float> %va7_0_3, <8 x float> %vb7_0
  %va7_0_5 = fadd <8 x float> %va7_0_4, %vb7_0
  %va7_0_6 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va7_0_5, <8 x float> <float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01>)
  %va7_0_7 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va7_0_6, <8 x float> <float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01>)
  %va7_0_8 = fadd <8 x float> %va7_0_7, %vb7_0
  %va7_0_9 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va7_0_8, <8 x float> <float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01>)
  store <8 x float> %va7_0_9, ptr %pc7_0, align 4
  %off7_1 = add nuw i64 %base7, 8
  %pa7_1 = getelementptr inbounds float, ptr %a, i64 %off7_1
  %pb7_1 = getelementptr inbounds float, ptr %b, i64 %off7_1
  %pc7_1 = getelementptr inbounds float, ptr %c, i64 %off7_1
  %va7_1_0 = load <8 x float>, ptr %pa7_1, align 4
  %vb7_1 = load <8 x float>, ptr %pb7_1, align 4
  %ti7_1 = and i64 %off7_1, 31
  %tp7_1 = getelementptr inbounds [32 x float], ptr @table_7, i64 0, i64 %ti7_1
  %tv7_1 = load float, ptr %tp7_1, align 4
  %ts7_1 = insertelement <8 x float> poison, float %tv7_1, i64 0
  %tb7_1 = shufflevector <8 x float> %ts7_1, <8 x float> poison, <8 x i32> zeroinitializer
  %va7_1_1 = call <8 x float> @helper_7(<8 x float> %va7_1_0)
  %cmp7_1_1 = fcmp olt <8 x float> %va7_1_1, %vb7_1
  %va7_1_2 = select <8 x i1> %cmp7_1_1, <8 x float> %va7_1_1, <8 x float> %vb7_1
  %va7_1_3 = call <8 x float> @helper_7(<8 x float> %va7_1_2)
  %cmp7_1_3 = fcmp olt <8 x float> %va7_1_3, %vb7_1
  %va7_1_4 = select <8 x i1> %cmp7_1_3, <8 x float> %va7_1_3, <8 x float> %vb7_1
  %va7_1_5 = fadd <8 x float> %va7_1_4, %vb7_1
  %va7_1_6 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va7_1_5, <8 x float> <float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01>)
  %va7_1_7 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va7_1_6, <8 x float> <float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01>)
  %va7_1_8 = fadd <8 x float> %va7_1_7, %vb7_1
  %va7_1_9 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va7_1_8, <8 x float> <float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01>)
  store <8 x float> %va7_1_9, ptr %pc7_1, align 4
  %inext7 = add nuw i64 %i7, 1
  %more7 = icmp ult i64 %inext7, %iters7
  br i1 %more7, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
