/* generate: linked modules -> the ukernel tiles they call that no library
 * provides. */
#ifndef UKLINK_GENERATE_H
#define UKLINK_GENERATE_H

#include "link/link.h"

/* One target's generated tiles: bitcode blocks, to be linked in order. */
typedef struct uk_tiles_target {
  uk_buf *blocks;
  uint32_t num_blocks;
} uk_tiles_target;

struct uk_tiles {
  uk_tiles_target *targets; /* as the inputs' targets */
  uint32_t num_targets;
};

/* ---- generate/tile_ir.c ----------------------------------------- */
/* Adds to m the tile entry `name` for t (and its internal "<name>.tile"),
 * compiled for the architecture's baseline CPU with t's ISA level's features
 * (never for features a CPU name implies), tuned for tune_cpu. */
void uk_generate_tile(LLVMModuleRef m, const uk_mmt4d_name *t, const char *name, const char *tune_cpu);

#endif
