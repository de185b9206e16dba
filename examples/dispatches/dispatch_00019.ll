; dispatch 19

@table_19 = private unnamed_addr constant [16 x float] [float -6.250000e+00, float -1.250000e-01, float 7.375000e+00, float 2.875000e+00, float 6.250000e-01, float -5.000000e+00, float 2.875000e+00, float 3.375000e+00, float -3.500000e+00, float -5.250000e+00, float 2.250000e+00, float -7.250000e+00, float -4.875000e+00, float 4.750000e+00, float 7.250000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>)

define internal <16 x float> @helper_19(<16 x float> %x) unnamed_addr #0 {
entry:
  %h19_0 = fmul <16 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h19_1 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h19_0, <16 x float> %x, <16 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h19_2 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h19_1, <16 x float> %x, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h19_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h19_2, <16 x float> %x, <16 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <16 x float> %h19_3
}

define i32 @dispatch_19_k3(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu19 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu19, align 8
  %out19 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 64, ptr %b, i64 0, i64 64, ptr %out19, i64 0, i64 128, i64 2, i64 2, i64 8, i32 8, i32 8, i32 1, i32 513, ptr %cpu19)
  %iters19 = udiv i64 %n, 64
  %any19 = icmp ugt i64 %iters19, 0
  br i1 %any19, label %loop, label %done

loop:
  %i19 = phi i64 [ 0, %entry ], [ %inext19, %loop ]
  %pre19 = mul nuw i64 %i19, 64
  %base19 = add nuw i64 %pre19, 0
  %off19_0 = add nuw i64 %base19, 0
  %pa19_0 = getelementptr inbounds float, ptr %a, i64 %off19_0
  %pb19_0 = getelementptr inbounds float, ptr %b, i64 %off19_0
  %pc19_0 = getelementptr inbounds float, ptr %c, i64 %off19_0
  %va19_0_0 = load <16 x float>, ptr %pa19_0, align 4
  %vb19_0 = load <16 x float>, ptr %pb19_0, align 4
  %ti19_0 = and i64 %off19_0, 15
  %tp19_0 = getelementptr inbounds [16 x float], ptr @table_19, i64 0, i64 %ti19_0
  %tv19_0 = load float, ptr %tp19_0, align 4
  %ts19_0 = insertelement <16 x float> poison, float %tv19_0, i64 0
  %tb19_0 = shufflevector <16 x float> %ts19_0, <16 x float> poison, <16 x i32> zeroinitializer
  %va19_0_1 = fadd <16 x float> %va19_0_0, %vb19_0
  %va19_0_2 = call <16 x float> @helper_19(<16 x float> %va19_0_1)
  %va19_0_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va19_0_2, <16 x float> %tb19_0, <16 x float> %vb19_0)
  %va19_0_4 = call <16 x float> @helper_19(<16 x float> %va19_0_3)
  %va19_0_5 = call <16 x float> @helper_19(<16 x float> %va19_0_4)
  %va19_0_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va19_0_5, <16 x float> %tb19_0, <16 x float> %vb19_0)
  %cmp19_0_6 = fcmp olt <16 x float> %va19_0_6, %vb19_0
  %va19_0_7 = select <16 x i1> %cmp19_0_6, <16 x float> %va19_0_6, <16 x float> %vb19_0
  %va19_0_8 = fadd <16 x float> %va19_0_7, %vb19_0
  store <16 x float> %va19_0_8, ptr %pc19_0, align 4
  %off19_1 = add nuw i64 %base19, 16
  %pa19_1 = getelementptr inbounds float, ptr %a, i64 %off19_1
  %pb19_1 = getelementptr inbounds float, ptr %b, i64 %off19_1
  %pc19_1 = getelementptr inbounds float, ptr %c, i64 %off19_1
  %va19_1_0 = load <16 x float>, ptr %pa19_1, align 4
  %vb19_1 = load <16 x float>, ptr %pb19_1, align 4
  %ti19_1 = and i64 %off19_1, 15
  %tp19_1 = getelementptr inbounds [16 x float], ptr @table_19, i64 0, i64 %ti19_1
  %tv19_1 = load float, ptr %tp19_1, align 4
  %ts19_1 = insertelement <16 x float> poison, float %tv19_1, i64 0
  %tb19_1 = shufflevector <16 x float> %ts19_1, <16 x float> poison, <16 x i32> zeroinitializer
  %va19_1_1 = fadd <16 x float> %va19_1_0, %vb19_1
  %va19_1_2 = call <16 x float> @helper_19(<16 x float> %va19_1_1)
  %va19_1_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va19_1_2, <16 x float> %tb19_1, <16 x float> %vb19_1)
  %va19_1_4 = call <16 x float> @helper_19(<16 x float> %va19_1_3)
  %va19_1_5 = call <16 x float> @helper_19(<16 x float> %va19_1_4)
  %va19_1_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va19_1_5, <16 x float> %tb19_1, <16 x float> %vb19_1)
  %cmp19_1_6 = fcmp olt <16 x float> %va19_1_6, %vb19_1
  %va19_1_7 = select <16 x i1> %cmp19_1_6, <16 x float> %va19_1_6, <16 x float> %vb19_1
  %va19_1_8 = fadd <16 x float> %va19_1_7, %vb19_1
  store <16 x float> %va19_1_8, ptr %pc19_1, align 4
  %off19_2 = add nuw i64 %base19, 32
  %pa19_2 = getelementptr inbounds float, ptr %a, i64 %off19_2
  %pb19_2 = getelementptr inbounds float, ptr %b, i64 %off19_2
  %pc19_2 = getelementptr inbounds float, ptr %c, i64 %off19_2
  %va19_2_0 = load <16 x float>, ptr %pa19_2, align 4
  %vb19_2 = load <16 x float>, ptr %pb19_2, align 4
  %ti19_2 = and i64 %off19_2, 15
  %tp19_2 = getelementptr inbounds [16 x float], ptr @table_19, i64 0, i64 %ti19_2
  %tv19_2 = load float, ptr %tp19_2, align 4
  %ts19_2 = insertelement <16 x float> poison, float %tv19_2, i64 0
  %tb19_2 = shufflevector <16 x float> %ts19_2, <16 x float> poison, <16 x i32> zeroinitializer
  %va19_2_1 = fadd <16 x float> %va19_2_0, %vb19_2
  %va19_2_2 = call <16 x float> @helper_19(<16 x float> %va19_2_1)
  %va19_2_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va19_2_2, <16 x float> %tb19_2, <16 x float> %vb19_2)
  %va19_2_4 = call <16 x float> @helper_19(<16 x float> %va19_2_3)
  %va19_2_5 = call <16 x float> @helper_19(<16 x float> %va19_2_4)
  %va19_2_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va19_2_5, <16 x float> %tb19_2, <16 x float> %vb19_2)
  %cmp19_2_6 = fcmp olt <16 x float> %va19_2_6, %vb19_2
  %va19_2_7 = select <16 x i1> %cmp19_2_6, <16 x float> %va19_2_6, <16 x float> %vb19_2
  %va19_2_8 = fadd <16 x float> %va19_2_7, %vb19_2
  store <16 x float> %va19_2_8, ptr %pc19_2, align 4
  %off19_3 = add nuw i64 %base19, 48
  %pa19_3 = getelementptr inbounds float, ptr %a, i64 %off19_3
  %pb19_3 = getelementptr inbounds float, ptr %b, i64 %off19_3
  %pc19_3 = getelementptr inbounds float, ptr %c, i64 %off19_3
  %va19_3_0 = load <16 x float>, ptr %pa19_3, align 4
  %vb19_3 = load <16 x float>, ptr %pb19_3, align 4
  %ti19_3 = and i64 %off19_3, 15
  %tp19_3 = getelementptr inbounds [16 x float], ptr @table_19, i64 0, i64 %ti19_3
  %tv19_3 = load float, ptr %tp19_3, align 4
  %ts19_3 = insertelement <16 x float> poison, float %tv19_3, i64 0
  %tb19_3 = shufflevector <16 x float> %ts19_3, <16 x float> poison, <16 x i32> zeroinitializer
  %va19_3_1 = fadd <16 x float> %va19_3_0, %vb19_3
  %va19_3_2 = call <16 x float> @helper_19(<16 x float> %va19_3_1)
  %va19_3_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va19_3_2, <16 x float> %tb19_3, <16 x float> %vb19_3)
  %va19_3_4 = call <16 x float> @helper_19(<16 x float> %va19_3_3)
  %va19_3_5 = call <16 x float> @helper_19(<16 x float> %va19_3_4)
  %va19_3_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va19_3_5, <16 x float> %tb19_3, <16 x float> %vb19_3)
  %cmp19_3_6 = fcmp olt <16 x float> %va19_3_6, %vb19_3
  %va19_3_7 = select <16 x i1> %cmp19_3_6, <16 x float> %va19_3_6, <16 x float> %vb19_3
  %va19_3_8 = fadd <16 x float> %va19_3_7, %vb19_3
  store <16 x float> %va19_3_8, ptr %pc19_3, align 4
  %inext19 = add nuw i64 %i19, 1
  %more19 = icmp ult i64 %inext19, %iters19
  br i1 %more19, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
