/* fingerprint: a function's canonical form and its BLAKE3, independent of
 * its name and of the module it is in; what both dedupe rounds compare. */
#ifndef UKLINK_FINGERPRINT_H
#define UKLINK_FINGERPRINT_H

#include "support/support.h"

/* ---- fingerprint/fingerprint.c -------------------------------------------- */
typedef struct uk_fingerprint {
  bool eligible;
  const char *reason;
  uint8_t hash[UK_HASH_LEN];  /* of bytes */
  uk_buf bytes;               /* the canonical form */
  uint32_t *refs;
  uint32_t num_refs;
  uint32_t num_instructions;
  /* Constant slots (uk_param_slot), in walk order: their values are part of
   * bytes (at spans), and listed apart in consts, two uvs per slot: a type
   * code (integer width, or 256 + LLVMTypeKind) and the bits. near_hash is
   * the hash of the near form, bytes without the slots' values: functions
   * equal but for slot values have equal near forms. */
  uk_buf consts;
  uint32_t num_slots;
  size_t *spans;
  uint8_t near_hash[UK_HASH_LEN];
  /* Why the function cannot be a near-duplicate's kernel, or NULL: it calls
   * itself (the call would lose its constants), makes a musttail call (the
   * kernel's extra parameters break its prototype), or reads its return or
   * frame address (the thunk's call, not always a jump, would show). */
  const char *near_reason;
} uk_fingerprint;
/* Fingerprints every function of m; out has one entry per function, in
 * module order (declarations are ineligible). With mask_constants the values
 * of scalar constants and constant data are left out: equal such prints
 * tell functions that differ only in constants (shapes), for the report. */
void uk_fingerprint_module(LLVMModuleRef m, uk_fingerprint *out, uint32_t num_fns, bool mask_constants);
void uk_fingerprint_free(uk_fingerprint *fp);
/* fp's near form into out (appended). */
void uk_fingerprint_near_form(const uk_fingerprint *fp, uk_buf *out);
/* The bits of a half, bfloat, float or double constant, exactly (NaN
 * payloads too); false for other types. */
bool uk_fp_bits(LLVMValueRef c, uint64_t *bits);
/* Is operand k of instruction i a constant slot: a scalar constant (integer
 * of 2..64 bits, half, bfloat, float, double) or a splat of one, where a
 * value may replace it without changing how the code is lowered? Not: an
 * immarg, any operand of most intrinsics, an argument of a function defined
 * in the module or one that chooses a ukernel tile, a divisor outside the
 * entry block, a GEP struct index, an extractelement/insertelement index,
 * an alloca size, a switch case, a shuffle mask. The walk order of slots (blocks,
 * instructions, operands) is the order of a fingerprint's consts. */
bool uk_param_slot(LLVMValueRef i, unsigned k, unsigned immarg_kind);
/* The scalar of a slot's constant (the constant itself, or its splat
 * element); NULL if it is neither. */
LLVMValueRef uk_param_scalar_of(LLVMValueRef c);
/* The attribute kind of immarg, for uk_param_slot. */
unsigned uk_immarg_kind(void);

#endif
