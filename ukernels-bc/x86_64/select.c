/* Runtime selection of an x86_64 tile by the element types, the tile shape
 * and cpu_data[0], best ISA level first. A chain of comparisons, not a table:
 * the library has no data. */
#include "../ukernel.h"

#define UK_TYPES_f32f32f32 UK_MMT4D_F32F32F32
#define UK_TYPES_f16f16f32 UK_MMT4D_F16F16F32
#define UK_TYPES_bf16bf16f32 UK_MMT4D_BF16BF16F32
#define UK_TYPES_s16s16s32 UK_MMT4D_S16S16S32
#define UK_TYPES_s8s8s32 UK_MMT4D_S8S8S32

#define UK_TRY(types, m0, n0, k0, isa, level)                                                     \
  {                                                                                               \
    void iree_uk_mmt4d_##types##_##m0##x##n0##x##k0##_##isa(UK_MMT4D_PARAMS);                      \
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

int iree_uk_mmt4d_arch(UK_MMT4D_PARAMS) {
  uk_u64 bits = cpu_data ? cpu_data[0] : 0;
  uk_u32 type = flags & UK_MMT4D_TYPE_MASK;
  UK_TRY_M0S_16(bf16bf16f32, 16, 2, x86_64_avx512_bf16, UK_X86_LEVEL_AVX512_BF16)
  UK_TRY_M0S_16(s8s8s32, 16, 2, x86_64_avx512_vnni, UK_X86_LEVEL_AVX512_VNNI)
  UK_TRY_M0S_16(s16s16s32, 16, 2, x86_64_avx512_vnni, UK_X86_LEVEL_AVX512_VNNI)
  UK_TRY_M0S_16(f32f32f32, 16, 1, x86_64_avx512_base, UK_X86_LEVEL_AVX512_BASE)
  UK_TRY_M0S_16(f16f16f32, 16, 1, x86_64_avx512_base, UK_X86_LEVEL_AVX512_BASE)
  UK_TRY_M0S_16(bf16bf16f32, 16, 2, x86_64_avx512_base, UK_X86_LEVEL_AVX512_BASE)
  UK_TRY_M0S_16(s16s16s32, 16, 2, x86_64_avx512_base, UK_X86_LEVEL_AVX512_BASE)
  UK_TRY_M0S_16(s8s8s32, 16, 2, x86_64_avx512_base, UK_X86_LEVEL_AVX512_BASE)
  UK_TRY_M0S_8(f32f32f32, 8, 1, x86_64_avx2_fma, UK_X86_LEVEL_AVX2_FMA)
  UK_TRY_M0S_8(f16f16f32, 8, 1, x86_64_avx2_fma, UK_X86_LEVEL_AVX2_FMA)
  UK_TRY_M0S_8(bf16bf16f32, 8, 2, x86_64_avx2_fma, UK_X86_LEVEL_AVX2_FMA)
  UK_TRY_M0S_8(s16s16s32, 8, 2, x86_64_avx2_fma, UK_X86_LEVEL_AVX2_FMA)
  UK_TRY_M0S_8(s8s8s32, 8, 2, x86_64_avx2_fma, UK_X86_LEVEL_AVX2_FMA)
  return 0;
}
