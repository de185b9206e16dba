func.func @mlp(%x: tensor<16x784xf32>, %w0: tensor<784x512xf32>, %w1: tensor<512x512xf32>, %w2: tensor<512x256xf32>, %w3: tensor<256x128xf32>, %w4: tensor<128x10xf32>) -> tensor<16x10xf32> {
  %e_l0 = tensor.empty() : tensor<16x512xf32>
  %z_l0 = arith.constant 0.0 : f32
  %f_l0 = linalg.fill ins(%z_l0 : f32) outs(%e_l0 : tensor<16x512xf32>) -> tensor<16x512xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<16x784xf32>, tensor<784x512xf32>) outs(%f_l0 : tensor<16x512xf32>) -> tensor<16x512xf32>
  %e_r0 = tensor.empty() : tensor<16x512xf32>
  %a0 = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%m0 : tensor<16x512xf32>) outs(%e_r0 : tensor<16x512xf32>) {
  ^bb0(%in: f32, %o: f32):
    %zero = arith.constant 0.0 : f32
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<16x512xf32>
  %e_l1 = tensor.empty() : tensor<16x512xf32>
  %z_l1 = arith.constant 0.0 : f32
  %f_l1 = linalg.fill ins(%z_l1 : f32) outs(%e_l1 : tensor<16x512xf32>) -> tensor<16x512xf32>
  %m1 = linalg.matmul ins(%a0, %w1 : tensor<16x512xf32>, tensor<512x512xf32>) outs(%f_l1 : tensor<16x512xf32>) -> tensor<16x512xf32>
  %e_r1 = tensor.empty() : tensor<16x512xf32>
  %a1 = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%m1 : tensor<16x512xf32>) outs(%e_r1 : tensor<16x512xf32>) {
  ^bb0(%in: f32, %o: f32):
    %zero = arith.constant 0.0 : f32
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<16x512xf32>
  %e_l2 = tensor.empty() : tensor<16x256xf32>
  %z_l2 = arith.constant 0.0 : f32
  %f_l2 = linalg.fill ins(%z_l2 : f32) outs(%e_l2 : tensor<16x256xf32>) -> tensor<16x256xf32>
  %m2 = linalg.matmul ins(%a1, %w2 : tensor<16x512xf32>, tensor<512x256xf32>) outs(%f_l2 : tensor<16x256xf32>) -> tensor<16x256xf32>
  %e_r2 = tensor.empty() : tensor<16x256xf32>
  %a2 = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%m2 : tensor<16x256xf32>) outs(%e_r2 : tensor<16x256xf32>) {
  ^bb0(%in: f32, %o: f32):
    %zero = arith.constant 0.0 : f32
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<16x256xf32>
  %e_l3 = tensor.empty() : tensor<16x128xf32>
  %z_l3 = arith.constant 0.0 : f32
  %f_l3 = linalg.fill ins(%z_l3 : f32) outs(%e_l3 : tensor<16x128xf32>) -> tensor<16x128xf32>
  %m3 = linalg.matmul ins(%a2, %w3 : tensor<16x256xf32>, tensor<256x128xf32>) outs(%f_l3 : tensor<16x128xf32>) -> tensor<16x128xf32>
  %e_r3 = tensor.empty() : tensor<16x128xf32>
  %a3 = linalg.generic {indexing_maps = [affine_map<(i, j) -> (i, j)>, affine_map<(i, j) -> (i, j)>], iterator_types = ["parallel", "parallel"]} ins(%m3 : tensor<16x128xf32>) outs(%e_r3 : tensor<16x128xf32>) {
  ^bb0(%in: f32, %o: f32):
    %zero = arith.constant 0.0 : f32
    %r = arith.maximumf %in, %zero : f32
    linalg.yield %r : f32
  } -> tensor<16x128xf32>
  %e_l4 = tensor.empty() : tensor<16x10xf32>
  %z_l4 = arith.constant 0.0 : f32
  %f_l4 = linalg.fill ins(%z_l4 : f32) outs(%e_l4 : tensor<16x10xf32>) -> tensor<16x10xf32>
  %m4 = linalg.matmul ins(%a3, %w4 : tensor<16x128xf32>, tensor<128x10xf32>) outs(%f_l4 : tensor<16x10xf32>) -> tensor<16x10xf32>
  return %m4 : tensor<16x10xf32>
}
