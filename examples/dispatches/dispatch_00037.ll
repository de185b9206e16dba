; dispatch 37

@table_37 = private unnamed_addr constant [64 x float] [float 3.250000e+00, float 5.125000e+00, float -3.750000e+00, float 1.500000e+00, float -6.125000e+00, float -1.750000e+00, float -3.250000e+00, float 1.875000e+00, float -4.375000e+00, float -5.000000e-01, float -2.750000e+00, float -1.000000e+00, float 1.250000e-01, float -6.125000e+00, float 6.750000e+00, float 7.125000e+00, float 7.125000e+00, float 6.625000e+00, float 7.500000e+00, float -6.625000e+00, float -2.125000e+00, float 3.750000e+00, float -2.750000e+00, float -1.125000e+00, float 2.500000e+00, float 3.875000e+00, float 3.000000e+00, float 6.375000e+00, float 2.500000e-01, float 5.750000e+00, float -3.375000e+00, float 6.125000e+00, float -5.250000e+00, float -6.625000e+00, float -4.375000e+00, float 4.875000e+00, float 5.500000e+00, float 7.125000e+00, float -1.750000e+00, float 4.500000e+00, float -7.250000e+00, float -4.125000e+00, float 6.375000e+00, float -6.750000e+00, float -6.375000e+00, float 7.875000e+00, float -5.000000e+00, float -7.875000e+00, float 4.750000e+00, float -2.625000e+00, float 7.125000e+00, float -2.125000e+00, float -3.875000e+00, float -1.625000e+00, float -2.500000e+00, float -5.000000e+00, float -1.500000e+00, float -3.750000e-01, float -6.250000e-01, float -4.625000e+00, float -6.125000e+00, float -1.250000e+00, float 3.750000e-01, float -6.250000e-01], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_37(<4 x float> %x) unnamed_addr #0 {
entry:
  %h37_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h37_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h37_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h37_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h37_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h37_3 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h37_2, <4 x float> %x, <4 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <4 x float> %h37_3
}

define i32 @dispatch_37_k5(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu37 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu37, align 8
  %out37 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 48, ptr %b, i64 0, i64 48, ptr %out37, i64 0, i64 128, i64 2, i64 2, i64 6, i32 8, i32 8, i32 1, i32 513, ptr %cpu37)
  %iters37 = udiv i64 %n, 12
  %any37 = icmp ugt i64 %iters37, 0
  br i1 %any37, label %loop, label %done

loop:
  %i37 = phi i64 [ 0, %entry ], [ %inext37, %loop ]
  %base37 = mul nuw i64 %i37, 12
  %off37_0 = add nuw i64 %base37, 0
  %pa37_0 = getelementptr inbounds float, ptr %a, i64 %off37_0
  %pb37_0 = getelementptr inbounds float, ptr %b, i64 %off37_0
  %pc37_0 = getelementptr inbounds float, ptr %c, i64 %off37_0
  %va37_0_0 = load <4 x float>, ptr %pa37_0, align 4
  %vb37_0 = load <4 x float>, ptr %pb37_0, align 4
  %ti37_0 = and i64 %off37_0, 63
  %tp37_0 = getelementptr inbounds [64 x float], ptr @table_37, i64 0, i64 %ti37_0
  %tv37_0 = load float, ptr %tp37_0, align 4
  %ts37_0 = insertelement <4 x float> poison, float %tv37_0, i64 0
  %tb37_0 = shufflevector <4 x float> %ts37_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va37_0_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va37_0_0, <4 x float> %tb37_0, <4 x float> %vb37_0)
  %va37_0_2 = call <4 x float> @helper_37(<4 x float> %va37_0_1)
  %cmp37_0_2 = fcmp olt <4 x float> %va37_0_2, %vb37_0
  %va37_0_3 = select <4 x i1> %cmp37_0_2, <4 x float> %va37_0_2, <4 x float> %vb37_0
  %va37_0_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va37_0_3, <4 x float> %tb37_0, <4 x float> %vb37_0)
  %va37_0_5 = call <4 x float> @helper_37(<4 x float> %va37_0_4)
  %va37_0_6 = fadd <4 x float> %va37_0_5, %vb37_0
  %cmp37_0_6 = fcmp olt <4 x float> %va37_0_6, %vb37_0
  %va37_0_7 = select <4 x i1> %cmp37_0_6, <4 x float> %va37_0_6, <4 x float> %vb37_0
  %va37_0_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va37_0_7, <4 x float> %tb37_0, <4 x float> %vb37_0)
  %va37_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va37_0_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va37_0_10 = call <4 x float> @helper_37(<4 x float> %va37_0_9)
  %va37_0_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va37_0_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va37_0_12 = fadd <4 x float> %va37_0_11, %vb37_0
  %va37_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va37_0_12, <4 x float> %tb37_0, <4 x float> %vb37_0)
  %cmp37_0_13 = fcmp olt <4 x float> %va37_0_13, %vb37_0
  %va37_0_14 = select <4 x i1> %cmp37_0_13, <4 x float> %va37_0_13, <4 x float> %vb37_0
  %va37_0_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va37_0_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va37_0_15, ptr %pc37_0, align 4
  %off37_1 = add nuw i64 %base37, 4
  %pa37_1 = getelementptr inbounds float, ptr %a, i64 %off37_1
  %pb37_1 = getelementptr inbounds float, ptr %b, i64 %off37_1
  %pc37_1 = getelementptr inbounds float, ptr %c, i64 %off37_1
  %va37_1_0 = load <4 x float>, ptr %pa37_1, align 4
  %vb37_1 = load <4 x float>, ptr %pb37_1, align 4
  %ti37_1 = and i64 %off37_1, 63
  %tp37_1 = getelementptr inbounds [64 x float], ptr @table_37, i64 0, i64 %ti37_1
  %tv37_1 = load float, ptr %tp37_1, align 4
  %ts37_1 = insertelement <4 x float> poison, float %tv37_1, i64 0
  %tb37_1 = shufflevector <4 x float> %ts37_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va37_1_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va37_1_0, <4 x float> %tb37_1, <4 x float> %vb37_1)
  %va37_1_2 = call <4 x float> @helper_37(<4 x float> %va37_1_1)
  %cmp37_1_2 = fcmp olt <4 x float> %va37_1_2, %vb37_1
  %va37_1_3 = select <4 x i1> %cmp37_1_2, <4 x float> %va37_1_2, <4 x float> %vb37_1
  %va37_1_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va37_1_3, <4 x float> %tb37_1, <4 x float> %vb37_1)
  %va37_1_5 = call <4 x float> @helper_37(<4 x float> %va37_1_4)
  %va37_1_6 = fadd <4 x float> %va37_1_5, %vb37_1
  %cmp37_1_6 = fcmp olt <4 x float> %va37_1_6, %vb37_1
  %va37_1_7 = select <4 x i1> %cmp37_1_6, <4 x float> %va37_1_6, <4 x float> %vb37_1
  %va37_1_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va37_1_7, <4 x float> %tb37_1, <4 x float> %vb37_1)
  %va37_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va37_1_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va37_1_10 = call <4 x float> @helper_37(<4 x float> %va37_1_9)
  %va37_1_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va37_1_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va37_1_12 = fadd <4 x float> %va37_1_11, %vb37_1
  %va37_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va37_1_12, <4 x float> %tb37_1, <4 x float> %vb37_1)
  %cmp37_1_13 = fcmp olt <4 x float> %va37_1_13, %vb37_1
  %va37_1_14 = select <4 x i1> %cmp37_1_13, <4 x float> %va37_1_13, <4 x float> %vb37_1
  %va37_1_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va37_1_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va37_1_15, ptr %pc37_1, align 4
  %off37_2 = add nuw i64 %base37, 8
  %pa37_2 = getelementptr inbounds float, ptr %a, i64 %off37_2
  %pb37_2 = getelementptr inbounds float, ptr %b, i64 %off37_2
  %pc37_2 = getelementptr inbounds float, ptr %c, i64 %off37_2
  %va37_2_0 = load <4 x float>, ptr %pa37_2, align 4
  %vb37_2 = load <4 x float>, ptr %pb37_2, align 4
  %ti37_2 = and i64 %off37_2, 63
  %tp37_2 = getelementptr inbounds [64 x float], ptr @table_37, i64 0, i64 %ti37_2
  %tv37_2 = load float, ptr %tp37_2, align 4
  %ts37_2 = insertelement <4 x float> poison, float %tv37_2, i64 0
  %tb37_2 = shufflevector <4 x float> %ts37_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va37_2_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va37_2_0, <4 x float> %tb37_2, <4 x float> %vb37_2)
  %va37_2_2 = call <4 x float> @helper_37(<4 x float> %va37_2_1)
  %cmp37_2_2 = fcmp olt <4 x float> %va37_2_2, %vb37_2
  %va37_2_3 = select <4 x i1> %cmp37_2_2, <4 x float> %va37_2_2, <4 x float> %vb37_2
  %va37_2_4 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va37_2_3, <4 x float> %tb37_2, <4 x float> %vb37_2)
  %va37_2_5 = call <4 x float> @helper_37(<4 x float> %va37_2_4)
  %va37_2_6 = fadd <4 x float> %va37_2_5, %vb37_2
  %cmp37_2_6 = fcmp olt <4 x float> %va37_2_6, %vb37_2
  %va37_2_7 = select <4 x i1> %cmp37_2_6, <4 x float> %va37_2_6, <4 x float> %vb37_2
  %va37_2_8 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va37_2_7, <4 x float> %tb37_2, <4 x float> %vb37_2)
  %va37_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va37_2_8, <4 x float> <float -6.550000e+01, float -6.550000e+01, float -6.550000e+01, float -6.550000e+01>)
  %va37_2_10 = call <4 x float> @helper_37(<4 x float> %va37_2_9)
  %va37_2_11 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va37_2_10, <4 x float> <float -6.556250e+01, float -6.556250e+01, float -6.556250e+01, float -6.556250e+01>)
  %va37_2_12 = fadd <4 x float> %va37_2_11, %vb37_2
  %va37_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va37_2_12, <4 x float> %tb37_2, <4 x float> %vb37_2)
  %cmp37_2_13 = fcmp olt <4 x float> %va37_2_13, %vb37_2
  %va37_2_14 = select <4 x i1> %cmp37_2_13, <4 x float> %va37_2_13, <4 x float> %vb37_2
  %va37_2_15 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va37_2_14, <4 x float> <float -6.443750e+01, float -6.443750e+01, float -6.443750e+01, float -6.443750e+01>)
  store <4 x float> %va37_2_15, ptr %pc37_2, align 4
  %inext37 = add nuw i64 %i37, 1
  %more37 = icmp ult i64 %inext37, %iters37
  br i1 %more37, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
