/* Runtime selection of a aarch64 tile: none yet, so the generic one runs. */
#include "../ukernel.h"

int iree_uk_mmt4d_arch(UK_MMT4D_PARAMS) {
  (void)lhs_buffer; (void)lhs_offset; (void)lhs_stride0; (void)rhs_buffer; (void)rhs_offset; (void)rhs_stride0;
  (void)out_buffer; (void)out_offset; (void)out_stride0; (void)M; (void)N; (void)K; (void)M0; (void)N0; (void)K0;
  (void)flags; (void)cpu_data;
  return 0;
}
