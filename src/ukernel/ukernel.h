/* ukernel: the mmt4d ukernel ABI as uklink reads it: element types, the
 * tile entries' names, ISA levels and their features. */
#ifndef UKLINK_UKERNEL_H
#define UKLINK_UKERNEL_H

#include "support/support.h"

/* mmt4d element types: the ABI's flags bits 0-7 */
enum {
  UK_TYPE_F32F32F32 = 1, UK_TYPE_S8S8S32, UK_TYPE_F16F16F32, UK_TYPE_F16F16F16, UK_TYPE_BF16BF16F32,
  UK_TYPE_BF16BF16BF16, UK_TYPE_S16S16S32, UK_TYPE_S16U4S32, UK_TYPE_S16S8S32, UK_TYPE_S8S4S32,
};

/* ---- link/specialize.c ------------------------------------------------ */
/* A ukernel tile entry's name: iree_uk_mmt4d_<types>_<M0>x<N0>x<K0>_<arch>_<isa>. */
typedef struct uk_mmt4d_name {
  uint32_t type;  /* flags bits 0-7 */
  int m0, n0, k0;
  char arch[16];
  char isa[48];
} uk_mmt4d_name;
bool uk_parse_mmt4d_name(const char *name, uk_mmt4d_name *out);
const char *uk_mmt4d_type_name(uint32_t type);
/* The key features an ISA level of the grammar needs ("+a,+b"), or NULL. */
const char *uk_isa_features(const char *arch, const char *isa);
/* Every feature those imply: what a generated tile is compiled with. */
const char *uk_isa_full_features(const char *arch, const char *isa);
void uk_mmt4d_format_name(const uk_mmt4d_name *t, char *out, size_t len);
/* Sets t->arch and t->isa to the level a generated tile of type gets. */
bool uk_best_isa(const char *arch, uint32_t type, const void *target_features, const void *caller_features,
                 uk_mmt4d_name *t);
/* Turns calls to iree_uk_mmt4d with a constant tile shape and flags into
 * direct calls to lib's best entry for the target, or (generate) to a tile
 * the generate stage will define; returns how many. *missing_features: the
 * features the calls' constant cpu_data says their callers were compiled
 * for and the target lacks ("+a,+b", malloc'd), or NULL. */
uint32_t uk_specialize_ukernel_calls(LLVMModuleRef lib, LLVMModuleRef *mods, uint32_t num_mods, const char *features,
                                     const char *arch, bool generate, char **missing_features);
/* Can this tile be generated? If not, why (when why is given). */
bool uk_tile_generatable(const uk_mmt4d_name *t, char *why, size_t why_len);

#endif
