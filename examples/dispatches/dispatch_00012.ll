; dispatch 12

@table_12 = private unnamed_addr constant [32 x float] [float -2.125000e+00, float -1.000000e+00, float 2.875000e+00, float -4.875000e+00, float -6.000000e+00, float 5.000000e-01, float 4.625000e+00, float 6.125000e+00, float -1.875000e+00, float 6.750000e+00, float -2.375000e+00, float 6.250000e-01, float 1.000000e+00, float 4.750000e+00, float -3.250000e+00, float -6.125000e+00, float -5.125000e+00, float -1.625000e+00, float -3.000000e+00, float -7.750000e+00, float 5.375000e+00, float 3.625000e+00, float 4.500000e+00, float -1.250000e+00, float 3.625000e+00, float 2.500000e+00, float 7.625000e+00, float -7.000000e+00, float -3.000000e+00, float 2.500000e-01, float 4.500000e+00, float -7.375000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <8 x float> @llvm.fma.v8f32(<8 x float>, <8 x float>, <8 x float>)
declare <8 x float> @llvm.minnum.v8f32(<8 x float>, <8 x float>)
declare <8 x float> @llvm.maxnum.v8f32(<8 x float>, <8 x float>)

define internal <8 x float> @helper_12(<8 x float> %x) unnamed_addr #0 {
entry:
  %h12_0 = fmul <8 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h12_1 = call <8 x float> @llvm.fma.v8f32(<8 x float> %h12_0, <8 x float> %x, <8 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h12_2 = call <8 x float> @llvm.fma.v8f32(<8 x float> %h12_1, <8 x float> %x, <8 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <8 x float> %h12_2
}

define i32 @dispatch_12_k0(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %iters12 = udiv i64 %n, 16
  %any12 = icmp ugt i64 %iters12, 0
  br i1 %any12, label %loop, label %done

loop:
  %i12 = phi i64 [ 0, %entry ], [ %inext12, %loop ]
  %pre12 = mul nuw i64 %i12, 16
  %base12 = add nuw i64 %pre12, 0
  %off12_0 = add nuw i64 %base12, 0
  %pa12_0 = getelementptr inbounds float, ptr %a, i64 %off12_0
  %pb12_0 = getelementptr inbounds float, ptr %b, i64 %off12_0
  %pc12_0 = getelementptr inbounds float, ptr %c, i64 %off12_0
  %va12_0_0 = load <8 x float>, ptr %pa12_0, align 4
  %vb12_0 = load <8 x float>, ptr %pb12_0, align 4
  %ti12_0 = and i64 %off12_0, 31
  %tp12_0 = getelementptr inbounds [32 x float], ptr @table_12, i64 0, i64 %ti12_0
  %tv12_0 = load float, ptr %tp12_0, align 4
  %ts12_0 = insertelement <8 x float> poison, float %tv12_0, i64 0
  %tb12_0 = shufflevector <8 x float> %ts12_0, <8 x float> poison, <8 x i32> zeroinitializer
  %va12_0_1 = call <8 x float> @helper_12(<8 x float> %va12_0_0)
  %cmp12_0_1 = fcmp olt <8 x float> %va12_0_1, %vb12_0
  %va12_0_2 = select <8 x i1> %cmp12_0_1, <8 x float> %va12_0_1, <8 x float> %vb12_0
  %va12_0_3 = call <8 x float> @helper_12(<8 x float> %va12_0_2)
  %cmp12_0_3 = fcmp olt <8 x float> %va12_0_3, %vb12_0
  %va12_0_4 = select <8 x i1> %cmp12_0_3, <8 x float> %va12_0_3, <8 x float> %vb12_0
  %va12_0_5 = fadd <8 x float> %va12_0_4, %vb12_0
  %va12_0_6 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va12_0_5, <8 x float> <float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01>)
  %va12_0_7 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va12_0_6, <8 x float> <float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01>)
  %va12_0_8 = fadd <8 x float> %va12_0_7, %vb12_0
  %va12_0_9 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va12_0_8, <8 x float> <float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01>)
  store <8 x float> %va12_0_9, ptr %pc12_0, align 4
  %off12_1 = add nuw i64 %base12, 8
  %pa12_1 = getelementptr inbounds float, ptr %a, i64 %off12_1
  %pb12_1 = getelementptr inbounds float, ptr %b, i64 %off12_1
  %pc12_1 = getelementptr inbounds float, ptr %c, i64 %off12_1
  %va12_1_0 = load <8 x float>, ptr %pa12_1, align 4
  %vb12_1 = load <8 x float>, ptr %pb12_1, align 4
  %ti12_1 = and i64 %off12_1, 31
  %tp12_1 = getelementptr inbounds [32 x float], ptr @table_12, i64 0, i64 %ti12_1
  %tv12_1 = load float, ptr %tp12_1, align 4
  %ts12_1 = insertelement <8 x float> poison, float %tv12_1, i64 0
  %tb12_1 = shufflevector <8 x float> %ts12_1, <8 x float> poison, <8 x i32> zeroinitializer
  %va12_1_1 = call <8 x float> @helper_12(<8 x float> %va12_1_0)
  %cmp12_1_1 = fcmp olt <8 x float> %va12_1_1, %vb12_1
  %va12_1_2 = select <8 x i1> %cmp12_1_1, <8 x float> %va12_1_1, <8 x float> %vb12_1
  %va12_1_3 = call <8 x float> @helper_12(<8 x float> %va12_1_2)
  %cmp12_1_3 = fcmp olt <8 x float> %va12_1_3, %vb12_1
  %va12_1_4 = select <8 x i1> %cmp12_1_3, <8 x float> %va12_1_3, <8 x float> %vb12_1
  %va12_1_5 = fadd <8 x float> %va12_1_4, %vb12_1
  %va12_1_6 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va12_1_5, <8 x float> <float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01, float -6.481250e+01>)
  %va12_1_7 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va12_1_6, <8 x float> <float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01, float -6.487500e+01>)
  %va12_1_8 = fadd <8 x float> %va12_1_7, %vb12_1
  %va12_1_9 = call <8 x float> @llvm.maxnum.v8f32(<8 x float> %va12_1_8, <8 x float> <float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01, float -6.412500e+01>)
  store <8 x float> %va12_1_9, ptr %pc12_1, align 4
  %inext12 = add nuw i64 %i12, 1
  %more12 = icmp ult i64 %inext12, %iters12
  br i1 %more12, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
