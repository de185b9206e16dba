func.func @layer0_qkv(%x: tensor<64x256xf32>, %w0: tensor<256x768xf32>) -> tensor<64x768xf32> {
  %e_l0 = tensor.empty() : tensor<64x768xf32>
  %z_l0 = arith.constant 0.0 : f32
  %f_l0 = linalg.fill ins(%z_l0 : f32) outs(%e_l0 : tensor<64x768xf32>) -> tensor<64x768xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<64x256xf32>, tensor<256x768xf32>) outs(%f_l0 : tensor<64x768xf32>) -> tensor<64x768xf32>
  return %m0 : tensor<64x768xf32>
}

func.func @layer0_ffn(%x: tensor<64x256xf32>, %w0: tensor<256x1024xf32>, %w1: tensor<1024x256xf32>) -> tensor<64x256xf32> {
  %e_l0 = tensor.empty() : tensor<64x1024xf32>
  %z_l0 = arith.constant 0.0 : f32
  %f_l0 = linalg.fill ins(%z_l0 : f32) outs(%e_l0 : tensor<64x1024xf32>) -> tensor<64x1024xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<64x256xf32>, tensor<256x1024xf32>) outs(%f_l0 : tensor<64x1024xf32>) -> tensor<64x1024xf32>
  %e_r0 = tensor.empty() : tensor<64x1024xf32>
  %a0 = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%m0 : tensor<64x1024xf32>) outs(%e_r0 : tensor<64x1024xf32>) {
  ^bb0(%in: f32, %o: f32):
    %zero = arith.constant 0.0 : f32
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<64x1024xf32>
  %e_l1 = tensor.empty() : tensor<64x256xf32>
  %z_l1 = arith.constant 0.0 : f32
  %f_l1 = linalg.fill ins(%z_l1 : f32) outs(%e_l1 : tensor<64x256xf32>) -> tensor<64x256xf32>
  %m1 = linalg.matmul ins(%a0, %w1 : tensor<64x1024xf32>, tensor<1024x256xf32>) outs(%f_l1 : tensor<64x256xf32>) -> tensor<64x256xf32>
  return %m1 : tensor<64x256xf32>
}

func.func @layer1_qkv(%x: tensor<64x256xf32>, %w0: tensor<256x768xf32>) -> tensor<64x768xf32> {
  %e_l0 = tensor.empty() : tensor<64x768xf32>
  %z_l0 = arith.constant 0.0 : f32
  %f_l0 = linalg.fill ins(%z_l0 : f32) outs(%e_l0 : tensor<64x768xf32>) -> tensor<64x768xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<64x256xf32>, tensor<256x768xf32>) outs(%f_l0 : tensor<64x768xf32>) -> tensor<64x768xf32>
  return %m0 : tensor<64x768xf32>
}

func.func @layer1_ffn(%x: tensor<64x256xf32>, %w0: tensor<256x1024xf32>, %w1: tensor<1024x256xf32>) -> tensor<64x256xf32> {
  %e_l0 = tensor.empty() : tensor<64x1024xf32>
  %z_l0 = arith.constant 0.0 : f32
  %f_l0 = linalg.fill ins(%z_l0 : f32) outs(%e_l0 : tensor<64x1024xf32>) -> tensor<64x1024xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<64x256xf32>, tensor<256x1024xf32>) outs(%f_l0 : tensor<64x1024xf32>) -> tensor<64x1024xf32>
  %e_r0 = tensor.empty() : tensor<64x1024xf32>
  %a0 = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%m0 : tensor<64x1024xf32>) outs(%e_r0 : tensor<64x1024xf32>) {
  ^bb0(%in: f32, %o: f32):
    %zero = arith.constant 0.0 : f32
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<64x1024xf32>
  %e_l1 = tensor.empty() : tensor<64x256xf32>
  %z_l1 = arith.constant 0.0 : f32
  %f_l1 = linalg.fill ins(%z_l1 : f32) outs(%e_l1 : tensor<64x256xf32>) -> tensor<64x256xf32>
  %m1 = linalg.matmul ins(%a0, %w1 : tensor<64x1024xf32>, tensor<1024x256xf32>) outs(%f_l1 : tensor<64x256xf32>) -> tensor<64x256xf32>
  return %m1 : tensor<64x256xf32>
}

func.func @layer2_qkv(%x: tensor<32x384xf32>, %w0: tensor<384x1152xf32>) -> tensor<32x1152xf32> {
  %e_l0 = tensor.empty() : tensor<32x1152xf32>
  %z_l0 = arith.constant 0.0 : f32
  %f_l0 = linalg.fill ins(%z_l0 : f32) outs(%e_l0 : tensor<32x1152xf32>) -> tensor<32x1152xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<32x384xf32>, tensor<384x1152xf32>) outs(%f_l0 : tensor<32x1152xf32>) -> tensor<32x1152xf32>
  return %m0 : tensor<32x1152xf32>
}

func.func @layer2_ffn(%x: tensor<32x384xf32>, %w0: tensor<384x1536xf32>, %w1: tensor<1536x384xf32>) -> tensor<32x384xf32> {
  %e_l0 = tensor.empty() : tensor<32x1536xf32>
  %z_l0 = arith.constant 0.0 : f32
  %f_l0 = linalg.fill ins(%z_l0 : f32) outs(%e_l0 : tensor<32x1536xf32>) -> tensor<32x1536xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<32x384xf32>, tensor<384x1536xf32>) outs(%f_l0 : tensor<32x1536xf32>) -> tensor<32x1536xf32>
  %e_r0 = tensor.empty() : tensor<32x1536xf32>
  %a0 = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%m0 : tensor<32x1536xf32>) outs(%e_r0 : tensor<32x1536xf32>) {
  ^bb0(%in: f32, %o: f32):
    %zero = arith.constant 0.0 : f32
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<32x1536xf32>
  %e_l1 = tensor.empty() : tensor<32x384xf32>
  %z_l1 = arith.constant 0.0 : f32
  %f_l1 = linalg.fill ins(%z_l1 : f32) outs(%e_l1 : tensor<32x384xf32>) -> tensor<32x384xf32>
  %m1 = linalg.matmul ins(%a0, %w1 : tensor<32x1536xf32>, tensor<1536x384xf32>) outs(%f_l1 : tensor<32x384xf32>) -> tensor<32x384xf32>
  return %m1 : tensor<32x384xf32>
}

func.func @layer3_qkv(%x: tensor<128x128xf32>, %w0: tensor<128x384xf32>) -> tensor<128x384xf32> {
  %e_l0 = tensor.empty() : tensor<128x384xf32>
  %z_l0 = arith.constant 0.0 : f32
  %f_l0 = linalg.fill ins(%z_l0 : f32) outs(%e_l0 : tensor<128x384xf32>) -> tensor<128x384xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<128x128xf32>, tensor<128x384xf32>) outs(%f_l0 : tensor<128x384xf32>) -> tensor<128x384xf32>
  return %m0 : tensor<128x384xf32>
}

func.func @layer3_ffn(%x: tensor<128x128xf32>, %w0: tensor<128x512xf32>, %w1: tensor<512x128xf32>) -> tensor<128x128xf32> {
  %e_l0 = tensor.empty() : tensor<128x512xf32>
  %z_l0 = arith.constant 0.0 : f32
  %f_l0 = linalg.fill ins(%z_l0 : f32) outs(%e_l0 : tensor<128x512xf32>) -> tensor<128x512xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<128x128xf32>, tensor<128x512xf32>) outs(%f_l0 : tensor<128x512xf32>) -> tensor<128x512xf32>
  %e_r0 = tensor.empty() : tensor<128x512xf32>
  %a0 = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%m0 : tensor<128x512xf32>) outs(%e_r0 : tensor<128x512xf32>) {
  ^bb0(%in: f32, %o: f32):
    %zero = arith.constant 0.0 : f32
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<128x512xf32>
  %e_l1 = tensor.empty() : tensor<128x128xf32>
  %z_l1 = arith.constant 0.0 : f32
  %f_l1 = linalg.fill ins(%z_l1 : f32) outs(%e_l1 : tensor<128x128xf32>) -> tensor<128x128xf32>
  %m1 = linalg.matmul ins(%a0, %w1 : tensor<128x512xf32>, tensor<512x128xf32>) outs(%f_l1 : tensor<128x128xf32>) -> tensor<128x128xf32>
  return %m1 : tensor<128x128xf32>
}
