/* aarch64 NEON FP16 tiles: f16f16f16, N0 = 8, K0 = 1, accumulating in f16
 * with fused multiply-adds (one rounding per step, as the ABI's intermediate
 * roundings); with SKIP_INTERMEDIATE_ROUNDINGS in f32, rounded once. */
#include <arm_neon.h>

#include "../ukernel.h"

#define UK_DEFINE_FP16(M0)                                                                               \
  static inline __attribute__((always_inline)) void tile_fp16_##M0(                                     \
      __fp16 *restrict out, const __fp16 *restrict lhs, const __fp16 *restrict rhs, uk_i64 K, uk_u32 flags) { \
    int acc_in = (flags & UK_MMT4D_ACCUMULATE) != 0;                                                     \
    if (flags & UK_MMT4D_SKIP_INTERMEDIATE_ROUNDINGS) {                                                  \
      float32x4_t acc[M0][2];                                                                            \
      for (int m = 0; m < M0; m++) {                                                                     \
        float16x8_t o = acc_in ? vld1q_f16(out + m * 8) : vdupq_n_f16(0);                                \
        acc[m][0] = vcvt_f32_f16(vget_low_f16(o));                                                       \
        acc[m][1] = vcvt_f32_f16(vget_high_f16(o));                                                      \
      }                                                                                                  \
      for (uk_i64 k = 0; k < K; k++) {                                                                   \
        float16x8_t r = vld1q_f16(rhs + k * 8);                                                          \
        float32x4_t r0 = vcvt_f32_f16(vget_low_f16(r)), r1 = vcvt_f32_f16(vget_high_f16(r));             \
        for (int m = 0; m < M0; m++) {                                                                   \
          float l = (float)lhs[k * M0 + m];                                                              \
          acc[m][0] = vfmaq_n_f32(acc[m][0], r0, l);                                                     \
          acc[m][1] = vfmaq_n_f32(acc[m][1], r1, l);                                                     \
        }                                                                                                \
      }                                                                                                  \
      for (int m = 0; m < M0; m++)                                                                       \
        vst1q_f16(out + m * 8, vcombine_f16(vcvt_f16_f32(acc[m][0]), vcvt_f16_f32(acc[m][1])));          \
      return;                                                                                            \
    }                                                                                                    \
    float16x8_t acc[M0];                                                                                 \
    for (int m = 0; m < M0; m++) acc[m] = acc_in ? vld1q_f16(out + m * 8) : vdupq_n_f16(0);              \
    for (uk_i64 k = 0; k < K; k++) {                                                                     \
      float16x8_t r = vld1q_f16(rhs + k * 8);                                                            \
      for (int m = 0; m < M0; m++) acc[m] = vfmaq_n_f16(acc[m], r, lhs[k * M0 + m]);                     \
    }                                                                                                    \
    for (int m = 0; m < M0; m++) vst1q_f16(out + m * 8, acc[m]);                                         \
  }                                                                                                      \
  UK_DEFINE_MMT4D_ENTRY(iree_uk_mmt4d_f16f16f16_##M0##x8x1_aarch64_neon_fp16, tile_fp16_##M0, M0, 8,     \
                        __fp16, __fp16, __fp16)

UK_DEFINE_FP16(1)
UK_DEFINE_FP16(2)
UK_DEFINE_FP16(4)
UK_DEFINE_FP16(8)
