; dispatch 44

@table_44 = private unnamed_addr constant [32 x float] [float -2.125000e+00, float -1.000000e+00, float 2.875000e+00, float -4.875000e+00, float -6.000000e+00, float 5.000000e-01, float 4.625000e+00, float 6.125000e+00, float -1.875000e+00, float 6.750000e+00, float -2.375000e+00, float 6.250000e-01, float 1.000000e+00, float 4.750000e+00, float -3.250000e+00, float -6.125000e+00, float -5.125000e+00, float -1.625000e+00, float -3.000000e+00, float -7.750000e+00, float 5.375000e+00, float 3.625000e+00, float 4.500000e+00, float -1.250000e+00, float 3.625000e+00, float 2.500000e+00, float 7.625000e+00, float -7.000000e+00, float -3.000000e+00, float 2.500000e-01, float 4.500000e+00, float -7.375000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>)
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>)

define internal <8 x float> @helper_44(<8 x float> %x) unnamed_addr #0 {
entry:
  %h44_0 = fmul <8 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h44_1 = call <8 x float> @llvm.fma.v8f32(<8 x float> %h44_0, <8 x float> %x, <8 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h44_2 = call <8 x float> @llvm.fma.v8f32(<8 x float> %h44_1, <8 x float> %x, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <8 x float> %h44_2
}

define i32 @dispatch_44_k0(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %iters44 = udiv i64 %n, 16
  %any44 = icmp ugt i64 %iters44, 0
  br i1 %any44, label %loop, label %done

loop:
  %i44 = phi i64 [ 0, %entry ], [ %inext44, %loop ]
  %pre44 = mul nuw i64 %i44, 16
  %base44 = add nuw i64 %pre44, 0
  %off44_0 = add nuw i64 %base44, 0
  %pa44_0 = getelementptr inbounds float, ptr %a, i64 %off44_0
  %pb44_0 = getelementptr inbounds float, ptr %b, i64 %off44_0
  %pc44_0 = getelementptr inbounds float, ptr %c, i64 %off44_0
  %va44_0_0 = load <8 x float>, ptr %pa44_0, align 4
  %vb44_0 = load <8 x float>, ptr %pb44_0, align 4
  %ti44_0 = and i64 %off44_0, 31
  %tp44_0 = getelementptr inbounds [32 x float], ptr @table_44, i64 0, i64 %ti44_0
  %tv44_0 = load float, ptr %tp44_0, align 4
  %ts44_0 = insertelement <8 x float> poison, float %tv44_0, i64 0
  %tb44_0 = shufflevector <8 x float> %ts44_0, <8 x float> poison, <8 x i32> zeroinitializer
  %va44_0_1 = call <8 x float> @helper_44(<8 x float> %va44_0_0)
  %cmp44_0_1 = fcmp olt <8 x float> %va44_0_1, %vb44_0
  %va44_0_2 = select <8 x i1> %cmp44_0_1, <8 x float> %va44_0_1, <8 x float> %vb44_0
  %va44_0_3 = call <8 x float> @helper_44(<8 x float> %va44_0_2)
  %cmp44_0_3 = fcmp olt <8 x float> %va44_0_3, %vb44_0
  %va44_0_4 = select <8 x i1> %cmp44_0_3, <8 x float> %va44_0_3, <8 x float> %vb44_0
  %va44_0_5 = fadd <8 x float> %va44_0_4, %vb44_0
  %va44_0_6 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va44_0_5, <8 x float> <float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01>)
  %va44_0_7 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va44_0_6, <8 x float> <float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01>)
  %va44_0_8 = fadd <8 x float> %va44_0_7, %vb44_0
  %va44_0_9 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va44_0_8, <8 x float> <float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01>)
  store <8 x float> %va44_0_9, ptr %pc44_0, align 4
  %off44_1 = add nuw i64 %base44, 8
  %pa44_1 = getelementptr inbounds float, ptr %a, i64 %off44_1
  %pb44_1 = getelementptr inbounds float, ptr %b, i64 %off44_1
  %pc44_1 = getelementptr inbounds float, ptr %c, i64 %off44_1
  %va44_1_0 = load <8 x float>, ptr %pa44_1, align 4
  %vb44_1 = load <8 x float>, ptr %pb44_1, align 4
  %ti44_1 = and i64 %off44_1, 31
  %tp44_1 = getelementptr inbounds [32 x float], ptr @table_44, i64 0, i64 %ti44_1
  %tv44_1 = load float, ptr %tp44_1, align 4
  %ts44_1 = insertelement <8 x float> poison, float %tv44_1, i64 0
  %tb44_1 = shufflevector <8 x float> %ts44_1, <8 x float> poison, <8 x i32> zeroinitializer
  %va44_1_1 = call <8 x float> @helper_44(<8 x float> %va44_1_0)
  %cmp44_1_1 = fcmp olt <8 x float> %va44_1_1, %vb44_1
  %va44_1_2 = select <8 x i1> %cmp44_1_1, <8 x float> %va44_1_1, <8 x float> %vb44_1
  %va44_1_3 = call <8 x float> @helper_44(<8 x float> %va44_1_2)
  %cmp44_1_3 = fcmp olt <8 x float> %va44_1_3, %vb44_1
  %va44_1_4 = select <8 x i1> %cmp44_1_3, <8 x float> %va44_1_3, <8 x float> %vb44_1
  %va44_1_5 = fadd <8 x float> %va44_1_4, %vb44_1
  %va44_1_6 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va44_1_5, <8 x float> <float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01>)
  %va44_1_7 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va44_1_6, <8 x float> <float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01>)
  %va44_1_8 = fadd <8 x float> %va44_1_7, %vb44_1
  %va44_1_9 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va44_1_8, <8 x float> <float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01>)
  store <8 x float> %va44_1_9, ptr %pc44_1, align 4
  %inext44 = add nuw i64 %i44, 1
  %more44 = icmp ult i64 %inext44, %iters44
  br i1 %more44, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
