func.func @f16_0(%x: tensor<16x512xf16>, %w0: tensor<512x256xf16>) -> tensor<16x256xf32> {
  %e_l0 = tensor.empty() : tensor<16x256xf32>
  %z_l0 = arith.constant 0.0 : f32
  %f_l0 = linalg.fill ins(%z_l0 : f32) outs(%e_l0 : tensor<16x256xf32>) -> tensor<16x256xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<16x512xf16>, tensor<512x256xf16>) outs(%f_l0 : tensor<16x256xf32>) -> tensor<16x256xf32>
  return %m0 : tensor<16x256xf32>
}

func.func @bf16_0(%x: tensor<16x512xbf16>, %w0: tensor<512x256xbf16>) -> tensor<16x256xf32> {
  %e_l0 = tensor.empty() : tensor<16x256xf32>
  %z_l0 = arith.constant 0.0 : f32
  %f_l0 = linalg.fill ins(%z_l0 : f32) outs(%e_l0 : tensor<16x256xf32>) -> tensor<16x256xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<16x512xbf16>, tensor<512x256xbf16>) outs(%f_l0 : tensor<16x256xf32>) -> tensor<16x256xf32>
  return %m0 : tensor<16x256xf32>
}

func.func @f16_1(%x: tensor<32x256xf16>, %w0: tensor<256x512xf16>) -> tensor<32x512xf32> {
  %e_l0 = tensor.empty() : tensor<32x512xf32>
  %z_l0 = arith.constant 0.0 : f32
  %f_l0 = linalg.fill ins(%z_l0 : f32) outs(%e_l0 : tensor<32x512xf32>) -> tensor<32x512xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<32x256xf16>, tensor<256x512xf16>) outs(%f_l0 : tensor<32x512xf32>) -> tensor<32x512xf32>
  return %m0 : tensor<32x512xf32>
}

func.func @bf16_1(%x: tensor<32x256xbf16>, %w0: tensor<256x512xbf16>) -> tensor<32x512xf32> {
  %e_l0 = tensor.empty() : tensor<32x512xf32>
  %z_l0 = arith.constant 0.0 : f32
  %f_l0 = linalg.fill ins(%z_l0 : f32) outs(%e_l0 : tensor<32x512xf32>) -> tensor<32x512xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<32x256xbf16>, tensor<256x512xbf16>) outs(%f_l0 : tensor<32x512xf32>) -> tensor<32x512xf32>
  return %m0 : tensor<32x512xf32>
}

func.func @f16_2(%x: tensor<8x768xf16>, %w0: tensor<768x768xf16>) -> tensor<8x768xf32> {
  %e_l0 = tensor.empty() : tensor<8x768xf32>
  %z_l0 = arith.constant 0.0 : f32
  %f_l0 = linalg.fill ins(%z_l0 : f32) outs(%e_l0 : tensor<8x768xf32>) -> tensor<8x768xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<8x768xf16>, tensor<768x768xf16>) outs(%f_l0 : tensor<8x768xf32>) -> tensor<8x768xf32>
  return %m0 : tensor<8x768xf32>
}

func.func @bf16_2(%x: tensor<8x768xbf16>, %w0: tensor<768x768xbf16>) -> tensor<8x768xf32> {
  %e_l0 = tensor.empty() : tensor<8x768xf32>
  %z_l0 = arith.constant 0.0 : f32
  %f_l0 = linalg.fill ins(%z_l0 : f32) outs(%e_l0 : tensor<8x768xf32>) -> tensor<8x768xf32>
  %m0 = linalg.matmul ins(%x, %w0 : tensor<8x768xbf16>, tensor<768x768xbf16>) outs(%f_l0 : tensor<8x768xf32>) -> tensor<8x768xf32>
  return %m0 : tensor<8x768xf32>
}
