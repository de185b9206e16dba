; dispatch 25

@table_25 = private unnamed_addr constant [16 x float] [float -6.250000e+00, float -1.250000e-01, float 7.375000e+00, float 2.875000e+00, float 6.250000e-01, float -5.000000e+00, float 2.875000e+00, float 3.375000e+00, float -3.500000e+00, float -5.250000e+00, float 2.250000e+00, float -7.250000e+00, float -4.875000e+00, float 4.750000e+00, float 7.250000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>)

define internal <16 x float> @helper_25(<16 x float> %x) unnamed_addr #0 {
entry:
  %h25_0 = fmul <16 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h25_1 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h25_0, <16 x float> %x, <16 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h25_2 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h25_1, <16 x float> %x, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h25_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h25_2, <16 x float> %x, <16 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <16 x float> %h25_3
}

define i32 @dispatch_25_k3(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu25 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu25, align 8
  %out25 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 64, ptr %b, i64 0, i64 64, ptr %out25, i64 0, i64 128, i64 2, i64 2, i64 8, i32 8, i32 8, i32 1, i32 513, ptr %cpu25)
  %iters25 = udiv i64 %n, 64
  %any25 = icmp ugt i64 %iters25, 0
  br i1 %any25, label %loop, label %done

loop:
  %i25 = phi i64 [ 0, %entry ], [ %inext25, %loop ]
  %base25 = mul nuw i64 %i25, 64
  %off25_0 = add nuw i64 %base25, 0
  %pa25_0 = getelementptr inbounds float, ptr %a, i64 %off25_0
  %pb25_0 = getelementptr inbounds float, ptr %b, i64 %off25_0
  %pc25_0 = getelementptr inbounds float, ptr %c, i64 %off25_0
  %va25_0_0 = load <16 x float>, ptr %pa25_0, align 4
  %vb25_0 = load <16 x float>, ptr %pb25_0, align 4
  %ti25_0 = and i64 %off25_0, 15
  %tp25_0 = getelementptr inbounds [16 x float], ptr @table_25, i64 0, i64 %ti25_0
  %tv25_0 = load float, ptr %tp25_0, align 4
  %ts25_0 = insertelement <16 x float> poison, float %tv25_0, i64 0
  %tb25_0 = shufflevector <16 x float> %ts25_0, <16 x float> poison, <16 x i32> zeroinitializer
  %va25_0_1 = fadd <16 x float> %va25_0_0, %vb25_0
  %va25_0_2 = call <16 x float> @helper_25(<16 x float> %va25_0_1)
  %va25_0_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va25_0_2, <16 x float> %tb25_0, <16 x float> %vb25_0)
  %va25_0_4 = call <16 x float> @helper_25(<16 x float> %va25_0_3)
  %va25_0_5 = call <16 x float> @helper_25(<16 x float> %va25_0_4)
  %va25_0_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va25_0_5, <16 x float> %tb25_0, <16 x float> %vb25_0)
  %cmp25_0_6 = fcmp olt <16 x float> %va25_0_6, %vb25_0
  %va25_0_7 = select <16 x i1> %cmp25_0_6, <16 x float> %va25_0_6, <16 x float> %vb25_0
  %va25_0_8 = fadd <16 x float> %va25_0_7, %vb25_0
  store <16 x float> %va25_0_8, ptr %pc25_0, align 4
  %off25_1 = add nuw i64 %base25, 16
  %pa25_1 = getelementptr inbounds float, ptr %a, i64 %off25_1
  %pb25_1 = getelementptr inbounds float, ptr %b, i64 %off25_1
  %pc25_1 = getelementptr inbounds float, ptr %c, i64 %off25_1
  %va25_1_0 = load <16 x float>, ptr %pa25_1, align 4
  %vb25_1 = load <16 x float>, ptr %pb25_1, align 4
  %ti25_1 = and i64 %off25_1, 15
  %tp25_1 = getelementptr inbounds [16 x float], ptr @table_25, i64 0, i64 %ti25_1
  %tv25_1 = load float, ptr %tp25_1, align 4
  %ts25_1 = insertelement <16 x float> poison, float %tv25_1, i64 0
  %tb25_1 = shufflevector <16 x float> %ts25_1, <16 x float> poison, <16 x i32> zeroinitializer
  %va25_1_1 = fadd <16 x float> %va25_1_0, %vb25_1
  %va25_1_2 = call <16 x float> @helper_25(<16 x float> %va25_1_1)
  %va25_1_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va25_1_2, <16 x float> %tb25_1, <16 x float> %vb25_1)
  %va25_1_4 = call <16 x float> @helper_25(<16 x float> %va25_1_3)
  %va25_1_5 = call <16 x float> @helper_25(<16 x float> %va25_1_4)
  %va25_1_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va25_1_5, <16 x float> %tb25_1, <16 x float> %vb25_1)
  %cmp25_1_6 = fcmp olt <16 x float> %va25_1_6, %vb25_1
  %va25_1_7 = select <16 x i1> %cmp25_1_6, <16 x float> %va25_1_6, <16 x float> %vb25_1
  %va25_1_8 = fadd <16 x float> %va25_1_7, %vb25_1
  store <16 x float> %va25_1_8, ptr %pc25_1, align 4
  %off25_2 = add nuw i64 %base25, 32
  %pa25_2 = getelementptr inbounds float, ptr %a, i64 %off25_2
  %pb25_2 = getelementptr inbounds float, ptr %b, i64 %off25_2
  %pc25_2 = getelementptr inbounds float, ptr %c, i64 %off25_2
  %va25_2_0 = load <16 x float>, ptr %pa25_2, align 4
  %vb25_2 = load <16 x float>, ptr %pb25_2, align 4
  %ti25_2 = and i64 %off25_2, 15
  %tp25_2 = getelementptr inbounds [16 x float], ptr @table_25, i64 0, i64 %ti25_2
  %tv25_2 = load float, ptr %tp25_2, align 4
  %ts25_2 = insertelement <16 x float> poison, float %tv25_2, i64 0
  %tb25_2 = shufflevector <16 x float> %ts25_2, <16 x float> poison, <16 x i32> zeroinitializer
  %va25_2_1 = fadd <16 x float> %va25_2_0, %vb25_2
  %va25_2_2 = call <16 x float> @helper_25(<16 x float> %va25_2_1)
  %va25_2_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va25_2_2, <16 x float> %tb25_2, <16 x float> %vb25_2)
  %va25_2_4 = call <16 x float> @helper_25(<16 x float> %va25_2_3)
  %va25_2_5 = call <16 x float> @helper_25(<16 x float> %va25_2_4)
  %va25_2_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va25_2_5, <16 x float> %tb25_2, <16 x float> %vb25_2)
  %cmp25_2_6 = fcmp olt <16 x float> %va25_2_6, %vb25_2
  %va25_2_7 = select <16 x i1> %cmp25_2_6, <16 x float> %va25_2_6, <16 x float> %vb25_2
  %va25_2_8 = fadd <16 x float> %va25_2_7, %vb25_2
  store <16 x float> %va25_2_8, ptr %pc25_2, align 4
  %off25_3 = add nuw i64 %base25, 48
  %pa25_3 = getelementptr inbounds float, ptr %a, i64 %off25_3
  %pb25_3 = getelementptr inbounds float, ptr %b, i64 %off25_3
  %pc25_3 = getelementptr inbounds float, ptr %c, i64 %off25_3
  %va25_3_0 = load <16 x float>, ptr %pa25_3, align 4
  %vb25_3 = load <16 x float>, ptr %pb25_3, align 4
  %ti25_3 = and i64 %off25_3, 15
  %tp25_3 = getelementptr inbounds [16 x float], ptr @table_25, i64 0, i64 %ti25_3
  %tv25_3 = load float, ptr %tp25_3, align 4
  %ts25_3 = insertelement <16 x float> poison, float %tv25_3, i64 0
  %tb25_3 = shufflevector <16 x float> %ts25_3, <16 x float> poison, <16 x i32> zeroinitializer
  %va25_3_1 = fadd <16 x float> %va25_3_0, %vb25_3
  %va25_3_2 = call <16 x float> @helper_25(<16 x float> %va25_3_1)
  %va25_3_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va25_3_2, <16 x float> %tb25_3, <16 x float> %vb25_3)
  %va25_3_4 = call <16 x float> @helper_25(<16 x float> %va25_3_3)
  %va25_3_5 = call <16 x float> @helper_25(<16 x float> %va25_3_4)
  %va25_3_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va25_3_5, <16 x float> %tb25_3, <16 x float> %vb25_3)
  %cmp25_3_6 = fcmp olt <16 x float> %va25_3_6, %vb25_3
  %va25_3_7 = select <16 x i1> %cmp25_3_6, <16 x float> %va25_3_6, <16 x float> %vb25_3
  %va25_3_8 = fadd <16 x float> %va25_3_7, %vb25_3
  store <16 x float> %va25_3_8, ptr %pc25_3, align 4
  %inext25 = add nuw i64 %i25, 1
  %more25 = icmp ult i64 %inext25, %iters25
  br i1 %more25, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
