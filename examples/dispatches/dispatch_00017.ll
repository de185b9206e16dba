; dispatch 17

@table_17 = private unnamed_addr constant [32 x float] [float -2.125000e+00, float -1.000000e+00, float 2.875000e+00, float -4.875000e+00, float -6.000000e+00, float 5.000000e-01, float 4.625000e+00, float 6.125000e+00, float -1.875000e+00, float 6.750000e+00, float -2.375000e+00, float 6.250000e-01, float 1.000000e+00, float 4.750000e+00, float -3.250000e+00, float -6.125000e+00, float -5.125000e+00, float -1.625000e+00, float -3.000000e+00, float -7.750000e+00, float 5.375000e+00, float 3.625000e+00, float 4.500000e+00, float -1.250000e+00, float 3.625000e+00, float 2.500000e+00, float 7.625000e+00, float -7.000000e+00, float -3.000000e+00, float 2.500000e-01, float 4.500000e+00, float -7.375000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>)
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>)

define internal <8 x float> @helper_17(<8 x float> %x) unnamed_addr #0 {
entry:
  %h17_0 = fmul <8 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h17_1 = call <8 x float> @llvm.fma.v8f32(<8 x float> %h17_0, <8 x float> %x, <8 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h17_2 = call <8 x float> @llvm.fma.v8f32(<8 x float> %h17_1, <8 x float> %x, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <8 x float> %h17_2
}

define i32 @dispatch_17_k0(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %iters17 = udiv i64 %n, 16
  %any17 = icmp ugt i64 %iters17, 0
  br i1 %any17, label %loop, label %done

loop:
  %i17 = phi i64 [ 0, %entry ], [ %inext17, %loop ]
  %base17 = mul nuw i64 %i17, 16
  %off17_0 = add nuw i64 %base17, 0
  %pa17_0 = getelementptr inbounds float, ptr %a, i64 %off17_0
  %pb17_0 = getelementptr inbounds float, ptr %b, i64 %off17_0
  %pc17_0 = getelementptr inbounds float, ptr %c, i64 %off17_0
  %va17_0_0 = load <8 x float>, ptr %pa17_0, align 4
  %vb17_0 = load <8 x float>, ptr %pb17_0, align 4
  %ti17_0 = and i64 %off17_0, 31
  %tp17_0 = getelementptr inbounds [32 x float], ptr @table_17, i64 0, i64 %ti17_0
  %tv17_0 = load float, ptr %tp17_0, align 4
  %ts17_0 = insertelement <8 x float> poison, float %tv17_0, i64 0
  %tb17_0 = shufflevector <8 x float> %ts17_0, <8 x float> poison, <8 x i32> zeroinitializer
  %va17_0_1 = call <8 x float> @helper_17(<8 x float> %va17_0_0)
  %cmp17_0_1 = fcmp olt <8 x float> %va17_0_1, %vb17_0
  %va17_0_2 = select <8 x i1> %cmp17_0_1, <8 x float> %va17_0_1, <8 x float> %vb17_0
  %va17_0_3 = call <8 x float> @helper_17(<8 x float> %va17_0_2)
  %cmp17_0_3 = fcmp olt <8 x float> %va17_0_3, %vb17_0
  %va17_0_4 = select <8 x i1> %cmp17_0_3, <8 x float> %va17_0_3, <8 x float> %vb17_0
  %va17_0_5 = fadd <8 x float> %va17_0_4, %vb17_0
  %va17_0_6 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va17_0_5, <8 x float> <float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01>)
  %va17_0_7 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va17_0_6, <8 x float> <float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01>)
  %va17_0_8 = fadd <8 x float> %va17_0_7, %vb17_0
  %va17_0_9 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va17_0_8, <8 x float> <float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01>)
  store <8 x float> %va17_0_9, ptr %pc17_0, align 4
  %off17_1 = add nuw i64 %base17, 8
  %pa17_1 = getelementptr inbounds float, ptr %a, i64 %off17_1
  %pb17_1 = getelementptr inbounds float, ptr %b, i64 %off17_1
  %pc17_1 = getelementptr inbounds float, ptr %c, i64 %off17_1
  %va17_1_0 = load <8 x float>, ptr %pa17_1, align 4
  %vb17_1 = load <8 x float>, ptr %pb17_1, align 4
  %ti17_1 = and i64 %off17_1, 31
  %tp17_1 = getelementptr inbounds [32 x float], ptr @table_17, i64 0, i64 %ti17_1
  %tv17_1 = load float, ptr %tp17_1, align 4
  %ts17_1 = insertelement <8 x float> poison, float %tv17_1, i64 0
  %tb17_1 = shufflevector <8 x float> %ts17_1, <8 x float> poison, <8 x i32> zeroinitializer
  %va17_1_1 = call <8 x float> @helper_17(<8 x float> %va17_1_0)
  %cmp17_1_1 = fcmp olt <8 x float> %va17_1_1, %vb17_1
  %va17_1_2 = select <8 x i1> %cmp17_1_1, <8 x float> %va17_1_1, <8 x float> %vb17_1
  %va17_1_3 = call <8 x float> @helper_17(<8 x float> %va17_1_2)
  %cmp17_1_3 = fcmp olt <8 x float> %va17_1_3, %vb17_1
  %va17_1_4 = select <8 x i1> %cmp17_1_3, <8 x float> %va17_1_3, <8 x float> %vb17_1
  %va17_1_5 = fadd <8 x float> %va17_1_4, %vb17_1
  %va17_1_6 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va17_1_5, <8 x float> <float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01>)
  %va17_1_7 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va17_1_6, <8 x float> <float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01>)
  %va17_1_8 = fadd <8 x float> %va17_1_7, %vb17_1
  %va17_1_9 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va17_1_8, <8 x float> <float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01>)
  store <8 x float> %va17_1_9, ptr %pc17_1, align 4
  %inext17 = add nuw i64 %i17, 1
  %more17 = icmp ult i64 %inext17, %iters17
  br i1 %more17, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
