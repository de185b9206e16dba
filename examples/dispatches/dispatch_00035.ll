; dispatch 35

@table_35 = private unnamed_addr constant [64 x float] [float 5.875000e+00, float 1.125000e+00, float -2.125000e+00, float 5.625000e+00, float -2.750000e+00, float 7.125000e+00, float 6.500000e+00, float -4.125000e+00, float 4.375000e+00, float -4.875000e+00, float 5.250000e+00, float -6.000000e+00, float 1.250000e-01, float 7.625000e+00, float 6.500000e+00, float 1.750000e+00, float 2.125000e+00, float -7.500000e+00, float 7.250000e+00, float 7.000000e+00, float -4.750000e+00, float -3.250000e+00, float 7.125000e+00, float -7.250000e+00, float -5.000000e-01, float -3.750000e+00, float 2.625000e+00, float 3.125000e+00, float 7.625000e+00, float -3.250000e+00, float 3.125000e+00, float 2.375000e+00, float 1.375000e+00, float 2.375000e+00, float -4.125000e+00, float 2.875000e+00, float 4.500000e+00, float 1.875000e+00, float 1.625000e+00, float 2.500000e+00, float -4.875000e+00, float -3.000000e+00, float 2.000000e+00, float 1.625000e+00, float -4.375000e+00, float 2.000000e+00, float 1.750000e+00, float -4.250000e+00, float -2.750000e+00, float 6.875000e+00, float 5.125000e+00, float 1.625000e+00, float 3.500000e+00, float -5.250000e+00, float -6.875000e+00, float -5.625000e+00, float -3.875000e+00, float -1.250000e+00, float -4.500000e+00, float 1.250000e+00, float -7.000000e+00, float 1.625000e+00, float -3.625000e+00, float -1.875000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <16 x float> @llvm.fma.v16f32(<16 x float>, <16 x float>, <16 x float>)
declare <16 x float> @llvm.minnum.v16f32(<16 x float>, <16 x float>)
declare <16 x float> @llvm.maxnum.v16f32(<16 x float>, <16 x float>)

define internal <16 x float> @helper_35(<16 x float> %x) unnamed_addr #0 {
entry:
  %h35_0 = fmul <16 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h35_1 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h35_0, <16 x float> %x, <16 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h35_2 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h35_1, <16 x float> %x, <16 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  %h35_3 = call <16 x float> @llvm.fma.v16f32(<16 x float> %h35_2, <16 x float> %x, <16 x float> <float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01, float 7.500000e-01>)
  ret <16 x float> %h35_3
}

define i32 @dispatch_35_k2(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu35 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu35, align 8
  %out35 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 28, ptr %b, i64 0, i64 28, ptr %out35, i64 0, i64 32, i64 2, i64 2, i64 7, i32 4, i32 4, i32 1, i32 513, ptr %cpu35)
  %iters35 = udiv i64 %n, 32
  %any35 = icmp ugt i64 %iters35, 0
  br i1 %any35, label %loop, label %done

loop:
  %i35 = phi i64 [ 0, %entry ], [ %inext35, %loop ]
  %pre35 = mul nuw i64 %i35, 32
  %base35 = add nuw i64 %pre35, 0
  %off35_0 = add nuw i64 %base35, 0
  %pa35_0 = getelementptr inbounds float, ptr %a, i64 %off35_0
  %pb35_0 = getelementptr inbounds float, ptr %b, i64 %off35_0
  %pc35_0 = getelementptr inbounds float, ptr %c, i64 %off35_0
  %va35_0_0 = load <16 x float>, ptr %pa35_0, align 4
  %vb35_0 = load <16 x float>, ptr %pb35_0, align 4
  %ti35_0 = and i64 %off35_0, 63
  %tp35_0 = getelementptr inbounds [64 x float], ptr @table_35, i64 0, i64 %ti35_0
  %tv35_0 = load float, ptr %tp35_0, align 4
  %ts35_0 = insertelement <16 x float> poison, float %tv35_0, i64 0
  %tb35_0 = shufflevector <16 x float> %ts35_0, <16 x float> poison, <16 x i32> zeroinitializer
  %va35_0_1 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va35_0_0, <16 x float> %tb35_0, <16 x float> %vb35_0)
  %va35_0_2 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %va35_0_1, <16 x float> <float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01>)
  %va35_0_3 = call <16 x float> @helper_35(<16 x float> %va35_0_2)
  %va35_0_4 = call <16 x float> @helper_35(<16 x float> %va35_0_3)
  %va35_0_5 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %va35_0_4, <16 x float> <float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01>)
  %cmp35_0_5 = fcmp olt <16 x float> %va35_0_5, %vb35_0
  %va35_0_6 = select <16 x i1> %cmp35_0_5, <16 x float> %va35_0_5, <16 x float> %vb35_0
  %va35_0_7 = fadd <16 x float> %va35_0_6, %vb35_0
  %va35_0_8 = fadd <16 x float> %va35_0_7, %vb35_0
  %va35_0_9 = fadd <16 x float> %va35_0_8, %vb35_0
  %va35_0_10 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %va35_0_9, <16 x float> <float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01>)
  %va35_0_11 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %va35_0_10, <16 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va35_0_12 = fmul <16 x float> %va35_0_11, <float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02>
  %va35_0_13 = fmul <16 x float> %va35_0_12, <float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02>
  %va35_0_14 = call <16 x float> @helper_35(<16 x float> %va35_0_13)
  store <16 x float> %va35_0_14, ptr %pc35_0, align 4
  %off35_1 = add nuw i64 %base35, 16
  %pa35_1 = getelementptr inbounds float, ptr %a, i64 %off35_1
  %pb35_1 = getelementptr inbounds float, ptr %b, i64 %off35_1
  %pc35_1 = getelementptr inbounds float, ptr %c, i64 %off35_1
  %va35_1_0 = load <16 x float>, ptr %pa35_1, align 4
  %vb35_1 = load <16 x float>, ptr %pb35_1, align 4
  %ti35_1 = and i64 %off35_1, 63
  %tp35_1 = getelementptr inbounds [64 x float], ptr @table_35, i64 0, i64 %ti35_1
  %tv35_1 = load float, ptr %tp35_1, align 4
  %ts35_1 = insertelement <16 x float> poison, float %tv35_1, i64 0
  %tb35_1 = shufflevector <16 x float> %ts35_1, <16 x float> poison, <16 x i32> zeroinitializer
  %va35_1_1 = call <16 x float> @llvm.fma.v16f32(<16 x float> %va35_1_0, <16 x float> %tb35_1, <16 x float> %vb35_1)
  %va35_1_2 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %va35_1_1, <16 x float> <float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01, float -6.568750e+01>)
  %va35_1_3 = call <16 x float> @helper_35(<16 x float> %va35_1_2)
  %va35_1_4 = call <16 x float> @helper_35(<16 x float> %va35_1_3)
  %va35_1_5 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %va35_1_4, <16 x float> <float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01, float 6.556250e+01>)
  %cmp35_1_5 = fcmp olt <16 x float> %va35_1_5, %vb35_1
  %va35_1_6 = select <16 x i1> %cmp35_1_5, <16 x float> %va35_1_5, <16 x float> %vb35_1
  %va35_1_7 = fadd <16 x float> %va35_1_6, %vb35_1
  %va35_1_8 = fadd <16 x float> %va35_1_7, %vb35_1
  %va35_1_9 = fadd <16 x float> %va35_1_8, %vb35_1
  %va35_1_10 = call <16 x float> @llvm.maxnum.v16f32(<16 x float> %va35_1_9, <16 x float> <float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01, float -6.587500e+01>)
  %va35_1_11 = call <16 x float> @llvm.minnum.v16f32(<16 x float> %va35_1_10, <16 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va35_1_12 = fmul <16 x float> %va35_1_11, <float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02>
  %va35_1_13 = fmul <16 x float> %va35_1_12, <float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02, float 6.250000e-02>
  %va35_1_14 = call <16 x float> @helper_35(<16 x float> %va35_1_13)
  store <16 x float> %va35_1_14, ptr %pc35_1, align 4
  %inext35 = add nuw i64 %i35, 1
  %more35 = icmp ult i64 %inext35, %iters35
  br i1 %more35, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
