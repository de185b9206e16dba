; dispatch 29

@table_29 = private unnamed_addr constant [16 x float] [float -6.250000e+00, float -1.250000e-01, float 7.375000e+00, float 2.875000e+00, float 6.250000e-01, float -5.000000e+00, float 2.875000e+00, float 3.375000e+00, float -3.500000e+00, float -5.250000e+00, float 2.250000e+00, float -7.250000e+00, float -4.875000e+00, float 4.750000e+00, float 7.250000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>)

define internal <16 x float> @helper_29(<16 x float> %x) unnamed_addr #0 {
entry:
  %h29_0 = fmul <16 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h29_1 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h29_0, <16 x float> %x, <16 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h29_2 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h29_1, <16 x float> %x, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h29_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h29_2, <16 x float> %x, <16 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <16 x float> %h29_3
}

define i32 @dispatch_29_k3(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu29 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu29, align 8
  %out29 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 64, ptr %b, i64 0, i64 64, ptr %out29, i64 0, i64 128, i64 2, i64 2, i64 8, i32 8, i32 8, i32 1, i32 513, ptr %cpu29)
  %iters29 = udiv i64 %n, 64
  %any29 = icmp ugt i64 %iters29, 0
  br i1 %any29, label %loop, label %done

loop:
  %i29 = phi i64 [ 0, %entry ], [ %inext29, %loop ]
  %base29 = mul nuw i64 %i29, 64
  %off29_0 = add nuw i64 %base29, 0
  %pa29_0 = getelementptr inbounds float, ptr %a, i64 %off29_0
  %pb29_0 = getelementptr inbounds float, ptr %b, i64 %off29_0
  %pc29_0 = getelementptr inbounds float, ptr %c, i64 %off29_0
  %va29_0_0 = load <16 x float>, ptr %pa29_0, align 4
  %vb29_0 = load <16 x float>, ptr %pb29_0, align 4
  %ti29_0 = and i64 %off29_0, 15
  %tp29_0 = getelementptr inbounds [16 x float], ptr @table_29, i64 0, i64 %ti29_0
  %tv29_0 = load float, ptr %tp29_0, align 4
  %ts29_0 = insertelement <16 x float> poison, float %tv29_0, i64 0
  %tb29_0 = shufflevector <16 x float> %ts29_0, <16 x float> poison, <16 x i32> zeroinitializer
  %va29_0_1 = fadd <16 x float> %va29_0_0, %vb29_0
  %va29_0_2 = call <16 x float> @helper_29(<16 x float> %va29_0_1)
  %va29_0_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va29_0_2, <16 x float> %tb29_0, <16 x float> %vb29_0)
  %va29_0_4 = call <16 x float> @helper_29(<16 x float> %va29_0_3)
  %va29_0_5 = call <16 x float> @helper_29(<16 x float> %va29_0_4)
  %va29_0_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va29_0_5, <16 x float> %tb29_0, <16 x float> %vb29_0)
  %cmp29_0_6 = fcmp olt <16 x float> %va29_0_6, %vb29_0
  %va29_0_7 = select <16 x i1> %cmp29_0_6, <16 x float> %va29_0_6, <16 x float> %vb29_0
  %va29_0_8 = fadd <16 x float> %va29_0_7, %vb29_0
  store <16 x float> %va29_0_8, ptr %pc29_0, align 4
  %off29_1 = add nuw i64 %base29, 16
  %pa29_1 = getelementptr inbounds float, ptr %a, i64 %off29_1
  %pb29_1 = getelementptr inbounds float, ptr %b, i64 %off29_1
  %pc29_1 = getelementptr inbounds float, ptr %c, i64 %off29_1
  %va29_1_0 = load <16 x float>, ptr %pa29_1, align 4
  %vb29_1 = load <16 x float>, ptr %pb29_1, align 4
  %ti29_1 = and i64 %off29_1, 15
  %tp29_1 = getelementptr inbounds [16 x float], ptr @table_29, i64 0, i64 %ti29_1
  %tv29_1 = load float, ptr %tp29_1, align 4
  %ts29_1 = insertelement <16 x float> poison, float %tv29_1, i64 0
  %tb29_1 = shufflevector <16 x float> %ts29_1, <16 x float> poison, <16 x i32> zeroinitializer
  %va29_1_1 = fadd <16 x float> %va29_1_0, %vb29_1
  %va29_1_2 = call <16 x float> @helper_29(<16 x float> %va29_1_1)
  %va29_1_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va29_1_2, <16 x float> %tb29_1, <16 x float> %vb29_1)
  %va29_1_4 = call <16 x float> @helper_29(<16 x float> %va29_1_3)
  %va29_1_5 = call <16 x float> @helper_29(<16 x float> %va29_1_4)
  %va29_1_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va29_1_5, <16 x float> %tb29_1, <16 x float> %vb29_1)
  %cmp29_1_6 = fcmp olt <16 x float> %va29_1_6, %vb29_1
  %va29_1_7 = select <16 x i1> %cmp29_1_6, <16 x float> %va29_1_6, <16 x float> %vb29_1
  %va29_1_8 = fadd <16 x float> %va29_1_7, %vb29_1
  store <16 x float> %va29_1_8, ptr %pc29_1, align 4
  %off29_2 = add nuw i64 %base29, 32
  %pa29_2 = getelementptr inbounds float, ptr %a, i64 %off29_2
  %pb29_2 = getelementptr inbounds float, ptr %b, i64 %off29_2
  %pc29_2 = getelementptr inbounds float, ptr %c, i64 %off29_2
  %va29_2_0 = load <16 x float>, ptr %pa29_2, align 4
  %vb29_2 = load <16 x float>, ptr %pb29_2, align 4
  %ti29_2 = and i64 %off29_2, 15
  %tp29_2 = getelementptr inbounds [16 x float], ptr @table_29, i64 0, i64 %ti29_2
  %tv29_2 = load float, ptr %tp29_2, align 4
  %ts29_2 = insertelement <16 x float> poison, float %tv29_2, i64 0
  %tb29_2 = shufflevector <16 x float> %ts29_2, <16 x float> poison, <16 x i32> zeroinitializer
  %va29_2_1 = fadd <16 x float> %va29_2_0, %vb29_2
  %va29_2_2 = call <16 x float> @helper_29(<16 x float> %va29_2_1)
  %va29_2_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va29_2_2, <16 x float> %tb29_2, <16 x float> %vb29_2)
  %va29_2_4 = call <16 x float> @helper_29(<16 x float> %va29_2_3)
  %va29_2_5 = call <16 x float> @helper_29(<16 x float> %va29_2_4)
  %va29_2_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va29_2_5, <16 x float> %tb29_2, <16 x float> %vb29_2)
  %cmp29_2_6 = fcmp olt <16 x float> %va29_2_6, %vb29_2
  %va29_2_7 = select <16 x i1> %cmp29_2_6, <16 x float> %va29_2_6, <16 x float> %vb29_2
  %va29_2_8 = fadd <16 x float> %va29_2_7, %vb29_2
  store <16 x float> %va29_2_8, ptr %pc29_2, align 4
  %off29_3 = add nuw i64 %base29, 48
  %pa29_3 = getelementptr inbounds float, ptr %a, i64 %off29_3
  %pb29_3 = getelementptr inbounds float, ptr %b, i64 %off29_3
  %pc29_3 = getelementptr inbounds float, ptr %c, i64 %off29_3
  %va29_3_0 = load <16 x float>, ptr %pa29_3, align 4
  %vb29_3 = load <16 x float>, ptr %pb29_3, align 4
  %ti29_3 = and i64 %off29_3, 15
  %tp29_3 = getelementptr inbounds [16 x float], ptr @table_29, i64 0, i64 %ti29_3
  %tv29_3 = load float, ptr %tp29_3, align 4
  %ts29_3 = insertelement <16 x float> poison, float %tv29_3, i64 0
  %tb29_3 = shufflevector <16 x float> %ts29_3, <16 x float> poison, <16 x i32> zeroinitializer
  %va29_3_1 = fadd <16 x float> %va29_3_0, %vb29_3
  %va29_3_2 = call <16 x float> @helper_29(<16 x float> %va29_3_1)
  %va29_3_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va29_3_2, <16 x float> %tb29_3, <16 x float> %vb29_3)
  %va29_3_4 = call <16 x float> @helper_29(<16 x float> %va29_3_3)
  %va29_3_5 = call <16 x float> @helper_29(<16 x float> %va29_3_4)
  %va29_3_6 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va29_3_5, <16 x float> %tb29_3, <16 x float> %vb29_3)
  %cmp29_3_6 = fcmp olt <16 x float> %va29_3_6, %vb29_3
  %va29_3_7 = select <16 x i1> %cmp29_3_6, <16 x float> %va29_3_6, <16 x float> %vb29_3
  %va29_3_8 = fadd <16 x float> %va29_3_7, %vb29_3
  store <16 x float> %va29_3_8, ptr %pc29_3, align 4
  %inext29 = add nuw i64 %i29, 1
  %more29 = icmp ult i64 %inext29, %iters29
  br i1 %more29, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
