/* riscv64 RVV tiles: N0 = 8, M0 in 1, 2, 4, 8: f32, bf16 (widened exactly),
 * s16 and s8 (K0 = 2), in fixed-length vector code that LLVM maps onto RVV
 * (8 x 32 bits: LMUL 2 at VLEN 128, LMUL 1 from VLEN 256). */
#define UK_VW 8
#define UK_N0 8
#define UK_ISA riscv64_rvv
#define UK_DOT_S16(acc, a, b) UK_DOT_S16_PORTABLE(acc, a, b)
#include "../tiles.h"

#define UK_ALL(DEFINE) DEFINE(1) DEFINE(2) DEFINE(4) DEFINE(8)
UK_ALL(UK_DEFINE_F32)
UK_ALL(UK_DEFINE_BF16)
UK_ALL(UK_DEFINE_S16)
UK_ALL(UK_DEFINE_S8)
