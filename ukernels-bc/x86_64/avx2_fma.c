/* x86_64 AVX2+FMA tiles (IREE's avx2_fma level): N0 = 8, M0 in 1, 2, 4, 8. */
#define UK_VW 8
#define UK_N0 8
#define UK_ISA x86_64_avx2_fma
#define UK_DOT_S16(acc, a, b) ((acc) + (uk_vi)_mm256_madd_epi16((__m256i)(a), (__m256i)(b)))
#include <immintrin.h>

#include "../tiles.h"

UK_DEFINE_F32(1)
UK_DEFINE_F32(2)
UK_DEFINE_F32(4)
UK_DEFINE_F32(8)
UK_DEFINE_F16(1)
UK_DEFINE_F16(2)
UK_DEFINE_F16(4)
UK_DEFINE_F16(8)
UK_DEFINE_BF16(1)
UK_DEFINE_BF16(2)
UK_DEFINE_BF16(4)
UK_DEFINE_BF16(8)
UK_DEFINE_S16(1)
UK_DEFINE_S16(2)
UK_DEFINE_S16(4)
UK_DEFINE_S16(8)
UK_DEFINE_S8(1)
UK_DEFINE_S8(2)
UK_DEFINE_S8(4)
UK_DEFINE_S8(8)
