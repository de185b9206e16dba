; dispatch 20

@table_20 = private unnamed_addr constant [16 x float] [float -6.250000e+00, float -1.250000e-01, float 7.375000e+00, float 2.875000e+00, float 6.250000e-01, float -5.000000e+00, float 2.875000e+00, float 3.375000e+00, float -3.500000e+00, float -5.250000e+00, float 2.250000e+00, float -7.250000e+00, float -4.875000e+00, float 4.750000e+00, float 7.250000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>)

define internal <16 x float> @helper_20(<16 x float> %x) unnamed_addr #0 {
entry:
  %h20_0 = fmul <16 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h20_1 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h20_0, <16 x float> %x, <16 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h20_2 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h20_1, <16 x float> %x, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h20_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h20_2, <16 x float> %x, <16 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <16 x float> %h20_3
}

define i32 @dispatch_20_k3(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu20 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu20, align 8
  %out20 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 64, ptr %b, i64 0, i64 64, ptr %out20, i64 0, i64 128, i64 2, i64 2, i64 8, i32 8, i32 8, i32 1, i32 513, ptr %cpu20)
  %iters20 = udiv i64 %n, 64
  %any20 = icmp ugt i64 %iters20, 0
  br i1 %any20, label %loop, label %done

loop:
  %i20 = phi i64 [ 0, %entry ], [ %inext20, %loop ]
  %base20 = mul nuw i64 %i20, 64
  %off20_0 = add nuw i64 %base20, 0
  %pa20_0 = getelementptr inbounds float, ptr %a, i64 %off20_0
  %pb20_0 = getelementptr inbounds float, ptr %b, i64 %off20_0
  %pc20_0 = getelementptr inbounds float, ptr %c, i64 %off20_0
  %va20_0_0 = load <16 x float>, ptr %pa20_0, align 4
  %vb20_0 = load <16 x float>, ptr %pb20_0, align 4
  %ti20_0 = and i64 %off20_0, 15
  %tp20_0 = getelementptr inbounds [16 x float], ptr @table_20, i64 0, i64 %ti20_0
  %tv20_0 = load float, ptr %tp20_0, align 4
  %ts20_0 = insertelement <16 x float> poison, float %tv20_0, i64 0
  %tb20_0 = shufflevector <16 x float> %ts20_0, <16 x float> poison, <16 x i32> zeroinitializer
  %va20_0_1 = fadd <16 x float> %va20_0_0, %vb20_0
  %va20_0_2 = call <16 x float> @helper_20(<16 x float> %va20_0_1)
  %va20_0_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va20_0_2, <16 x float> %tb20_0, <16 x float> %vb20_0)
  %va20_0_4 = call <16 x float> @helper_20(<16 x float> %va20_0_3)
  %va20_0_5 = call <16 x float> @helper_20(<16 x float> %va20_0_4)
  %va20_0_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va20_0_5, <16 x float> %tb20_0, <16 x float> %vb20_0)
  %cmp20_0_6 = fcmp olt <16 x float> %va20_0_6, %vb20_0
  %va20_0_7 = select <16 x i1> %cmp20_0_6, <16 x float> %va20_0_6, <16 x float> %vb20_0
  %va20_0_8 = fadd <16 x float> %va20_0_7, %vb20_0
  store <16 x float> %va20_0_8, ptr %pc20_0, align 4
  %off20_1 = add nuw i64 %base20, 16
  %pa20_1 = getelementptr inbounds float, ptr %a, i64 %off20_1
  %pb20_1 = getelementptr inbounds float, ptr %b, i64 %off20_1
  %pc20_1 = getelementptr inbounds float, ptr %c, i64 %off20_1
  %va20_1_0 = load <16 x float>, ptr %pa20_1, align 4
  %vb20_1 = load <16 x float>, ptr %pb20_1, align 4
  %ti20_1 = and i64 %off20_1, 15
  %tp20_1 = getelementptr inbounds [16 x float], ptr @table_20, i64 0, i64 %ti20_1
  %tv20_1 = load float, ptr %tp20_1, align 4
  %ts20_1 = insertelement <16 x float> poison, float %tv20_1, i64 0
  %tb20_1 = shufflevector <16 x float> %ts20_1, <16 x float> poison, <16 x i32> zeroinitializer
  %va20_1_1 = fadd <16 x float> %va20_1_0, %vb20_1
  %va20_1_2 = call <16 x float> @helper_20(<16 x float> %va20_1_1)
  %va20_1_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va20_1_2, <16 x float> %tb20_1, <16 x float> %vb20_1)
  %va20_1_4 = call <16 x float> @helper_20(<16 x float> %va20_1_3)
  %va20_1_5 = call <16 x float> @helper_20(<16 x float> %va20_1_4)
  %va20_1_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va20_1_5, <16 x float> %tb20_1, <16 x float> %vb20_1)
  %cmp20_1_6 = fcmp olt <16 x float> %va20_1_6, %vb20_1
  %va20_1_7 = select <16 x i1> %cmp20_1_6, <16 x float> %va20_1_6, <16 x float> %vb20_1
  %va20_1_8 = fadd <16 x float> %va20_1_7, %vb20_1
  store <16 x float> %va20_1_8, ptr %pc20_1, align 4
  %off20_2 = add nuw i64 %base20, 32
  %pa20_2 = getelementptr inbounds float, ptr %a, i64 %off20_2
  %pb20_2 = getelementptr inbounds float, ptr %b, i64 %off20_2
  %pc20_2 = getelementptr inbounds float, ptr %c, i64 %off20_2
  %va20_2_0 = load <16 x float>, ptr %pa20_2, align 4
  %vb20_2 = load <16 x float>, ptr %pb20_2, align 4
  %ti20_2 = and i64 %off20_2, 15
  %tp20_2 = getelementptr inbounds [16 x float], ptr @table_20, i64 0, i64 %ti20_2
  %tv20_2 = load float, ptr %tp20_2, align 4
  %ts20_2 = insertelement <16 x float> poison, float %tv20_2, i64 0
  %tb20_2 = shufflevector <16 x float> %ts20_2, <16 x float> poison, <16 x i32> zeroinitializer
  %va20_2_1 = fadd <16 x float> %va20_2_0, %vb20_2
  %va20_2_2 = call <16 x float> @helper_20(<16 x float> %va20_2_1)
  %va20_2_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va20_2_2, <16 x float> %tb20_2, <16 x float> %vb20_2)
  %va20_2_4 = call <16 x float> @helper_20(<16 x float> %va20_2_3)
  %va20_2_5 = call <16 x float> @helper_20(<16 x float> %va20_2_4)
  %va20_2_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va20_2_5, <16 x float> %tb20_2, <16 x float> %vb20_2)
  %cmp20_2_6 = fcmp olt <16 x float> %va20_2_6, %vb20_2
  %va20_2_7 = select <16 x i1> %cmp20_2_6, <16 x float> %va20_2_6, <16 x float> %vb20_2
  %va20_2_8 = fadd <16 x float> %va20_2_7, %vb20_2
  store <16 x float> %va20_2_8, ptr %pc20_2, align 4
  %off20_3 = add nuw i64 %base20, 48
  %pa20_3 = getelementptr inbounds float, ptr %a, i64 %off20_3
  %pb20_3 = getelementptr inbounds float, ptr %b, i64 %off20_3
  %pc20_3 = getelementptr inbounds float, ptr %c, i64 %off20_3
  %va20_3_0 = load <16 x float>, ptr %pa20_3, align 4
  %vb20_3 = load <16 x float>, ptr %pb20_3, align 4
  %ti20_3 = and i64 %off20_3, 15
  %tp20_3 = getelementptr inbounds [16 x float], ptr @table_20, i64 0, i64 %ti20_3
  %tv20_3 = load float, ptr %tp20_3, align 4
  %ts20_3 = insertelement <16 x float> poison, float %tv20_3, i64 0
  %tb20_3 = shufflevector <16 x float> %ts20_3, <16 x float> poison, <16 x i32> zeroinitializer
  %va20_3_1 = fadd <16 x float> %va20_3_0, %vb20_3
  %va20_3_2 = call <16 x float> @helper_20(<16 x float> %va20_3_1)
  %va20_3_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va20_3_2, <16 x float> %tb20_3, <16 x float> %vb20_3)
  %va20_3_4 = call <16 x float> @helper_20(<16 x float> %va20_3_3)
  %va20_3_5 = call <16 x float> @helper_20(<16 x float> %va20_3_4)
  %va20_3_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va20_3_5, <16 x float> %tb20_3, <16 x float> %vb20_3)
  %cmp20_3_6 = fcmp olt <16 x float> %va20_3_6, %vb20_3
  %va20_3_7 = select <16 x i1> %cmp20_3_6, <16 x float> %va20_3_6, <16 x float> %vb20_3
  %va20_3_8 = fadd <16 x float> %va20_3_7, %vb20_3
  store <16 x float> %va20_3_8, ptr %pc20_3, align 4
  %inext20 = add nuw i64 %i20, 1
  %more20 = icmp ult i64 %inext20, %iters20
  br i1 %more20, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
