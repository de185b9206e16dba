/* fingerprint: a function's canonical form and its BLAKE3, independent of
 * its name and of the module it is in; what both dedupe rounds compare. */
#ifndef UKLINK_FINGERPRINT_H
#define UKLINK_FINGERPRINT_H

#include "support/support.h"

/* ---- fingerprint/fingerprint.c -------------------------------------------- */
typedef struct uk_fingerprint {
  bool eligible;
  const char *reason;
  uint8_t hash[UK_HASH_LEN];
  uk_buf bytes;
  uint32_t *refs;
  uint32_t num_refs;
  uint32_t num_instructions;
} uk_fingerprint;
/* Fingerprints every function of m; out has one entry per function, in
 * module order (declarations are ineligible). With mask_constants the values
 * of scalar constants and constant data are left out: equal such prints
 * tell functions that differ only in constants (shapes), for the report. */
void uk_fingerprint_module(LLVMModuleRef m, uk_fingerprint *out, uint32_t num_fns, bool mask_constants);
void uk_fingerprint_free(uk_fingerprint *fp);

#endif
