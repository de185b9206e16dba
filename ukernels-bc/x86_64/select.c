/* Runtime selection of an x86_64 tile by the element types, the tile shape
 * and cpu_data[0], best ISA level first. A chain of comparisons, not a table:
 * the library has no data. */
#include "../select.h"

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
