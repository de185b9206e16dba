; dispatch 46

@table_46 = private unnamed_addr constant [16 x float] [float -6.250000e+00, float -1.250000e-01, float 7.375000e+00, float 2.875000e+00, float 6.250000e-01, float -5.000000e+00, float 2.875000e+00, float 3.375000e+00, float -3.500000e+00, float -5.250000e+00, float 2.250000e+00, float -7.250000e+00, float -4.875000e+00, float 4.750000e+00, float 7.250000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>)

define internal <16 x float> @helper_46(<16 x float> %x) unnamed_addr #0 {
entry:
  %h46_0 = fmul <16 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h46_1 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h46_0, <16 x float> %x, <16 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h46_2 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h46_1, <16 x float> %x, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h46_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h46_2, <16 x float> %x, <16 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <16 x float> %h46_3
}

define i32 @dispatch_46_k3(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu46 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu46, align 8
  %out46 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 64, ptr %b, i64 0, i64 64, ptr %out46, i64 0, i64 128, i64 2, i64 2, i64 8, i32 8, i32 8, i32 1, i32 513, ptr %cpu46)
  %iters46 = udiv i64 %n, 64
  %any46 = icmp ugt i64 %iters46, 0
  br i1 %any46, label %loop, label %done

loop:
  %i46 = phi i64 [ 0, %entry ], [ %inext46, %loop ]
  %base46 = mul nuw i64 %i46, 64
  %off46_0 = add nuw i64 %base46, 0
  %pa46_0 = getelementptr inbounds float, ptr %a, i64 %off46_0
  %pb46_0 = getelementptr inbounds float, ptr %b, i64 %off46_0
  %pc46_0 = getelementptr inbounds float, ptr %c, i64 %off46_0
  %va46_0_0 = load <16 x float>, ptr %pa46_0, align 4
  %vb46_0 = load <16 x float>, ptr %pb46_0, align 4
  %ti46_0 = and i64 %off46_0, 15
  %tp46_0 = getelementptr inbounds [16 x float], ptr @table_46, i64 0, i64 %ti46_0
  %tv46_0 = load float, ptr %tp46_0, align 4
  %ts46_0 = insertelement <16 x float> poison, float %tv46_0, i64 0
  %tb46_0 = shufflevector <16 x float> %ts46_0, <16 x float> poison, <16 x i32> zeroinitializer
  %va46_0_1 = fadd <16 x float> %va46_0_0, %vb46_0
  %va46_0_2 = call <16 x float> @helper_46(<16 x float> %va46_0_1)
  %va46_0_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va46_0_2, <16 x float> %tb46_0, <16 x float> %vb46_0)
  %va46_0_4 = call <16 x float> @helper_46(<16 x float> %va46_0_3)
  %va46_0_5 = call <16 x float> @helper_46(<16 x float> %va46_0_4)
  %va46_0_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va46_0_5, <16 x float> %tb46_0, <16 x float> %vb46_0)
  %cmp46_0_6 = fcmp olt <16 x float> %va46_0_6, %vb46_0
  %va46_0_7 = select <16 x i1> %cmp46_0_6, <16 x float> %va46_0_6, <16 x float> %vb46_0
  %va46_0_8 = fadd <16 x float> %va46_0_7, %vb46_0
  store <16 x float> %va46_0_8, ptr %pc46_0, align 4
  %off46_1 = add nuw i64 %base46, 16
  %pa46_1 = getelementptr inbounds float, ptr %a, i64 %off46_1
  %pb46_1 = getelementptr inbounds float, ptr %b, i64 %off46_1
  %pc46_1 = getelementptr inbounds float, ptr %c, i64 %off46_1
  %va46_1_0 = load <16 x float>, ptr %pa46_1, align 4
  %vb46_1 = load <16 x float>, ptr %pb46_1, align 4
  %ti46_1 = and i64 %off46_1, 15
  %tp46_1 = getelementptr inbounds [16 x float], ptr @table_46, i64 0, i64 %ti46_1
  %tv46_1 = load float, ptr %tp46_1, align 4
  %ts46_1 = insertelement <16 x float> poison, float %tv46_1, i64 0
  %tb46_1 = shufflevector <16 x float> %ts46_1, <16 x float> poison, <16 x i32> zeroinitializer
  %va46_1_1 = fadd <16 x float> %va46_1_0, %vb46_1
  %va46_1_2 = call <16 x float> @helper_46(<16 x float> %va46_1_1)
  %va46_1_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va46_1_2, <16 x float> %tb46_1, <16 x float> %vb46_1)
  %va46_1_4 = call <16 x float> @helper_46(<16 x float> %va46_1_3)
  %va46_1_5 = call <16 x float> @helper_46(<16 x float> %va46_1_4)
  %va46_1_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va46_1_5, <16 x float> %tb46_1, <16 x float> %vb46_1)
  %cmp46_1_6 = fcmp olt <16 x float> %va46_1_6, %vb46_1
  %va46_1_7 = select <16 x i1> %cmp46_1_6, <16 x float> %va46_1_6, <16 x float> %vb46_1
  %va46_1_8 = fadd <16 x float> %va46_1_7, %vb46_1
  store <16 x float> %va46_1_8, ptr %pc46_1, align 4
  %off46_2 = add nuw i64 %base46, 32
  %pa46_2 = getelementptr inbounds float, ptr %a, i64 %off46_2
  %pb46_2 = getelementptr inbounds float, ptr %b, i64 %off46_2
  %pc46_2 = getelementptr inbounds float, ptr %c, i64 %off46_2
  %va46_2_0 = load <16 x float>, ptr %pa46_2, align 4
  %vb46_2 = load <16 x float>, ptr %pb46_2, align 4
  %ti46_2 = and i64 %off46_2, 15
  %tp46_2 = getelementptr inbounds [16 x float], ptr @table_46, i64 0, i64 %ti46_2
  %tv46_2 = load float, ptr %tp46_2, align 4
  %ts46_2 = insertelement <16 x float> poison, float %tv46_2, i64 0
  %tb46_2 = shufflevector <16 x float> %ts46_2, <16 x float> poison, <16 x i32> zeroinitializer
  %va46_2_1 = fadd <16 x float> %va46_2_0, %vb46_2
  %va46_2_2 = call <16 x float> @helper_46(<16 x float> %va46_2_1)
  %va46_2_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va46_2_2, <16 x float> %tb46_2, <16 x float> %vb46_2)
  %va46_2_4 = call <16 x float> @helper_46(<16 x float> %va46_2_3)
  %va46_2_5 = call <16 x float> @helper_46(<16 x float> %va46_2_4)
  %va46_2_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va46_2_5, <16 x float> %tb46_2, <16 x float> %vb46_2)
  %cmp46_2_6 = fcmp olt <16 x float> %va46_2_6, %vb46_2
  %va46_2_7 = select <16 x i1> %cmp46_2_6, <16 x float> %va46_2_6, <16 x float> %vb46_2
  %va46_2_8 = fadd <16 x float> %va46_2_7, %vb46_2
  store <16 x float> %va46_2_8, ptr %pc46_2, align 4
  %off46_3 = add nuw i64 %base46, 48
  %pa46_3 = getelementptr inbounds float, ptr %a, i64 %off46_3
  %pb46_3 = getelementptr inbounds float, ptr %b, i64 %off46_3
  %pc46_3 = getelementptr inbounds float, ptr %c, i64 %off46_3
  %va46_3_0 = load <16 x float>, ptr %pa46_3, align 4
  %vb46_3 = load <16 x float>, ptr %pb46_3, align 4
  %ti46_3 = and i64 %off46_3, 15
  %tp46_3 = getelementptr inbounds [16 x float], ptr @table_46, i64 0, i64 %ti46_3
  %tv46_3 = load float, ptr %tp46_3, align 4
  %ts46_3 = insertelement <16 x float> poison, float %tv46_3, i64 0
  %tb46_3 = shufflevector <16 x float> %ts46_3, <16 x float> poison, <16 x i32> zeroinitializer
  %va46_3_1 = fadd <16 x float> %va46_3_0, %vb46_3
  %va46_3_2 = call <16 x float> @helper_46(<16 x float> %va46_3_1)
  %va46_3_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va46_3_2, <16 x float> %tb46_3, <16 x float> %vb46_3)
  %va46_3_4 = call <16 x float> @helper_46(<16 x float> %va46_3_3)
  %va46_3_5 = call <16 x float> @helper_46(<16 x float> %va46_3_4)
  %va46_3_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va46_3_5, <16 x float> %tb46_3, <16 x float> %vb46_3)
  %cmp46_3_6 = fcmp olt <16 x float> %va46_3_6, %vb46_3
  %va46_3_7 = select <16 x i1> %cmp46_3_6, <16 x float> %va46_3_6, <16 x float> %vb46_3
  %va46_3_8 = fadd <16 x float> %va46_3_7, %vb46_3
  store <16 x float> %va46_3_8, ptr %pc46_3, align 4
  %inext46 = add nuw i64 %i46, 1
  %more46 = icmp ult i64 %inext46, %iters46
  br i1 %more46, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
