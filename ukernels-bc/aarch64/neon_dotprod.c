/* aarch64 NEON dot product tiles: s8s8s32, N0 = 8, K0 = 4, with sdot: each
 * 32-bit lane adds the dot product of four s8 pairs. The RHS step is 8
 * columns x 4 = 32 bytes (two q registers); each row's 4 LHS bytes are
 * broadcast as one 32-bit lane. */
#include <arm_neon.h>

#include "../ukernel.h"

#define UK_DEFINE_DOT(M0)                                                                                \
  static inline __attribute__((always_inline)) void tile_dot_##M0(int *restrict out, const signed char *restrict lhs, \
                                                                  const signed char *restrict rhs, uk_i64 K,         \
                                                                  uk_u32 flags) {                                    \
    int32x4_t acc[M0][2];                                                                                \
    for (int m = 0; m < M0; m++) {                                                                       \
      if (flags & UK_MMT4D_ACCUMULATE) {                                                                 \
        acc[m][0] = vld1q_s32(out + m * 8);                                                              \
        acc[m][1] = vld1q_s32(out + m * 8 + 4);                                                          \
      } else {                                                                                           \
        acc[m][0] = acc[m][1] = vdupq_n_s32(0);                                                          \
      }                                                                                                  \
    }                                                                                                    \
    for (uk_i64 k = 0; k < K; k++) {                                                                     \
      int8x16_t r0 = vld1q_s8(rhs + k * 32), r1 = vld1q_s8(rhs + k * 32 + 16);                           \
      for (int m = 0; m < M0; m++) {                                                                     \
        int word;                                                                                        \
        __builtin_memcpy(&word, lhs + (k * M0 + m) * 4, 4);                                              \
        int8x16_t l = vreinterpretq_s8_s32(vdupq_n_s32(word));                                           \
        acc[m][0] = vdotq_s32(acc[m][0], r0, l);                                                         \
        acc[m][1] = vdotq_s32(acc[m][1], r1, l);                                                         \
      }                                                                                                  \
    }                                                                                                    \
    for (int m = 0; m < M0; m++) {                                                                       \
      vst1q_s32(out + m * 8, acc[m][0]);                                                                 \
      vst1q_s32(out + m * 8 + 4, acc[m][1]);                                                             \
    }                                                                                                    \
  }                                                                                                      \
  UK_DEFINE_MMT4D_ENTRY(iree_uk_mmt4d_s8s8s32_##M0##x8x4_aarch64_neon_dotprod, tile_dot_##M0, M0, 8,     \
                        signed char, signed char, int)

UK_DEFINE_DOT(1)
UK_DEFINE_DOT(2)
UK_DEFINE_DOT(4)
UK_DEFINE_DOT(8)
