/* Near-duplicates: functions whose canonical forms are equal but for the
 * values of some constant slots (loop bounds, strides, byte offsets, float
 * splats; uk_param_slot says which constants may become values) merge into
 * one kernel that takes the differing constants as extra parameters. Each
 * member keeps its symbol as a thunk that passes its own constants.
 *
 * Slots whose values differ between members become parameters; slots that
 * hold the same values in every member share one parameter (a bound used
 * twice is passed once); slots equal in all members stay constants in the
 * kernel. A group merges only when that saves code generation: instruction
 * selection runs once on the body instead of once per distinct body, but
 * every member's thunk passes its constants and the kernel reads them from
 * registers. The rule (MAX_PARAMS, MIN_BODY, COST_FACTOR) is below; a group
 * that fails it is counted with its reason, and its exact duplicates still
 * merge. */
#include "dedupe/dedupe.h"

#include <stdlib.h>
#include <string.h>

/* More parameters than this do not fit the argument registers that a
 * dispatch function leaves free, and each costs every caller. */
#define MAX_PARAMS 16
/* Under this many instructions the call costs more than one more body. */
#define MIN_BODY 20
/* Codegen saved (bodies not compiled, in instructions) must exceed this
 * many times what the parameters cost (an argument per member and per use). */
#define COST_FACTOR 2

static bool same_slot(const uk_fn_summary *const *ms, uint32_t n, uint32_t a, uint32_t b) {
  for (uint32_t k = 0; k < n; k++)
    if (ms[k]->consts[2 * a] != ms[k]->consts[2 * b] || ms[k]->consts[2 * a + 1] != ms[k]->consts[2 * b + 1])
      return false;
  return true;
}

static bool slot_varies(const uk_fn_summary *const *ms, uint32_t n, uint32_t s) {
  for (uint32_t k = 1; k < n; k++)
    if (ms[k]->consts[2 * s + 1] != ms[0]->consts[2 * s + 1]) return true;
  return false;
}

const char *uk_near_params(const uk_fn_summary *const *ms, uint32_t n, uint32_t distinct, uk_class *cls) {
  uint32_t slots = ms[0]->num_slots;
  uint32_t *slot_param = uk_xcalloc(slots ? slots : 1, sizeof *slot_param);
  uint32_t *param_slot = uk_xcalloc(MAX_PARAMS + 1, sizeof *param_slot);
  uint32_t np = 0;
  for (uint32_t s = 0; s < slots; s++) {
    slot_param[s] = UINT32_MAX;
    if (!slot_varies(ms, n, s)) continue;
    uint32_t p = 0;
    while (p < np && !same_slot(ms, n, param_slot[p], s)) p++;
    if (p == np) {
      if (np == MAX_PARAMS) {
        free(slot_param);
        free(param_slot);
        return "near-duplicates: more than 16 constants differ";
      }
      param_slot[np++] = s;
    }
    slot_param[s] = p;
  }
  uint64_t body = ms[0]->num_instructions;
  uint64_t saved = (uint64_t)(distinct - 1) * body;
  uint64_t cost = (uint64_t)COST_FACTOR * (n + 1) * np;
  const char *why = NULL;
  if (body < MIN_BODY) why = "near-duplicates: body under 20 instructions, a call costs more than it saves";
  else if (saved <= cost) why = "near-duplicates: passing the constants costs more than the bodies saved";
  if (why) {
    free(slot_param);
    free(param_slot);
    return why;
  }
  cls->num_params = np;
  cls->num_slots = slots;
  cls->slot_param = slot_param;
  cls->param_slot = param_slot;
  return NULL;
}
