/* iree_uk_mmt4d, the IREE-compatible entry point: a fast tile for the
 * element types, tile shape and CPU features when the architecture has one
 * (iree_uk_mmt4d_arch, per architecture), the generic one otherwise. */
#include "ukernel.h"

int iree_uk_mmt4d_arch(UK_MMT4D_PARAMS);

uk_i32 iree_uk_mmt4d(UK_MMT4D_PARAMS) {
  if (M <= 0 || N <= 0) return 0;
  if (iree_uk_mmt4d_arch(UK_MMT4D_ARGS)) return 0;
  return iree_uk_mmt4d_generic(UK_MMT4D_ARGS);
}
