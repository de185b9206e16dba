/* Runtime selection of an aarch64 tile by the element types, the tile shape
 * and cpu_data[0], best ISA level first. */
#include "../select.h"

int iree_uk_mmt4d_arch(UK_MMT4D_PARAMS) {
  uk_u64 bits = cpu_data ? cpu_data[0] : 0;
  uk_u32 type = flags & UK_MMT4D_TYPE_MASK;
  UK_TRY(s8s8s32, 2, 8, 8, aarch64_neon_i8mm, UK_ARM_I8MM)
  UK_TRY(s8s8s32, 4, 8, 8, aarch64_neon_i8mm, UK_ARM_I8MM)
  UK_TRY(s8s8s32, 8, 8, 8, aarch64_neon_i8mm, UK_ARM_I8MM)
  UK_TRY_M0S_1248(s8s8s32, 8, 4, aarch64_neon_dotprod, UK_ARM_DOTPROD)
  UK_TRY_M0S_1248(bf16bf16f32, 8, 2, aarch64_neon_bf16, UK_ARM_BF16)
  UK_TRY_M0S_1248(f16f16f16, 8, 1, aarch64_neon_fp16, UK_ARM_FULLFP16)
  UK_TRY_M0S_1248(f32f32f32, 8, 1, aarch64_neon, 0)
  UK_TRY_M0S_1248(f16f16f32, 8, 1, aarch64_neon, 0)
  UK_TRY_M0S_1248(bf16bf16f32, 8, 2, aarch64_neon, 0)
  UK_TRY_M0S_1248(s16s16s32, 8, 2, aarch64_neon, 0)
  UK_TRY_M0S_1248(s8s8s32, 8, 2, aarch64_neon, 0)
  return 0;
}
