/* The selection chain's building blocks, for each architecture's select.c:
 * UK_TRY calls the named tile entry and returns 1 when the element types,
 * tile shape and cpu_data bits match. */
#ifndef UKLINK_SELECT_H
#define UKLINK_SELECT_H
#include "ukernel.h"

#define UK_TYPES_f32f32f32 UK_MMT4D_F32F32F32
#define UK_TYPES_f16f16f32 UK_MMT4D_F16F16F32
#define UK_TYPES_f16f16f16 UK_MMT4D_F16F16F16
#define UK_TYPES_bf16bf16f32 UK_MMT4D_BF16BF16F32
#define UK_TYPES_s16s16s32 UK_MMT4D_S16S16S32
#define UK_TYPES_s8s8s32 UK_MMT4D_S8S8S32

#define UK_TYPES_f32f32f32 UK_MMT4D_F32F32F32
#define UK_TYPES_f16f16f32 UK_MMT4D_F16F16F32
#define UK_TYPES_bf16bf16f32 UK_MMT4D_BF16BF16F32
#define UK_TYPES_s16s16s32 UK_MMT4D_S16S16S32
#define UK_TYPES_s8s8s32 UK_MMT4D_S8S8S32

#define UK_TRY(types, m0, n0, k0, isa, level)                                                     \
  {                                                                                               \
    uk_i32 iree_uk_mmt4d_##types##_##m0##x##n0##x##k0##_##isa(UK_MMT4D_PARAMS);                      \
    if (type == UK_TYPES_##types && M0 == m0 && N0 == n0 && K0 == k0 && (bits & (level)) == (level)) { \
      iree_uk_mmt4d_##types##_##m0##x##n0##x##k0##_##isa(UK_MMT4D_ARGS);                           \
      return 1;                                                                                   \
    }                                                                                             \
  }
#define UK_TRY_M0S_16(types, n0, k0, isa, level)                                                    \
  UK_TRY(types, 1, n0, k0, isa, level) UK_TRY(types, 2, n0, k0, isa, level)                        \
  UK_TRY(types, 4, n0, k0, isa, level) UK_TRY(types, 8, n0, k0, isa, level)                        \
  UK_TRY(types, 16, n0, k0, isa, level)
#define UK_TRY_M0S_8(types, n0, k0, isa, level)                                                     \
  UK_TRY(types, 1, n0, k0, isa, level) UK_TRY(types, 2, n0, k0, isa, level)                        \
  UK_TRY(types, 4, n0, k0, isa, level) UK_TRY(types, 8, n0, k0, isa, level)
#define UK_TRY_M0S_1248(types, n0, k0, isa, level)                                                  \
  UK_TRY(types, 1, n0, k0, isa, level) UK_TRY(types, 2, n0, k0, isa, level)                        \
  UK_TRY(types, 4, n0, k0, isa, level) UK_TRY(types, 8, n0, k0, isa, level)

#endif
