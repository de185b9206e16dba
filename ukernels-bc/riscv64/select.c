/* Runtime selection of a riscv64 tile: the RVV tiles need the V extension. */
#include "../select.h"

int iree_uk_mmt4d_arch(UK_MMT4D_PARAMS) {
  uk_u64 bits = cpu_data ? cpu_data[0] : 0;
  uk_u32 type = flags & UK_MMT4D_TYPE_MASK;
  UK_TRY_M0S_1248(f32f32f32, 8, 1, riscv64_rvv, UK_RV_V)
  UK_TRY_M0S_1248(bf16bf16f32, 8, 2, riscv64_rvv, UK_RV_V)
  UK_TRY_M0S_1248(s16s16s32, 8, 2, riscv64_rvv, UK_RV_V)
  UK_TRY_M0S_1248(s8s8s32, 8, 2, riscv64_rvv, UK_RV_V)
  return 0;
}
