; dispatch 23

@table_23 = private unnamed_addr constant [16 x float] [float -6.125000e+00, float 7.500000e-01, float -7.750000e+00, float 4.500000e+00, float 3.625000e+00, float -6.625000e+00, float -2.500000e-01, float -2.750000e+00, float -1.125000e+00, float 5.250000e+00, float -3.750000e-01, float -2.500000e+00, float -2.375000e+00, float 0.000000e+00, float -1.875000e+00, float 7.250000e+00], align 16

declare void @iree_uk_mmt4d(ptr, i64, i64, ptr, i64, i64, ptr, i64, i64, i64, i64, i64, i32, i32, i32, i32, ptr)
declare <4 x float> @llvm.fma.v4f32(<4 x float>, <4 x float>, <4 x float>)
declare <4 x float> @llvm.minnum.v4f32(<4 x float>, <4 x float>)
declare <4 x float> @llvm.maxnum.v4f32(<4 x float>, <4 x float>)

define internal <4 x float> @helper_23(<4 x float> %x) unnamed_addr #0 {
entry:
  %h23_0 = fmul <4 x float> %x, <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>
  %h23_1 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h23_0, <4 x float> %x, <4 x float> <float 2.500000e-01, float 2.500000e-01, float 2.500000e-01, float 2.500000e-01>)
  %h23_2 = call <4 x float> @llvm.fma.v4f32(<4 x float> %h23_1, <4 x float> %x, <4 x float> <float 5.000000e-01, float 5.000000e-01, float 5.000000e-01, float 5.000000e-01>)
  ret <4 x float> %h23_2
}

define i32 @dispatch_23_k1(ptr noalias nonnull align 16 %a, ptr noalias nonnull align 16 %b, ptr noalias nonnull align 16 %c, i64 %n) unnamed_addr #0 {
entry:
  %cpu23 = alloca [8 x i64], align 8
  store i64 0, ptr %cpu23, align 8
  %out23 = getelementptr inbounds float, ptr %c, i64 %n
  call void @iree_uk_mmt4d(ptr %a, i64 0, i64 28, ptr %b, i64 0, i64 28, ptr %out23, i64 0, i64 32, i64 2, i64 2, i64 7, i32 4, i32 4, i32 1, i32 513, ptr %cpu23)
  %iters23 = udiv i64 %n, 16
  %any23 = icmp ugt i64 %iters23, 0
  br i1 %any23, label %loop, label %done

loop:
  %i23 = phi i64 [ 0, %entry ], [ %inext23, %loop ]
  %pre23 = mul nuw i64 %i23, 16
  %base23 = add nuw i64 %pre23, 0
  %off23_0 = add nuw i64 %base23, 0
  %pa23_0 = getelementptr inbounds float, ptr %a, i64 %off23_0
  %pb23_0 = getelementptr inbounds float, ptr %b, i64 %off23_0
  %pc23_0 = getelementptr inbounds float, ptr %c, i64 %off23_0
  %va23_0_0 = load <4 x float>, ptr %pa23_0, align 4
  %vb23_0 = load <4 x float>, ptr %pb23_0, align 4
  %ti23_0 = and i64 %off23_0, 15
  %tp23_0 = getelementptr inbounds [16 x float], ptr @table_23, i64 0, i64 %ti23_0
  %tv23_0 = load float, ptr %tp23_0, align 4
  %ts23_0 = insertelement <4 x float> poison, float %tv23_0, i64 0
  %tb23_0 = shufflevector <4 x float> %ts23_0, <4 x float> poison, <4 x i32> zeroinitializer
  %va23_0_1 = call <4 x float> @helper_23(<4 x float> %va23_0_0)
  %va23_0_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va23_0_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va23_0_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_0_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp23_0_3 = fcmp olt <4 x float> %va23_0_3, %vb23_0
  %va23_0_4 = select <4 x i1> %cmp23_0_3, <4 x float> %va23_0_3, <4 x float> %vb23_0
  %va23_0_5 = call <4 x float> @helper_23(<4 x float> %va23_0_4)
  %cmp23_0_5 = fcmp olt <4 x float> %va23_0_5, %vb23_0
  %va23_0_6 = select <4 x i1> %cmp23_0_5, <4 x float> %va23_0_5, <4 x float> %vb23_0
  %va23_0_7 = fadd <4 x float> %va23_0_6, %vb23_0
  %va23_0_8 = fadd <4 x float> %va23_0_7, %vb23_0
  %va23_0_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va23_0_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va23_0_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_0_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va23_0_11 = fmul <4 x float> %va23_0_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va23_0_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_0_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va23_0_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va23_0_12, <4 x float> %tb23_0, <4 x float> %vb23_0)
  %va23_0_14 = call <4 x float> @helper_23(<4 x float> %va23_0_13)
  %va23_0_15 = call <4 x float> @helper_23(<4 x float> %va23_0_14)
  %va23_0_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_0_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va23_0_16, ptr %pc23_0, align 4
  %off23_1 = add nuw i64 %base23, 4
  %pa23_1 = getelementptr inbounds float, ptr %a, i64 %off23_1
  %pb23_1 = getelementptr inbounds float, ptr %b, i64 %off23_1
  %pc23_1 = getelementptr inbounds float, ptr %c, i64 %off23_1
  %va23_1_0 = load <4 x float>, ptr %pa23_1, align 4
  %vb23_1 = load <4 x float>, ptr %pb23_1, align 4
  %ti23_1 = and i64 %off23_1, 15
  %tp23_1 = getelementptr inbounds [16 x float], ptr @table_23, i64 0, i64 %ti23_1
  %tv23_1 = load float, ptr %tp23_1, align 4
  %ts23_1 = insertelement <4 x float> poison, float %tv23_1, i64 0
  %tb23_1 = shufflevector <4 x float> %ts23_1, <4 x float> poison, <4 x i32> zeroinitializer
  %va23_1_1 = call <4 x float> @helper_23(<4 x float> %va23_1_0)
  %va23_1_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va23_1_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va23_1_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_1_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp23_1_3 = fcmp olt <4 x float> %va23_1_3, %vb23_1
  %va23_1_4 = select <4 x i1> %cmp23_1_3, <4 x float> %va23_1_3, <4 x float> %vb23_1
  %va23_1_5 = call <4 x float> @helper_23(<4 x float> %va23_1_4)
  %cmp23_1_5 = fcmp olt <4 x float> %va23_1_5, %vb23_1
  %va23_1_6 = select <4 x i1> %cmp23_1_5, <4 x float> %va23_1_5, <4 x float> %vb23_1
  %va23_1_7 = fadd <4 x float> %va23_1_6, %vb23_1
  %va23_1_8 = fadd <4 x float> %va23_1_7, %vb23_1
  %va23_1_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va23_1_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va23_1_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_1_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va23_1_11 = fmul <4 x float> %va23_1_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va23_1_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_1_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va23_1_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va23_1_12, <4 x float> %tb23_1, <4 x float> %vb23_1)
  %va23_1_14 = call <4 x float> @helper_23(<4 x float> %va23_1_13)
  %va23_1_15 = call <4 x float> @helper_23(<4 x float> %va23_1_14)
  %va23_1_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_1_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va23_1_16, ptr %pc23_1, align 4
  %off23_2 = add nuw i64 %base23, 8
  %pa23_2 = getelementptr inbounds float, ptr %a, i64 %off23_2
  %pb23_2 = getelementptr inbounds float, ptr %b, i64 %off23_2
  %pc23_2 = getelementptr inbounds float, ptr %c, i64 %off23_2
  %va23_2_0 = load <4 x float>, ptr %pa23_2, align 4
  %vb23_2 = load <4 x float>, ptr %pb23_2, align 4
  %ti23_2 = and i64 %off23_2, 15
  %tp23_2 = getelementptr inbounds [16 x float], ptr @table_23, i64 0, i64 %ti23_2
  %tv23_2 = load float, ptr %tp23_2, align 4
  %ts23_2 = insertelement <4 x float> poison, float %tv23_2, i64 0
  %tb23_2 = shufflevector <4 x float> %ts23_2, <4 x float> poison, <4 x i32> zeroinitializer
  %va23_2_1 = call <4 x float> @helper_23(<4 x float> %va23_2_0)
  %va23_2_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va23_2_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va23_2_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_2_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp23_2_3 = fcmp olt <4 x float> %va23_2_3, %vb23_2
  %va23_2_4 = select <4 x i1> %cmp23_2_3, <4 x float> %va23_2_3, <4 x float> %vb23_2
  %va23_2_5 = call <4 x float> @helper_23(<4 x float> %va23_2_4)
  %cmp23_2_5 = fcmp olt <4 x float> %va23_2_5, %vb23_2
  %va23_2_6 = select <4 x i1> %cmp23_2_5, <4 x float> %va23_2_5, <4 x float> %vb23_2
  %va23_2_7 = fadd <4 x float> %va23_2_6, %vb23_2
  %va23_2_8 = fadd <4 x float> %va23_2_7, %vb23_2
  %va23_2_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va23_2_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va23_2_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_2_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va23_2_11 = fmul <4 x float> %va23_2_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va23_2_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_2_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va23_2_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va23_2_12, <4 x float> %tb23_2, <4 x float> %vb23_2)
  %va23_2_14 = call <4 x float> @helper_23(<4 x float> %va23_2_13)
  %va23_2_15 = call <4 x float> @helper_23(<4 x float> %va23_2_14)
  %va23_2_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_2_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va23_2_16, ptr %pc23_2, align 4
  %off23_3 = add nuw i64 %base23, 12
  %pa23_3 = getelementptr inbounds float, ptr %a, i64 %off23_3
  %pb23_3 = getelementptr inbounds float, ptr %b, i64 %off23_3
  %pc23_3 = getelementptr inbounds float, ptr %c, i64 %off23_3
  %va23_3_0 = load <4 x float>, ptr %pa23_3, align 4
  %vb23_3 = load <4 x float>, ptr %pb23_3, align 4
  %ti23_3 = and i64 %off23_3, 15
  %tp23_3 = getelementptr inbounds [16 x float], ptr @table_23, i64 0, i64 %ti23_3
  %tv23_3 = load float, ptr %tp23_3, align 4
  %ts23_3 = insertelement <4 x float> poison, float %tv23_3, i64 0
  %tb23_3 = shufflevector <4 x float> %ts23_3, <4 x float> poison, <4 x i32> zeroinitializer
  %va23_3_1 = call <4 x float> @helper_23(<4 x float> %va23_3_0)
  %va23_3_2 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va23_3_1, <4 x float> <float -6.531250e+01, float -6.531250e+01, float -6.531250e+01, float -6.531250e+01>)
  %va23_3_3 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_3_2, <4 x float> <float 6.581250e+01, float 6.581250e+01, float 6.581250e+01, float 6.581250e+01>)
  %cmp23_3_3 = fcmp olt <4 x float> %va23_3_3, %vb23_3
  %va23_3_4 = select <4 x i1> %cmp23_3_3, <4 x float> %va23_3_3, <4 x float> %vb23_3
  %va23_3_5 = call <4 x float> @helper_23(<4 x float> %va23_3_4)
  %cmp23_3_5 = fcmp olt <4 x float> %va23_3_5, %vb23_3
  %va23_3_6 = select <4 x i1> %cmp23_3_5, <4 x float> %va23_3_5, <4 x float> %vb23_3
  %va23_3_7 = fadd <4 x float> %va23_3_6, %vb23_3
  %va23_3_8 = fadd <4 x float> %va23_3_7, %vb23_3
  %va23_3_9 = call <4 x float> @llvm.maxnum.v4f32(<4 x float> %va23_3_8, <4 x float> <float -6.500000e+01, float -6.500000e+01, float -6.500000e+01, float -6.500000e+01>)
  %va23_3_10 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_3_9, <4 x float> <float 6.531250e+01, float 6.531250e+01, float 6.531250e+01, float 6.531250e+01>)
  %va23_3_11 = fmul <4 x float> %va23_3_10, <float 1.875000e+00, float 1.875000e+00, float 1.875000e+00, float 1.875000e+00>
  %va23_3_12 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_3_11, <4 x float> <float 6.587500e+01, float 6.587500e+01, float 6.587500e+01, float 6.587500e+01>)
  %va23_3_13 = call <4 x float> @llvm.fma.v4f32(<4 x float> %va23_3_12, <4 x float> %tb23_3, <4 x float> %vb23_3)
  %va23_3_14 = call <4 x float> @helper_23(<4 x float> %va23_3_13)
  %va23_3_15 = call <4 x float> @helper_23(<4 x float> %va23_3_14)
  %va23_3_16 = call <4 x float> @llvm.minnum.v4f32(<4 x float> %va23_3_15, <4 x float> <float 6.481250e+01, float 6.481250e+01, float 6.481250e+01, float 6.481250e+01>)
  store <4 x float> %va23_3_16, ptr %pc23_3, align 4
  %inext23 = add nuw i64 %i23, 1
  %more23 = icmp ult i64 %inext23, %iters23
  br i1 %more23, label %loop, label %done

done:
  ret i32 0
}

attributes #0 = { nounwind "frame-pointer"="all" }
