; dispatch 32

@table_32 = private unnamed_addr constant [64 x float] [float 3.250000e+00, float 5.125000e+00, float -3.750000e+00, float 1.500000e+00, float -6.125000e+00, float -1.750000e+00, float -3.250000e+00, float 1.875000e+00, float -4.375000e+00, float -5.000000e-01, float -2.750000e+00, float -1.000000e+00, float 1.250000e-01, float -6.125000e+00, float 6.750000e+00, float 7.125000e+00, float 7.125000e+00, float 6.625000e+00, float 7.500000e+00, float -6.625000e+00, float -2.125000e+00, float 3.750000e+00, float -2.750000e+00, float -1.125000e+00, float 2.500000e+00, float 3.875000e+00, float 3.000000e+00, float 6.375000e+00, float 2.500000e-01, float 5.750000e+00, float -3.375000e+00, float 6.125000e+00, float -5.250000e+00, float -6.625000e+00, float -4.375000e+00, float 4.875000e+00, float 5.500000e+00, float 7.125000e+00, float -1.750000e+00, float 4.500000e+00, float -7.250000e+00, float -4.125000e+00, float 6.375000e+00, float -6.750000e+00, float -6.375000e+00, float 7.875000e+00, float -5.000000e+00, float -7.875000e+00, float 4.750000e+00, float -2.625000e+00, float 7.125000e+00, float -2.125000e+00, float -3.875000e+00, float -1.625000e+00, float -2.500000e+00, float -5.000000e+00, float -1.500000e+00, float -3.750000e-01, float -6.250000e-01, float -4.625000e+00, float -6.125000e+00, float -1.250000e+00, float 3.750000e-01, float -6.250000e-01], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_32(<4 x float> %x) unnamed_addr #0 {
entry:
  %h32_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h32_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h32_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h32_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h32_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h32_3 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h32_2, <4 x float> %x, <4 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <4 x float> %h32_3
}

define i32 @dispatch_32_k5(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu32 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu32, align 8
  %out32 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 48, ptr %b, i64 0, i64 48, ptr %out32, i64 0, i64 128, i64 2, i64 2, i64 6, i32 8, i32 8, i32 1, i32 513, ptr %cpu32)
  %iters32 = udiv i64 %n, 12
  %any32 = icmp ugt i64 %iters32, 0
  br i1 %any32, label %loop, label %done

loop:
  %i32 = phi i64 [ 0, %entry ], [ %inext32, %loop ]
  %pre32 = mul nuw i64 %i32, 12
  %base32 = add nuw i64 %pre32, 0
  %off32_0 = add nuw i64 %base32, 0
  %pa32_0 = getelementptr inbounds float, ptr %a, i64 %off32_0
  %pb32_0 = getelementptr inbounds float, ptr %b, i64 %off32_0
  %pc32_0 = getelementptr inbounds float, ptr %c, i64 %off32_0
  %va32_0_0 = load <4 x float>, ptr %pa32_0, align 4
  %vb32_0 = load <4 x float>, ptr %pb32_0, align 4
  %ti32_0 = and i64 %off32_0, 63
  %tp32_0 = getelementptr inbounds [64 x float], ptr @table_32, i64 0, i64 %ti32_0
  %tv32_0 = load float, ptr %tp32_0, align 4
  %ts32_0 = insertelement <4 x float> poison, float %tv32_0, i64 0
  %tb32_0 = shufflevector <4 x float> %ts32_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va32_0_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va32_0_0, <4 x float> %tb32_0, <4 x float> %vb32_0)
  %va32_0_2 = call <4 x float> @helper_32(<4 x float> %va32_0_1)
  %cmp32_0_2 = fcmp olt <4 x float> %va32_0_2, %vb32_0
  %va32_0_3 = select <4 x i1> %cmp32_0_2, <4 x float> %va32_0_2, <4 x float> %vb32_0
  %va32_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va32_0_3, <4 x float> %tb32_0, <4 x float> %vb32_0)
  %va32_0_5 = call <4 x float> @helper_32(<4 x float> %va32_0_4)
  %va32_0_6 = fadd <4 x float> %va32_0_5, %vb32_0
  %cmp32_0_6 = fcmp olt <4 x float> %va32_0_6, %vb32_0
  %va32_0_7 = select <4 x i1> %cmp32_0_6, <4 x float> %va32_0_6, <4 x float> %vb32_0
  %va32_0_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va32_0_7, <4 x float> %tb32_0, <4 x float> %vb32_0)
  %va32_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va32_0_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va32_0_10 = call <4 x float> @helper_32(<4 x float> %va32_0_9)
  %va32_0_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va32_0_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va32_0_12 = fadd <4 x float> %va32_0_11, %vb32_0
  %va32_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va32_0_12, <4 x float> %tb32_0, <4 x float> %vb32_0)
  %cmp32_0_13 = fcmp olt <4 x float> %va32_0_13, %vb32_0
  %va32_0_14 = select <4 x i1> %cmp32_0_13, <4 x float> %va32_0_13, <4 x float> %vb32_0
  %va32_0_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va32_0_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va32_0_15, ptr %pc32_0, align 4
  %off32_1 = add nuw i64 %base32, 4
  %pa32_1 = getelementptr inbounds float, ptr %a, i64 %off32_1
  %pb32_1 = getelementptr inbounds float, ptr %b, i64 %off32_1
  %pc32_1 = getelementptr inbounds float, ptr %c, i64 %off32_1
  %va32_1_0 = load <4 x float>, ptr %pa32_1, align 4
  %vb32_1 = load <4 x float>, ptr %pb32_1, align 4
  %ti32_1 = and i64 %off32_1, 63
  %tp32_1 = getelementptr inbounds [64 x float], ptr @table_32, i64 0, i64 %ti32_1
  %tv32_1 = load float, ptr %tp32_1, align 4
  %ts32_1 = insertelement <4 x float> poison, float %tv32_1, i64 0
  %tb32_1 = shufflevector <4 x float> %ts32_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va32_1_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va32_1_0, <4 x float> %tb32_1, <4 x float> %vb32_1)
  %va32_1_2 = call <4 x float> @helper_32(<4 x float> %va32_1_1)
  %cmp32_1_2 = fcmp olt <4 x float> %va32_1_2, %vb32_1
  %va32_1_3 = select <4 x i1> %cmp32_1_2, <4 x float> %va32_1_2, <4 x float> %vb32_1
  %va32_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va32_1_3, <4 x float> %tb32_1, <4 x float> %vb32_1)
  %va32_1_5 = call <4 x float> @helper_32(<4 x float> %va32_1_4)
  %va32_1_6 = fadd <4 x float> %va32_1_5, %vb32_1
  %cmp32_1_6 = fcmp olt <4 x float> %va32_1_6, %vb32_1
  %va32_1_7 = select <4 x i1> %cmp32_1_6, <4 x float> %va32_1_6, <4 x float> %vb32_1
  %va32_1_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va32_1_7, <4 x float> %tb32_1, <4 x float> %vb32_1)
  %va32_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va32_1_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va32_1_10 = call <4 x float> @helper_32(<4 x float> %va32_1_9)
  %va32_1_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va32_1_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va32_1_12 = fadd <4 x float> %va32_1_11, %vb32_1
  %va32_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va32_1_12, <4 x float> %tb32_1, <4 x float> %vb32_1)
  %cmp32_1_13 = fcmp olt <4 x float> %va32_1_13, %vb32_1
  %va32_1_14 = select <4 x i1> %cmp32_1_13, <4 x float> %va32_1_13, <4 x float> %vb32_1
  %va32_1_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va32_1_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va32_1_15, ptr %pc32_1, align 4
  %off32_2 = add nuw i64 %base32, 8
  %pa32_2 = getelementptr inbounds float, ptr %a, i64 %off32_2
  %pb32_2 = getelementptr inbounds float, ptr %b, i64 %off32_2
  %pc32_2 = getelementptr inbounds float, ptr %c, i64 %off32_2
  %va32_2_0 = load <4 x float>, ptr %pa32_2, align 4
  %vb32_2 = load <4 x float>, ptr %pb32_2, align 4
  %ti32_2 = and i64 %off32_2, 63
  %tp32_2 = getelementptr inbounds [64 x float], ptr @table_32, i64 0, i64 %ti32_2
  %tv32_2 = load float, ptr %tp32_2, align 4
  %ts32_2 = insertelement <4 x float> poison, float %tv32_2, i64 0
  %tb32_2 = shufflevector <4 x float> %ts32_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va32_2_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va32_2_0, <4 x float> %tb32_2, <4 x float> %vb32_2)
  %va32_2_2 = call <4 x float> @helper_32(<4 x float> %va32_2_1)
  %cmp32_2_2 = fcmp olt <4 x float> %va32_2_2, %vb32_2
  %va32_2_3 = select <4 x i1> %cmp32_2_2, <4 x float> %va32_2_2, <4 x float> %vb32_2
  %va32_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va32_2_3, <4 x float> %tb32_2, <4 x float> %vb32_2)
  %va32_2_5 = call <4 x float> @helper_32(<4 x float> %va32_2_4)
  %va32_2_6 = fadd <4 x float> %va32_2_5, %vb32_2
  %cmp32_2_6 = fcmp olt <4 x float> %va32_2_6, %vb32_2
  %va32_2_7 = select <4 x i1> %cmp32_2_6, <4 x float> %va32_2_6, <4 x float> %vb32_2
  %va32_2_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va32_2_7, <4 x float> %tb32_2, <4 x float> %vb32_2)
  %va32_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va32_2_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va32_2_10 = call <4 x float> @helper_32(<4 x float> %va32_2_9)
  %va32_2_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va32_2_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va32_2_12 = fadd <4 x float> %va32_2_11, %vb32_2
  %va32_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va32_2_12, <4 x float> %tb32_2, <4 x float> %vb32_2)
  %cmp32_2_13 = fcmp olt <4 x float> %va32_2_13, %vb32_2
  %va32_2_14 = select <4 x i1> %cmp32_2_13, <4 x float> %va32_2_13, <4 x float> %vb32_2
  %va32_2_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va32_2_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va32_2_15, ptr %pc32_2, align 4
  %inext32 = add nuw i64 %i32, 1
  %more32 = icmp ult i64 %inext32, %iters32
  br i1 %more32, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
