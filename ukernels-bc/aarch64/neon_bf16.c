/* aarch64 NEON BF16 tiles: bf16bf16f32, N0 = 8, K0 = 2, with bfdot. */
#include <arm_neon.h>

#define UK_VW 8
#define UK_N0 8
#define UK_ISA aarch64_neon_bf16
#define UK_DOT_S16(acc, a, b) UK_DOT_S16_PORTABLE(acc, a, b)
#define UK_DOT_BF16(acc, a, b) uk_bfdot8((acc), (a), (b))
#include "../tiles.h"

/* 8 lanes are two q registers */
UK_INLINE uk_vf uk_bfdot8(uk_vf acc, uk_vu a, uk_vu b) {
  float32x4_t lo, hi;
  __builtin_memcpy(&lo, &acc, 16);
  __builtin_memcpy(&hi, (char *)&acc + 16, 16);
  bfloat16x8_t alo, ahi, blo, bhi;
  __builtin_memcpy(&alo, &a, 16);
  __builtin_memcpy(&ahi, (char *)&a + 16, 16);
  __builtin_memcpy(&blo, &b, 16);
  __builtin_memcpy(&bhi, (char *)&b + 16, 16);
  lo = vbfdotq_f32(lo, alo, blo);
  hi = vbfdotq_f32(hi, ahi, bhi);
  uk_vf r;
  __builtin_memcpy(&r, &lo, 16);
  __builtin_memcpy((char *)&r + 16, &hi, 16);
  return r;
}

#define UK_ALL(DEFINE) DEFINE(1) DEFINE(2) DEFINE(4) DEFINE(8)
UK_ALL(UK_DEFINE_BF16)
