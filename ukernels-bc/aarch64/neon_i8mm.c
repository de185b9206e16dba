/* aarch64 NEON I8MM tiles: s8s8s32, N0 = 8, K0 = 8, with smmla. smmla adds
 * to a 2x2 block of s32 the products of a 2x8 LHS block and the transpose
 * of a 2x8 RHS block: two LHS rows of one k step are 16 contiguous bytes, and
 * so are two RHS columns. acc[r][c] holds rows 2r, 2r+1 x columns 2c, 2c+1
 * as {(2r,2c), (2r,2c+1), (2r+1,2c), (2r+1,2c+1)}. */
#include <arm_neon.h>

#include "../ukernel.h"

#define UK_DEFINE_MM(M0)                                                                                 \
  static inline __attribute__((always_inline)) void tile_mm_##M0(int *restrict out, const signed char *restrict lhs, \
                                                                 const signed char *restrict rhs, uk_i64 K,          \
                                                                 uk_u32 flags) {                                     \
    enum { R = M0 / 2 };                                                                                 \
    int32x4_t acc[R][4];                                                                                 \
    for (int r = 0; r < R; r++)                                                                          \
      for (int c = 0; c < 4; c++) {                                                                      \
        if (flags & UK_MMT4D_ACCUMULATE) {                                                               \
          int32x2_t top = vld1_s32(out + (2 * r) * 8 + 2 * c);                                           \
          int32x2_t bottom = vld1_s32(out + (2 * r + 1) * 8 + 2 * c);                                    \
          acc[r][c] = vcombine_s32(top, bottom);                                                         \
        } else {                                                                                         \
          acc[r][c] = vdupq_n_s32(0);                                                                    \
        }                                                                                                \
      }                                                                                                  \
    for (uk_i64 k = 0; k < K; k++) {                                                                     \
      int8x16_t b[4];                                                                                    \
      for (int c = 0; c < 4; c++) b[c] = vld1q_s8(rhs + k * 64 + c * 16);                                \
      for (int r = 0; r < R; r++) {                                                                      \
        int8x16_t a = vld1q_s8(lhs + k * M0 * 8 + r * 16);                                               \
        for (int c = 0; c < 4; c++) acc[r][c] = vmmlaq_s32(acc[r][c], a, b[c]);                          \
      }                                                                                                  \
    }                                                                                                    \
    for (int r = 0; r < R; r++)                                                                          \
      for (int c = 0; c < 4; c++) {                                                                      \
        vst1_s32(out + (2 * r) * 8 + 2 * c, vget_low_s32(acc[r][c]));                                    \
        vst1_s32(out + (2 * r + 1) * 8 + 2 * c, vget_high_s32(acc[r][c]));                               \
      }                                                                                                  \
  }                                                                                                      \
  UK_DEFINE_MMT4D_ENTRY(iree_uk_mmt4d_s8s8s32_##M0##x8x8_aarch64_neon_i8mm, tile_mm_##M0, M0, 8,         \
                        signed char, signed char, int)

UK_DEFINE_MM(2)
UK_DEFINE_MM(4)
UK_DEFINE_MM(8)
