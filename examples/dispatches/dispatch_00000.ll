; dispatch 0

@table_0 = private unnamed_addr constant [32 x float] [float -2.125000e+00, float -1.000000e+00, float 2.875000e+00, float -4.875000e+00, float -6.000000e+00, float 5.000000e-01, float 4.625000e+00, float 6.125000e+00, float -1.875000e+00, float 6.750000e+00, float -2.375000e+00, float 6.250000e-01, float 1.000000e+00, float 4.750000e+00, float -3.250000e+00, float -6.125000e+00, float -5.125000e+00, float -1.625000e+00, float -3.000000e+00, float -7.750000e+00, float 5.375000e+00, float 3.625000e+00, float 4.500000e+00, float -1.250000e+00, float 3.625000e+00, float 2.500000e+00, float 7.625000e+00, float -7.000000e+00, float -3.000000e+00, float 2.500000e-01, float 4.500000e+00, float -7.375000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>)
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>)

define internal <8 x float> @helper_0(<8 x float> %x) unnamed_addr #0 {
entry:
  %h0_0 = fmul <8 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h0_1 = call <8 x float> @llvm.fma.v8f32(<8 x float> %h0_0, <8 x float> %x, <8 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h0_2 = call <8 x float> @llvm.fma.v8f32(<8 x float> %h0_1, <8 x float> %x, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <8 x float> %h0_2
}

define i32 @dispatch_0_k0(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %iters0 = udiv i64 %n, 16
  %any0 = icmp ugt i64 %iters0, 0
  br i1 %any0, label %loop, label %done

loop:
  %i0 = phi i64 [ 0, %entry ], [ %inext0, %loop ]
  %base0 = mul nuw i64 %i0, 16
  %off0_0 = add nuw i64 %base0, 0
  %pa0_0 = getelementptr inbounds float, ptr %a, i64 %off0_0
  %pb0_0 = getelementptr inbounds float, ptr %b, i64 %off0_0
  %pc0_0 = getelementptr inbounds float, ptr %c, i64 %off0_0
  %va0_0_0 = load <8 x float>, ptr %pa0_0, align 4
  %vb0_0 = load <8 x float>, ptr %pb0_0, align 4
  %ti0_0 = and i64 %off0_0, 31
  %tp0_0 = getelementptr inbounds [32 x float], ptr @table_0, i64 0, i64 %ti0_0
  %tv0_0 = load float, ptr %tp0_0, align 4
  %ts0_0 = insertelement <8 x float> poison, float %tv0_0, i64 0
  %tb0_0 = shufflevector <8 x float> %ts0_0, <8 x float> poison, <8 x i32> zeroinitializer
  %va0_0_1 = call <8 x float> @helper_0(<8 x float> %va0_0_0)
  %cmp0_0_1 = fcmp olt <8 x float> %va0_0_1, %vb0_0
  %va0_0_2 = select <8 x i1> %cmp0_0_1, <8 x float> %va0_0_1, <8 x float> %vb0_0
  %va0_0_3 = call <8 x float> @helper_0(<8 x float> %va0_0_2)
  %cmp0_0_3 = fcmp olt <8 x float> %va0_0_3, %vb0_0
  %va0_0_4 = select <8 x i1> %cmp0_0_3, <8 x float> %va0_0_3, <8 x float> %vb0_0
  %va0_0_5 = fadd <8 x float> %va0_0_4, %vb0_0
  %va0_0_6 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va0_0_5, <8 x float> <float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01>)
  %va0_0_7 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va0_0_6, <8 x float> <float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01>)
  %va0_0_8 = fadd <8 x float> %va0_0_7, %vb0_0
  %va0_0_9 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va0_0_8, <8 x float> <float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01>)
  store <8 x float> %va0_0_9, ptr %pc0_0, align 4
  %off0_1 = add nuw i64 %base0, 8
  %pa0_1 = getelementptr inbounds float, ptr %a, i64 %off0_1
  %pb0_1 = getelementptr inbounds float, ptr %b, i64 %off0_1
  %pc0_1 = getelementptr inbounds float, ptr %c, i64 %off0_1
  %va0_1_0 = load <8 x float>, ptr %pa0_1, align 4
  %vb0_1 = load <8 x float>, ptr %pb0_1, align 4
  %ti0_1 = and i64 %off0_1, 31
  %tp0_1 = getelementptr inbounds [32 x float], ptr @table_0, i64 0, i64 %ti0_1
  %tv0_1 = load float, ptr %tp0_1, align 4
  %ts0_1 = insertelement <8 x float> poison, float %tv0_1, i64 0
  %tb0_1 = shufflevector <8 x float> %ts0_1, <8 x float> poison, <8 x i32> zeroinitializer
  %va0_1_1 = call <8 x float> @helper_0(<8 x float> %va0_1_0)
  %cmp0_1_1 = fcmp olt <8 x float> %va0_1_1, %vb0_1
  %va0_1_2 = select <8 x i1> %cmp0_1_1, <8 x float> %va0_1_1, <8 x float> %vb0_1
  %va0_1_3 = call <8 x float> @helper_0(<8 x float> %va0_1_2)
  %cmp0_1_3 = fcmp olt <8 x float> %va0_1_3, %vb0_1
  %va0_1_4 = select <8 x i1> %cmp0_1_3, <8 x float> %va0_1_3, <8 x float> %vb0_1
  %va0_1_5 = fadd <8 x float> %va0_1_4, %vb0_1
  %va0_1_6 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va0_1_5, <8 x float> <float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01>)
  %va0_1_7 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va0_1_6, <8 x float> <float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01>)
  %va0_1_8 = fadd <8 x float> %va0_1_7, %vb0_1
  %va0_1_9 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va0_1_8, <8 x float> <float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01>)
  store <8 x float> %va0_1_9, ptr %pc0_1, align 4
  %inext0 = add nuw i64 %i0, 1
  %more0 = icmp ult i64 %inext0, %iters0
  br i1 %more0, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
