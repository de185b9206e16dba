/* x86_64 AVX-512 VNNI tiles: s8s8s32 and s16s16s32, N0 = 16, K0 = 2, with
 * vpdpwssd (s8 sign-extended to s16), which fuses the pairwise multiply and
 * the accumulation. */
#define UK_VW 16
#define UK_N0 16
#define UK_ISA x86_64_avx512_vnni
#define UK_DOT_S16(acc, a, b) ((uk_vi)_mm512_dpwssd_epi32((__m512i)(acc), (__m512i)(a), (__m512i)(b)))
#include <immintrin.h>

#include "../tiles.h"

#define UK_ALL(DEFINE) DEFINE(1) DEFINE(2) DEFINE(4) DEFINE(8) DEFINE(16)
UK_ALL(UK_DEFINE_S16)
UK_ALL(UK_DEFINE_S8)
