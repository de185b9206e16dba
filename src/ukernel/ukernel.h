/* ukernel: the mmt4d ukernel ABI as uklink reads it (docs/ukernels.md):
 * element types, the tile entries' names, ISA levels and their features,
 * the cpu_data bits, and which tiles can be generated. Plain C, no LLVM
 * call: link (specializing calls) and generate (building tiles) both read
 * the ABI here, and test/ukernel checks it on its own. */
#ifndef UKLINK_UKERNEL_H
#define UKLINK_UKERNEL_H

#include "support/support.h"

/* mmt4d element types: the ABI's flags bits 0-7 */
enum {
  UK_TYPE_F32F32F32 = 1, UK_TYPE_S8S8S32, UK_TYPE_F16F16F32, UK_TYPE_F16F16F16, UK_TYPE_BF16BF16F32,
  UK_TYPE_BF16BF16BF16, UK_TYPE_S16S16S32, UK_TYPE_S16U4S32, UK_TYPE_S16S8S32, UK_TYPE_S8S4S32,
};

/* iree_uk_mmt4d(lhs, lhs_offset, lhs_stride0, rhs, rhs_offset, rhs_stride0,
 * out, out_offset, out_stride0, M, N, K, M0, N0, K0, flags, cpu_data), as
 * every tile entry: from M0 on, the arguments choose the tile, and a call is
 * specialized to one only where they are constants. */
#define UK_MMT4D_NUM_ARGS 17
#define UK_MMT4D_ARG_M0 12
#define UK_MMT4D_ARG_FLAGS 15
#define UK_MMT4D_ARG_CPU_DATA 16

/* A ukernel tile entry's name: iree_uk_mmt4d_<types>_<M0>x<N0>x<K0>_<arch>_<isa>. */
typedef struct uk_mmt4d_name {
  uint32_t type;  /* flags bits 0-7 */
  int m0, n0, k0;
  char arch[16];
  char isa[48];
} uk_mmt4d_name;

/* ---- ukernel/name.c -------------------------------------------------- */
/* "f32f32f32" for UK_TYPE_F32F32F32, ...; NULL for a type the ABI lacks. */
const char *uk_mmt4d_type_name(uint32_t type);
/* Parses a tile entry's name: a known type, M0, N0, K0 each 1 to 6 digits
 * and not 0, a known architecture and any ISA level after it (whether the
 * level is known is uk_isa_features' question). false if it is none. */
bool uk_parse_mmt4d_name(const char *name, uk_mmt4d_name *out);
/* The name of t, as uk_parse_mmt4d_name reads it. */
void uk_mmt4d_format_name(const uk_mmt4d_name *t, char *out, size_t len);

/* ---- ukernel/isa.c --------------------------------------------------- */
/* The key features an ISA level of the grammar needs ("+a,+b"), or NULL. */
const char *uk_isa_features(const char *arch, const char *isa);
/* Every feature those imply: what a generated tile is compiled with. */
const char *uk_isa_full_features(const char *arch, const char *isa);
/* Sets t->arch and t->isa to the level a generated tile of type gets on a
 * CPU with target's features (and within caller's, where caller is not
 * NULL); false if the CPU has no level of arch. */
bool uk_best_isa(const char *arch, uint32_t type, const uk_feature_set *target, const uk_feature_set *caller,
                 uk_mmt4d_name *t);
/* LLVM's name for the feature bit `bit` of IREE's cpu_data[0] on arch, or
 * NULL where the bit names none uklink knows. */
const char *uk_cpu_data_feature(const char *arch, unsigned bit);

/* ---- ukernel/tile.c -------------------------------------------------- */
/* Can this tile be generated? If not, why (when why is given). */
bool uk_tile_generatable(const uk_mmt4d_name *t, char *why, size_t why_len);

#endif
