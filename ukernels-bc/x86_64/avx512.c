/* x86_64 AVX-512 tiles (IREE's avx512_base level: F, CD, VL, DQ, BW):
 * N0 = 16, M0 in 1, 2, 4, 8, 16. */
#define UK_VW 16
#define UK_N0 16
#define UK_ISA x86_64_avx512_base
#define UK_DOT_S16(acc, a, b) ((acc) + (uk_vi)_mm512_madd_epi16((__m512i)(a), (__m512i)(b)))
#include <immintrin.h>

#include "../tiles.h"

#define UK_ALL(DEFINE) DEFINE(1) DEFINE(2) DEFINE(4) DEFINE(8) DEFINE(16)
UK_ALL(UK_DEFINE_F32)
UK_ALL(UK_DEFINE_F16)
UK_ALL(UK_DEFINE_BF16)
UK_ALL(UK_DEFINE_S16)
UK_ALL(UK_DEFINE_S8)
