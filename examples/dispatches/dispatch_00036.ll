; dispatch 36

@table_36 = private unnamed_addr constant [32 x float] [float -2.125000e+00, float -1.000000e+00, float 2.875000e+00, float -4.875000e+00, float -6.000000e+00, float 5.000000e-01, float 4.625000e+00, float 6.125000e+00, float -1.875000e+00, float 6.750000e+00, float -2.375000e+00, float 6.250000e-01, float 1.000000e+00, float 4.750000e+00, float -3.250000e+00, float -6.125000e+00, float -5.125000e+00, float -1.625000e+00, float -3.000000e+00, float -7.750000e+00, float 5.375000e+00, float 3.625000e+00, float 4.500000e+00, float -1.250000e+00, float 3.625000e+00, float 2.500000e+00, float 7.625000e+00, float -7.000000e+00, float -3.000000e+00, float 2.500000e-01, float 4.500000e+00, float -7.375000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>)
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>)

define internal <8 x float> @helper_36(<8 x float> %x) unnamed_addr #0 {
entry:
  %h36_0 = fmul <8 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h36_1 = call <8 x float> @llvm.fma.v8f32(<8 x float> %h36_0, <8 x float> %x, <8 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h36_2 = call <8 x float> @llvm.fma.v8f32(<8 x float> %h36_1, <8 x float> %x, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <8 x float> %h36_2
}

define i32 @dispatch_36_k0(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %iters36 = udiv i64 %n, 16
  %any36 = icmp ugt i64 %iters36, 0
  br i1 %any36, label %loop, label %done

loop:
  %i36 = phi i64 [ 0, %entry ], [ %inext36, %loop ]
  %base36 = mul nuw i64 %i36, 16
  %off36_0 = add nuw i64 %base36, 0
  %pa36_0 = getelementptr inbounds float, ptr %a, i64 %off36_0
  %pb36_0 = getelementptr inbounds float, ptr %b, i64 %off36_0
  %pc36_0 = getelementptr inbounds float, ptr %c, i64 %off36_0
  %va36_0_0 = load <8 x float>, ptr %pa36_0, align 4
  %vb36_0 = load <8 x float>, ptr %pb36_0, align 4
  %ti36_0 = and i64 %off36_0, 31
  %tp36_0 = getelementptr inbounds [32 x float], ptr @table_36, i64 0, i64 %ti36_0
  %tv36_0 = load float, ptr %tp36_0, align 4
  %ts36_0 = insertelement <8 x float> poison, float %tv36_0, i64 0
  %tb36_0 = shufflevector <8 x float> %ts36_0, <8 x float> poison, <8 x i32> zeroinitializer
  %va36_0_1 = call <8 x float> @helper_36(<8 x float> %va36_0_0)
  %cmp36_0_1 = fcmp olt <8 x float> %va36_0_1, %vb36_0
  %va36_0_2 = select <8 x i1> %cmp36_0_1, <8 x float> %va36_0_1, <8 x float> %vb36_0
  %va36_0_3 = call <8 x float> @helper_36(<8 x float> %va36_0_2)
  %cmp36_0_3 = fcmp olt <8 x float> %va36_0_3, %vb36_0
  %va36_0_4 = select <8 x i1> %cmp36_0_3, <8 x float> %va36_0_3, <8 x float> %vb36_0
  %va36_0_5 = fadd <8 x float> %va36_0_4, %vb36_0
  %va36_0_6 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va36_0_5, <8 x float> <float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01>)
  %va36_0_7 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va36_0_6, <8 x float> <float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01>)
  %va36_0_8 = fadd <8 x float> %va36_0_7, %vb36_0
  %va36_0_9 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va36_0_8, <8 x float> <float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01>)
  store <8 x float> %va36_0_9, ptr %pc36_0, align 4
  %off36_1 = add nuw i64 %base36, 8
  %pa36_1 = getelementptr inbounds float, ptr %a, i64 %off36_1
  %pb36_1 = getelementptr inbounds float, ptr %b, i64 %off36_1
  %pc36_1 = getelementptr inbounds float, ptr %c, i64 %off36_1
  %va36_1_0 = load <8 x float>, ptr %pa36_1, align 4
  %vb36_1 = load <8 x float>, ptr %pb36_1, align 4
  %ti36_1 = and i64 %off36_1, 31
  %tp36_1 = getelementptr inbounds [32 x float], ptr @table_36, i64 0, i64 %ti36_1
  %tv36_1 = load float, ptr %tp36_1, align 4
  %ts36_1 = insertelement <8 x float> poison, float %tv36_1, i64 0
  %tb36_1 = shufflevector <8 x float> %ts36_1, <8 x float> poison, <8 x i32> zeroinitializer
  %va36_1_1 = call <8 x float> @helper_36(<8 x float> %va36_1_0)
  %cmp36_1_1 = fcmp olt <8 x float> %va36_1_1, %vb36_1
  %va36_1_2 = select <8 x i1> %cmp36_1_1, <8 x float> %va36_1_1, <8 x float> %vb36_1
  %va36_1_3 = call <8 x float> @helper_36(<8 x float> %va36_1_2)
  %cmp36_1_3 = fcmp olt <8 x float> %va36_1_3, %vb36_1
  %va36_1_4 = select <8 x i1> %cmp36_1_3, <8 x float> %va36_1_3, <8 x float> %vb36_1
  %va36_1_5 = fadd <8 x float> %va36_1_4, %vb36_1
  %va36_1_6 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va36_1_5, <8 x float> <float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01>)
  %va36_1_7 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va36_1_6, <8 x float> <float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01>)
  %va36_1_8 = fadd <8 x float> %va36_1_7, %vb36_1
  %va36_1_9 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va36_1_8, <8 x float> <float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01>)
  store <8 x float> %va36_1_9, ptr %pc36_1, align 4
  %inext36 = add nuw i64 %i36, 1
  %more36 = icmp ult i64 %inext36, %iters36
  br i1 %more36, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
