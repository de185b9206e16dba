func.func @qmatmul0(%x: tensor<16x256xi8>, %w0: tensor<256x256xi8>) -> tensor<16x256xi32> {
  %e_l0 = tensor.empty() : tensor<16x256xi32>
  %z_l0 = arith.constant 0 : i32
  %f_l0 = linalg.fill ins(%z_l0 : i32) outs(%e_l0 : tensor<16x256xi32>) -> tensor<16x256xi32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<16x256xi8>, tensor<256x256xi8>) outs(%f_l0 : tensor<16x256xi32>) -> tensor<16x256xi32>
  return %m0 : tensor<16x256xi32>
}

func.func @qmatmul1(%x: tensor<32x512xi8>, %w0: tensor<512x128xi8>) -> tensor<32x128xi32> {
  %e_l0 = tensor.empty() : tensor<32x128xi32>
  %z_l0 = arith.constant 0 : i32
  %f_l0 = linalg.fill ins(%z_l0 : i32) outs(%e_l0 : tensor<32x128xi32>) -> tensor<32x128xi32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<32x512xi8>, tensor<512x128xi8>) outs(%f_l0 : tensor<32x128xi32>) -> tensor<32x128xi32>
  return %m0 : tensor<32x128xi32>
}

func.func @qmatmul2(%x: tensor<8x1024xi8>, %w0: tensor<1024x512xi8>) -> tensor<8x512xi32> {
  %e_l0 = tensor.empty() : tensor<8x512xi32>
  %z_l0 = arith.constant 0 : i32
  %f_l0 = linalg.fill ins(%z_l0 : i32) outs(%e_l0 : tensor<8x512xi32>) -> tensor<8x512xi32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<8x1024xi8>, tensor<1024x512xi8>) outs(%f_l0 : tensor<8x512xi32>) -> tensor<8x512xi32>
  return %m0 : tensor<8x512xi32>
}

func.func @qmatmul3(%x: tensor<64x128xi8>, %w0: tensor<128x64xi8>) -> tensor<64x64xi32> {
  %e_l0 = tensor.empty() : tensor<64x64xi32>
  %z_l0 = arith.constant 0 : i32
  %f_l0 = linalg.fill ins(%z_l0 : i32) outs(%e_l0 : tensor<64x64xi32>) -> tensor<64x64xi32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<64x128xi8>, tensor<128x64xi8>) outs(%f_l0 : tensor<64x64xi32>) -> tensor<64x64xi32>
  return %m0 : tensor<64x64xi32>
}
