; dispatch 41

@table_41 = private unnamed_addr constant [64 x float] [float 5.875000e+00, float 1.125000e+00, float -2.125000e+00, float 5.625000e+00, float -2.750000e+00, float 7.125000e+00, float 6.500000e+00, float -4.125000e+00, float 4.375000e+00, float -4.875000e+00, float 5.250000e+00, float -6.000000e+00, float 1.250000e-01, float 7.625000e+00, float 6.500000e+00, float 1.750000e+00, float 2.125000e+00, float -7.500000e+00, float 7.250000e+00, float 7.000000e+00, float -4.750000e+00, float -3.250000e+00, float 7.125000e+00, float -7.250000e+00, float -5.000000e-01, float -3.750000e+00, float 2.625000e+00, float 3.125000e+00, float 7.625000e+00, float -3.250000e+00, float 3.125000e+00, float 2.375000e+00, float 1.375000e+00, float 2.375000e+00, float -4.125000e+00, float 2.875000e+00, float 4.500000e+00, float 1.875000e+00, float 1.625000e+00, float 2.500000e+00, float -4.875000e+00, float -3.000000e+00, float 2.000000e+00, float 1.625000e+00, float -4.375000e+00, float 2.000000e+00, float 1.750000e+00, float -4.250000e+00, float -2.750000e+00, float 6.875000e+00, float 5.125000e+00, float 1.625000e+00, float 3.500000e+00, float -5.250000e+00, float -6.875000e+00, float -5.625000e+00, float -3.875000e+00, float -1.250000e+00, float -4.500000e+00, float 1.250000e+00, float -7.000000e+00, float 1.625000e+00, float -3.625000e+00, float -1.875000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>)

define internal <16 x float> @helper_41(<16 x float> %x) unnamed_addr #0 {
entry:
  %h41_0 = fmul <16 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h41_1 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h41_0, <16 x float> %x, <16 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h41_2 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h41_1, <16 x float> %x, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h41_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h41_2, <16 x float> %x, <16 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <16 x float> %h41_3
}

define i32 @dispatch_41_k2(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu41 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu41, align 8
  %out41 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 28, ptr %b, i64 0, i64 28, ptr %out41, i64 0, i64 32, i64 2, i64 2, i64 7, i32 4, i32 4, i32 1, i32 513, ptr %cpu41)
  %iters41 = udiv i64 %n, 32
  %any41 = icmp ugt i64 %iters41, 0
  br i1 %any41, label %loop, label %done

loop:
  %i41 = phi i64 [ 0, %entry ], [ %inext41, %loop ]
  %pre41 = mul nuw i64 %i41, 32
  %base41 = add nuw i64 %pre41, 0
  %off41_0 = add nuw i64 %base41, 0
  %pa41_0 = getelementptr inbounds float, ptr %a, i64 %off41_0
  %pb41_0 = getelementptr inbounds float, ptr %b, i64 %off41_0
  %pc41_0 = getelementptr inbounds float, ptr %c, i64 %off41_0
  %va41_0_0 = load <16 x float>, ptr %pa41_0, align 4
  %vb41_0 = load <16 x float>, ptr %pb41_0, align 4
  %ti41_0 = and i64 %off41_0, 63
  %tp41_0 = getelementptr inbounds [64 x float], ptr @table_41, i64 0, i64 %ti41_0
  %tv41_0 = load float, ptr %tp41_0, align 4
  %ts41_0 = insertelement <16 x float> poison, float %tv41_0, i64 0
  %tb41_0 = shufflevector <16 x float> %ts41_0, <16 x float> poison, <16 x i32> zeroinitializer
  %va41_0_1 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va41_0_0, <16 x float> %tb41_0, <16 x float> %vb41_0)
  %va41_0_2 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %va41_0_1, <16 x float> <float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01>)
  %va41_0_3 = call <16 x float> @helper_41(<16 x float> %va41_0_2)
  %va41_0_4 = call <16 x float> @helper_41(<16 x float> %va41_0_3)
  %va41_0_5 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %va41_0_4, <16 x float> <float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01>)
  %cmp41_0_5 = fcmp olt <16 x float> %va41_0_5, %vb41_0
  %va41_0_6 = select <16 x i1> %cmp41_0_5, <16 x float> %va41_0_5, <16 x float> %vb41_0
  %va41_0_7 = fadd <16 x float> %va41_0_6, %vb41_0
  %va41_0_8 = fadd <16 x float> %va41_0_7, %vb41_0
  %va41_0_9 = fadd <16 x float> %va41_0_8, %vb41_0
  %va41_0_10 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %va41_0_9, <16 x float> <float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01>)
  %va41_0_11 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %va41_0_10, <16 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va41_0_12 = fmul <16 x float> %va41_0_11, <float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02>
  %va41_0_13 = fmul <16 x float> %va41_0_12, <float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02>
  %va41_0_14 = call <16 x float> @helper_41(<16 x float> %va41_0_13)
  store <16 x float> %va41_0_14, ptr %pc41_0, align 4
  %off41_1 = add nuw i64 %base41, 16
  %pa41_1 = getelementptr inbounds float, ptr %a, i64 %off41_1
  %pb41_1 = getelementptr inbounds float, ptr %b, i64 %off41_1
  %pc41_1 = getelementptr inbounds float, ptr %c, i64 %off41_1
  %va41_1_0 = load <16 x float>, ptr %pa41_1, align 4
  %vb41_1 = load <16 x float>, ptr %pb41_1, align 4
  %ti41_1 = and i64 %off41_1, 63
  %tp41_1 = getelementptr inbounds [64 x float], ptr @table_41, i64 0, i64 %ti41_1
  %tv41_1 = load float, ptr %tp41_1, align 4
  %ts41_1 = insertelement <16 x float> poison, float %tv41_1, i64 0
  %tb41_1 = shufflevector <16 x float> %ts41_1, <16 x float> poison, <16 x i32> zeroinitializer
  %va41_1_1 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va41_1_0, <16 x float> %tb41_1, <16 x float> %vb41_1)
  %va41_1_2 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %va41_1_1, <16 x float> <float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01>)
  %va41_1_3 = call <16 x float> @helper_41(<16 x float> %va41_1_2)
  %va41_1_4 = call <16 x float> @helper_41(<16 x float> %va41_1_3)
  %va41_1_5 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %va41_1_4, <16 x float> <float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01>)
  %cmp41_1_5 = fcmp olt <16 x float> %va41_1_5, %vb41_1
  %va41_1_6 = select <16 x i1> %cmp41_1_5, <16 x float> %va41_1_5, <16 x float> %vb41_1
  %va41_1_7 = fadd <16 x float> %va41_1_6, %vb41_1
  %va41_1_8 = fadd <16 x float> %va41_1_7, %vb41_1
  %va41_1_9 = fadd <16 x float> %va41_1_8, %vb41_1
  %va41_1_10 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %va41_1_9, <16 x float> <float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01>)
  %va41_1_11 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %va41_1_10, <16 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va41_1_12 = fmul <16 x float> %va41_1_11, <float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02>
  %va41_1_13 = fmul <16 x float> %va41_1_12, <float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02>
  %va41_1_14 = call <16 x float> @helper_41(<16 x float> %va41_1_13)
  store <16 x float> %va41_1_14, ptr %pc41_1, align 4
  %inext41 = add nuw i64 %i41, 1
  %more41 = icmp ult i64 %inext41, %iters41
  br i1 %more41, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
