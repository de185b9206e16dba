; dispatch 3

@table_3 = private unnamed_addr constant [16 x float] [float -6.250000e+00, float -1.250000e-01, float 7.375000e+00, float 2.875000e+00, float 6.250000e-01, float -5.000000e+00, float 2.875000e+00, float 3.375000e+00, float -3.500000e+00, float -5.250000e+00, float 2.250000e+00, float -7.250000e+00, float -4.875000e+00, float 4.750000e+00, float 7.250000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>)

define internal <16 x float> @helper_3(<16 x float> %x) unnamed_addr #0 {
entry:
  %h3_0 = fmul <16 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h3_1 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h3_0, <16 x float> %x, <16 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h3_2 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h3_1, <16 x float> %x, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h3_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h3_2, <16 x float> %x, <16 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <16 x float> %h3_3
}

define i32 @dispatch_3_k3(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu3 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu3, align 8
  %out3 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 64, ptr %b, i64 0, i64 64, ptr %out3, i64 0, i64 128, i64 2, i64 2, i64 8, i32 8, i32 8, i32 1, i32 513, ptr %cpu3)
  %iters3 = udiv i64 %n, 64
  %any3 = icmp ugt i64 %iters3, 0
  br i1 %any3, label %loop, label %done

loop:
  %i3 = phi i64 [ 0, %entry ], [ %inext3, %loop ]
  %base3 = mul nuw i64 %i3, 64
  %off3_0 = add nuw i64 %base3, 0
  %pa3_0 = getelementptr inbounds float, ptr %a, i64 %off3_0
  %pb3_0 = getelementptr inbounds float, ptr %b, i64 %off3_0
  %pc3_0 = getelementptr inbounds float, ptr %c, i64 %off3_0
  %va3_0_0 = load <16 x float>, ptr %pa3_0, align 4
  %vb3_0 = load <16 x float>, ptr %pb3_0, align 4
  %ti3_0 = and i64 %off3_0, 15
  %tp3_0 = getelementptr inbounds [16 x float], ptr @table_3, i64 0, i64 %ti3_0
  %tv3_0 = load float, ptr %tp3_0, align 4
  %ts3_0 = insertelement <16 x float> poison, float %tv3_0, i64 0
  %tb3_0 = shufflevector <16 x float> %ts3_0, <16 x float> poison, <16 x i32> zeroinitializer
  %va3_0_1 = fadd <16 x float> %va3_0_0, %vb3_0
  %va3_0_2 = call <16 x float> @helper_3(<16 x float> %va3_0_1)
  %va3_0_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va3_0_2, <16 x float> %tb3_0, <16 x float> %vb3_0)
  %va3_0_4 = call <16 x float> @helper_3(<16 x float> %va3_0_3)
  %va3_0_5 = call <16 x float> @helper_3(<16 x float> %va3_0_4)
  %va3_0_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va3_0_5, <16 x float> %tb3_0, <16 x float> %vb3_0)
  %cmp3_0_6 = fcmp olt <16 x float> %va3_0_6, %vb3_0
  %va3_0_7 = select <16 x i1> %cmp3_0_6, <16 x float> %va3_0_6, <16 x float> %vb3_0
  %va3_0_8 = fadd <16 x float> %va3_0_7, %vb3_0
  store <16 x float> %va3_0_8, ptr %pc3_0, align 4
  %off3_1 = add nuw i64 %base3, 16
  %pa3_1 = getelementptr inbounds float, ptr %a, i64 %off3_1
  %pb3_1 = getelementptr inbounds float, ptr %b, i64 %off3_1
  %pc3_1 = getelementptr inbounds float, ptr %c, i64 %off3_1
  %va3_1_0 = load <16 x float>, ptr %pa3_1, align 4
  %vb3_1 = load <16 x float>, ptr %pb3_1, align 4
  %ti3_1 = and i64 %off3_1, 15
  %tp3_1 = getelementptr inbounds [16 x float], ptr @table_3, i64 0, i64 %ti3_1
  %tv3_1 = load float, ptr %tp3_1, align 4
  %ts3_1 = insertelement <16 x float> poison, float %tv3_1, i64 0
  %tb3_1 = shufflevector <16 x float> %ts3_1, <16 x float> poison, <16 x i32> zeroinitializer
  %va3_1_1 = fadd <16 x float> %va3_1_0, %vb3_1
  %va3_1_2 = call <16 x float> @helper_3(<16 x float> %va3_1_1)
  %va3_1_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va3_1_2, <16 x float> %tb3_1, <16 x float> %vb3_1)
  %va3_1_4 = call <16 x float> @helper_3(<16 x float> %va3_1_3)
  %va3_1_5 = call <16 x float> @helper_3(<16 x float> %va3_1_4)
  %va3_1_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va3_1_5, <16 x float> %tb3_1, <16 x float> %vb3_1)
  %cmp3_1_6 = fcmp olt <16 x float> %va3_1_6, %vb3_1
  %va3_1_7 = select <16 x i1> %cmp3_1_6, <16 x float> %va3_1_6, <16 x float> %vb3_1
  %va3_1_8 = fadd <16 x float> %va3_1_7, %vb3_1
  store <16 x float> %va3_1_8, ptr %pc3_1, align 4
  %off3_2 = add nuw i64 %base3, 32
  %pa3_2 = getelementptr inbounds float, ptr %a, i64 %off3_2
  %pb3_2 = getelementptr inbounds float, ptr %b, i64 %off3_2
  %pc3_2 = getelementptr inbounds float, ptr %c, i64 %off3_2
  %va3_2_0 = load <16 x float>, ptr %pa3_2, align 4
  %vb3_2 = load <16 x float>, ptr %pb3_2, align 4
  %ti3_2 = and i64 %off3_2, 15
  %tp3_2 = getelementptr inbounds [16 x float], ptr @table_3, i64 0, i64 %ti3_2
  %tv3_2 = load float, ptr %tp3_2, align 4
  %ts3_2 = insertelement <16 x float> poison, float %tv3_2, i64 0
  %tb3_2 = shufflevector <16 x float> %ts3_2, <16 x float> poison, <16 x i32> zeroinitializer
  %va3_2_1 = fadd <16 x float> %va3_2_0, %vb3_2
  %va3_2_2 = call <16 x float> @helper_3(<16 x float> %va3_2_1)
  %va3_2_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va3_2_2, <16 x float> %tb3_2, <16 x float> %vb3_2)
  %va3_2_4 = call <16 x float> @helper_3(<16 x float> %va3_2_3)
  %va3_2_5 = call <16 x float> @helper_3(<16 x float> %va3_2_4)
  %va3_2_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va3_2_5, <16 x float> %tb3_2, <16 x float> %vb3_2)
  %cmp3_2_6 = fcmp olt <16 x float> %va3_2_6, %vb3_2
  %va3_2_7 = select <16 x i1> %cmp3_2_6, <16 x float> %va3_2_6, <16 x float> %vb3_2
  %va3_2_8 = fadd <16 x float> %va3_2_7, %vb3_2
  store <16 x float> %va3_2_8, ptr %pc3_2, align 4
  %off3_3 = add nuw i64 %base3, 48
  %pa3_3 = getelementptr inbounds float, ptr %a, i64 %off3_3
  %pb3_3 = getelementptr inbounds float, ptr %b, i64 %off3_3
  %pc3_3 = getelementptr inbounds float, ptr %c, i64 %off3_3
  %va3_3_0 = load <16 x float>, ptr %pa3_3, align 4
  %vb3_3 = load <16 x float>, ptr %pb3_3, align 4
  %ti3_3 = and i64 %off3_3, 15
  %tp3_3 = getelementptr inbounds [16 x float], ptr @table_3, i64 0, i64 %ti3_3
  %tv3_3 = load float, ptr %tp3_3, align 4
  %ts3_3 = insertelement <16 x float> poison, float %tv3_3, i64 0
  %tb3_3 = shufflevector <16 x float> %ts3_3, <16 x float> poison, <16 x i32> zeroinitializer
  %va3_3_1 = fadd <16 x float> %va3_3_0, %vb3_3
  %va3_3_2 = call <16 x float> @helper_3(<16 x float> %va3_3_1)
  %va3_3_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va3_3_2, <16 x float> %tb3_3, <16 x float> %vb3_3)
  %va3_3_4 = call <16 x float> @helper_3(<16 x float> %va3_3_3)
  %va3_3_5 = call <16 x float> @helper_3(<16 x float> %va3_3_4)
  %va3_3_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va3_3_5, <16 x float> %tb3_3, <16 x float> %vb3_3)
  %cmp3_3_6 = fcmp olt <16 x float> %va3_3_6, %vb3_3
  %va3_3_7 = select <16 x i1> %cmp3_3_6, <16 x float> %va3_3_6, <16 x float> %vb3_3
  %va3_3_8 = fadd <16 x float> %va3_3_7, %vb3_3
  store <16 x float> %va3_3_8, ptr %pc3_3, align 4
  %inext3 = add nuw i64 %i3, 1
  %more3 = icmp ult i64 %inext3, %iters3
  br i1 %more3, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
