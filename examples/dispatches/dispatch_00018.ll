; dispatch 18

@table_18 = private unnamed_addr constant [16 x float] [float -6.250000e+00, float -1.250000e-01, float 7.375000e+00, float 2.875000e+00, float 6.250000e-01, float -5.000000e+00, float 2.875000e+00, float 3.375000e+00, float -3.500000e+00, float -5.250000e+00, float 2.250000e+00, float -7.250000e+00, float -4.875000e+00, float 4.750000e+00, float 7.250000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>)

define internal <16 x float> @helper_18(<16 x float> %x) unnamed_addr #0 {
entry:
  %h18_0 = fmul <16 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h18_1 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h18_0, <16 x float> %x, <16 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h18_2 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h18_1, <16 x float> %x, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h18_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h18_2, <16 x float> %x, <16 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <16 x float> %h18_3
}

define i32 @dispatch_18_k3(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu18 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu18, align 8
  %out18 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 64, ptr %b, i64 0, i64 64, ptr %out18, i64 0, i64 128, i64 2, i64 2, i64 8, i32 8, i32 8, i32 1, i32 513, ptr %cpu18)
  %iters18 = udiv i64 %n, 64
  %any18 = icmp ugt i64 %iters18, 0
  br i1 %any18, label %loop, label %done

loop:
  %i18 = phi i64 [ 0, %entry ], [ %inext18, %loop ]
  %pre18 = mul nuw i64 %i18, 64
  %base18 = add nuw i64 %pre18, 0
  %off18_0 = add nuw i64 %base18, 0
  %pa18_0 = getelementptr inbounds float, ptr %a, i64 %off18_0
  %pb18_0 = getelementptr inbounds float, ptr %b, i64 %off18_0
  %pc18_0 = getelementptr inbounds float, ptr %c, i64 %off18_0
  %va18_0_0 = load <16 x float>, ptr %pa18_0, align 4
  %vb18_0 = load <16 x float>, ptr %pb18_0, align 4
  %ti18_0 = and i64 %off18_0, 15
  %tp18_0 = getelementptr inbounds [16 x float], ptr @table_18, i64 0, i64 %ti18_0
  %tv18_0 = load float, ptr %tp18_0, align 4
  %ts18_0 = insertelement <16 x float> poison, float %tv18_0, i64 0
  %tb18_0 = shufflevector <16 x float> %ts18_0, <16 x float> poison, <16 x i32> zeroinitializer
  %va18_0_1 = fadd <16 x float> %va18_0_0, %vb18_0
  %va18_0_2 = call <16 x float> @helper_18(<16 x float> %va18_0_1)
  %va18_0_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va18_0_2, <16 x float> %tb18_0, <16 x float> %vb18_0)
  %va18_0_4 = call <16 x float> @helper_18(<16 x float> %va18_0_3)
  %va18_0_5 = call <16 x float> @helper_18(<16 x float> %va18_0_4)
  %va18_0_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va18_0_5, <16 x float> %tb18_0, <16 x float> %vb18_0)
  %cmp18_0_6 = fcmp olt <16 x float> %va18_0_6, %vb18_0
  %va18_0_7 = select <16 x i1> %cmp18_0_6, <16 x float> %va18_0_6, <16 x float> %vb18_0
  %va18_0_8 = fadd <16 x float> %va18_0_7, %vb18_0
  store <16 x float> %va18_0_8, ptr %pc18_0, align 4
  %off18_1 = add nuw i64 %base18, 16
  %pa18_1 = getelementptr inbounds float, ptr %a, i64 %off18_1
  %pb18_1 = getelementptr inbounds float, ptr %b, i64 %off18_1
  %pc18_1 = getelementptr inbounds float, ptr %c, i64 %off18_1
  %va18_1_0 = load <16 x float>, ptr %pa18_1, align 4
  %vb18_1 = load <16 x float>, ptr %pb18_1, align 4
  %ti18_1 = and i64 %off18_1, 15
  %tp18_1 = getelementptr inbounds [16 x float], ptr @table_18, i64 0, i64 %ti18_1
  %tv18_1 = load float, ptr %tp18_1, align 4
  %ts18_1 = insertelement <16 x float> poison, float %tv18_1, i64 0
  %tb18_1 = shufflevector <16 x float> %ts18_1, <16 x float> poison, <16 x i32> zeroinitializer
  %va18_1_1 = fadd <16 x float> %va18_1_0, %vb18_1
  %va18_1_2 = call <16 x float> @helper_18(<16 x float> %va18_1_1)
  %va18_1_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va18_1_2, <16 x float> %tb18_1, <16 x float> %vb18_1)
  %va18_1_4 = call <16 x float> @helper_18(<16 x float> %va18_1_3)
  %va18_1_5 = call <16 x float> @helper_18(<16 x float> %va18_1_4)
  %va18_1_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va18_1_5, <16 x float> %tb18_1, <16 x float> %vb18_1)
  %cmp18_1_6 = fcmp olt <16 x float> %va18_1_6, %vb18_1
  %va18_1_7 = select <16 x i1> %cmp18_1_6, <16 x float> %va18_1_6, <16 x float> %vb18_1
  %va18_1_8 = fadd <16 x float> %va18_1_7, %vb18_1
  store <16 x float> %va18_1_8, ptr %pc18_1, align 4
  %off18_2 = add nuw i64 %base18, 32
  %pa18_2 = getelementptr inbounds float, ptr %a, i64 %off18_2
  %pb18_2 = getelementptr inbounds float, ptr %b, i64 %off18_2
  %pc18_2 = getelementptr inbounds float, ptr %c, i64 %off18_2
  %va18_2_0 = load <16 x float>, ptr %pa18_2, align 4
  %vb18_2 = load <16 x float>, ptr %pb18_2, align 4
  %ti18_2 = and i64 %off18_2, 15
  %tp18_2 = getelementptr inbounds [16 x float], ptr @table_18, i64 0, i64 %ti18_2
  %tv18_2 = load float, ptr %tp18_2, align 4
  %ts18_2 = insertelement <16 x float> poison, float %tv18_2, i64 0
  %tb18_2 = shufflevector <16 x float> %ts18_2, <16 x float> poison, <16 x i32> zeroinitializer
  %va18_2_1 = fadd <16 x float> %va18_2_0, %vb18_2
  %va18_2_2 = call <16 x float> @helper_18(<16 x float> %va18_2_1)
  %va18_2_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va18_2_2, <16 x float> %tb18_2, <16 x float> %vb18_2)
  %va18_2_4 = call <16 x float> @helper_18(<16 x float> %va18_2_3)
  %va18_2_5 = call <16 x float> @helper_18(<16 x float> %va18_2_4)
  %va18_2_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va18_2_5, <16 x float> %tb18_2, <16 x float> %vb18_2)
  %cmp18_2_6 = fcmp olt <16 x float> %va18_2_6, %vb18_2
  %va18_2_7 = select <16 x i1> %cmp18_2_6, <16 x float> %va18_2_6, <16 x float> %vb18_2
  %va18_2_8 = fadd <16 x float> %va18_2_7, %vb18_2
  store <16 x float> %va18_2_8, ptr %pc18_2, align 4
  %off18_3 = add nuw i64 %base18, 48
  %pa18_3 = getelementptr inbounds float, ptr %a, i64 %off18_3
  %pb18_3 = getelementptr inbounds float, ptr %b, i64 %off18_3
  %pc18_3 = getelementptr inbounds float, ptr %c, i64 %off18_3
  %va18_3_0 = load <16 x float>, ptr %pa18_3, align 4
  %vb18_3 = load <16 x float>, ptr %pb18_3, align 4
  %ti18_3 = and i64 %off18_3, 15
  %tp18_3 = getelementptr inbounds [16 x float], ptr @table_18, i64 0, i64 %ti18_3
  %tv18_3 = load float, ptr %tp18_3, align 4
  %ts18_3 = insertelement <16 x float> poison, float %tv18_3, i64 0
  %tb18_3 = shufflevector <16 x float> %ts18_3, <16 x float> poison, <16 x i32> zeroinitializer
  %va18_3_1 = fadd <16 x float> %va18_3_0, %vb18_3
  %va18_3_2 = call <16 x float> @helper_18(<16 x float> %va18_3_1)
  %va18_3_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va18_3_2, <16 x float> %tb18_3, <16 x float> %vb18_3)
  %va18_3_4 = call <16 x float> @helper_18(<16 x float> %va18_3_3)
  %va18_3_5 = call <16 x float> @helper_18(<16 x float> %va18_3_4)
  %va18_3_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va18_3_5, <16 x float> %tb18_3, <16 x float> %vb18_3)
  %cmp18_3_6 = fcmp olt <16 x float> %va18_3_6, %vb18_3
  %va18_3_7 = select <16 x i1> %cmp18_3_6, <16 x float> %va18_3_6, <16 x float> %vb18_3
  %va18_3_8 = fadd <16 x float> %va18_3_7, %vb18_3
  store <16 x float> %va18_3_8, ptr %pc18_3, align 4
  %inext18 = add nuw i64 %i18, 1
  %more18 = icmp ult i64 %inext18, %iters18
  br i1 %more18, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
