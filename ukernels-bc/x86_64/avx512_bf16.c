/* x86_64 AVX-512 BF16 tiles: bf16bf16f32, N0 = 16, K0 = 2, with vdpbf16ps. */
#define UK_VW 16
#define UK_N0 16
#define UK_ISA x86_64_avx512_bf16
#define UK_DOT_S16(acc, a, b) ((acc) + (uk_vi)_mm512_madd_epi16((__m512i)(a), (__m512i)(b)))
#define UK_DOT_BF16(acc, a, b) ((uk_vf)_mm512_dpbf16_ps((__m512)(acc), (__m512bh)(a), (__m512bh)(b)))
#include <immintrin.h>

#include "../tiles.h"

#define UK_ALL(DEFINE) DEFINE(1) DEFINE(2) DEFINE(4) DEFINE(8) DEFINE(16)
UK_ALL(UK_DEFINE_BF16)
