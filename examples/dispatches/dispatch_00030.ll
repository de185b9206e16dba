; dispatch 30

@table_30 = private unnamed_addr constant [32 x float] [float -2.125000e+00, float -1.000000e+00, float 2.875000e+00, float -4.875000e+00, float -6.000000e+00, float 5.000000e-01, float 4.625000e+00, float 6.125000e+00, float -1.875000e+00, float 6.750000e+00, float -2.375000e+00, float 6.250000e-01, float 1.000000e+00, float 4.750000e+00, float -3.250000e+00, float -6.125000e+00, float -5.125000e+00, float -1.625000e+00, float -3.000000e+00, float -7.750000e+00, float 5.375000e+00, float 3.625000e+00, float 4.500000e+00, float -1.250000e+00, float 3.625000e+00, float 2.500000e+00, float 7.625000e+00, float -7.000000e+00, float -3.000000e+00, float 2.500000e-01, float 4.500000e+00, float -7.375000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>)
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>)

define internal <8 x float> @helper_30(<8 x float> %x) unnamed_addr #0 {
entry:
  %h30_0 = fmul <8 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h30_1 = call <8 x float> @llvm.fma.v8f32(<8 x float> %h30_0, <8 x float> %x, <8 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h30_2 = call <8 x float> @llvm.fma.v8f32(<8 x float> %h30_1, <8 x float> %x, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <8 x float> %h30_2
}

define i32 @dispatch_30_k0(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %iters30 = udiv i64 %n, 16
  %any30 = icmp ugt i64 %iters30, 0
  br i1 %any30, label %loop, label %done

loop:
  %i30 = phi i64 [ 0, %entry ], [ %inext30, %loop ]
  %base30 = mul nuw i64 %i30, 16
  %off30_0 = add nuw i64 %base30, 0
  %pa30_0 = getelementptr inbounds float, ptr %a, i64 %off30_0
  %pb30_0 = getelementptr inbounds float, ptr %b, i64 %off30_0
  %pc30_0 = getelementptr inbounds float, ptr %c, i64 %off30_0
  %va30_0_0 = load <8 x float>, ptr %pa30_0, align 4
  %vb30_0 = load <8 x float>, ptr %pb30_0, align 4
  %ti30_0 = and i64 %off30_0, 31
  %tp30_0 = getelementptr inbounds [32 x float], ptr @table_30, i64 0, i64 %ti30_0
  %tv30_0 = load float, ptr %tp30_0, align 4
  %ts30_0 = insertelement <8 x float> poison, float %tv30_0, i64 0
  %tb30_0 = shufflevector <8 x float> %ts30_0, <8 x float> poison, <8 x i32> zeroinitializer
  %va30_0_1 = call <8 x float> @helper_30(<8 x float> %va30_0_0)
  %cmp30_0_1 = fcmp olt <8 x float> %va30_0_1, %vb30_0
  %va30_0_2 = select <8 x i1> %cmp30_0_1, <8 x float> %va30_0_1, <8 x float> %vb30_0
  %va30_0_3 = call <8 x float> @helper_30(<8 x float> %va30_0_2)
  %cmp30_0_3 = fcmp olt <8 x float> %va30_0_3, %vb30_0
  %va30_0_4 = select <8 x i1> %cmp30_0_3, <8 x float> %va30_0_3, <8 x float> %vb30_0
  %va30_0_5 = fadd <8 x float> %va30_0_4, %vb30_0
  %va30_0_6 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va30_0_5, <8 x float> <float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01>)
  %va30_0_7 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va30_0_6, <8 x float> <float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01>)
  %va30_0_8 = fadd <8 x float> %va30_0_7, %vb30_0
  %va30_0_9 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va30_0_8, <8 x float> <float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01>)
  store <8 x float> %va30_0_9, ptr %pc30_0, align 4
  %off30_1 = add nuw i64 %base30, 8
  %pa30_1 = getelementptr inbounds float, ptr %a, i64 %off30_1
  %pb30_1 = getelementptr inbounds float, ptr %b, i64 %off30_1
  %pc30_1 = getelementptr inbounds float, ptr %c, i64 %off30_1
  %va30_1_0 = load <8 x float>, ptr %pa30_1, align 4
  %vb30_1 = load <8 x float>, ptr %pb30_1, align 4
  %ti30_1 = and i64 %off30_1, 31
  %tp30_1 = getelementptr inbounds [32 x float], ptr @table_30, i64 0, i64 %ti30_1
  %tv30_1 = load float, ptr %tp30_1, align 4
  %ts30_1 = insertelement <8 x float> poison, float %tv30_1, i64 0
  %tb30_1 = shufflevector <8 x float> %ts30_1, <8 x float> poison, <8 x i32> zeroinitializer
  %va30_1_1 = call <8 x float> @helper_30(<8 x float> %va30_1_0)
  %cmp30_1_1 = fcmp olt <8 x float> %va30_1_1, %vb30_1
  %va30_1_2 = select <8 x i1> %cmp30_1_1, <8 x float> %va30_1_1, <8 x float> %vb30_1
  %va30_1_3 = call <8 x float> @helper_30(<8 x float> %va30_1_2)
  %cmp30_1_3 = fcmp olt <8 x float> %va30_1_3, %vb30_1
  %va30_1_4 = select <8 x i1> %cmp30_1_3, <8 x float> %va30_1_3, <8 x float> %vb30_1
  %va30_1_5 = fadd <8 x float> %va30_1_4, %vb30_1
  %va30_1_6 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va30_1_5, <8 x float> <float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01>)
  %va30_1_7 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va30_1_6, <8 x float> <float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01>)
  %va30_1_8 = fadd <8 x float> %va30_1_7, %vb30_1
  %va30_1_9 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va30_1_8, <8 x float> <float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01>)
  store <8 x float> %va30_1_9, ptr %pc30_1, align 4
  %inext30 = add nuw i64 %i30, 1
  %more30 = icmp ult i64 %inext30, %iters30
  br i1 %more30, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
