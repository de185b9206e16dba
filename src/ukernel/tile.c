/* Which tiles the generate stage can build. Asked twice: when a call is
 * specialized (a tile that cannot be generated is never named, the call
 * goes to the generic entry) and when generate meets a tile declaration it
 * must define (one it cannot is an error saying why). */
#include "ukernel/ukernel.h"

#include <stdio.h>
#include <string.h>

bool uk_tile_generatable(const uk_mmt4d_name *t, char *why, size_t why_len) {
  const char *reason = NULL;
  bool f16 = t->type == UK_TYPE_F16F16F32 || t->type == UK_TYPE_F16F16F16;
  if (t->type == UK_TYPE_S16U4S32 || t->type == UK_TYPE_S8S4S32) reason = "4-bit element types are not generated";
  /* f16 conversions need F16C on x86_64; rounding to f16 needs Zfhmin on riscv64 */
  else if (f16 && !strcmp(t->arch, "x86_64") && !strcmp(t->isa, "base")) reason = "f16 needs the avx2_fma level or above";
  else if (t->type == UK_TYPE_F16F16F16 && !strcmp(t->arch, "riscv64")) reason = "f16 outputs are not generated for riscv64";
  else if (t->m0 > 64 || t->n0 > 256 || t->k0 > 16 || t->m0 * t->n0 > 1024) reason = "the tile is too large to generate";
  else if (!uk_isa_features(t->arch, t->isa)) reason = "unknown ISA level";
  if (reason && why) snprintf(why, why_len, "%s", reason);
  return reason == NULL;
}
