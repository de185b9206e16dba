/* generate: linked modules -> the ukernel tiles they call that no library
 * provides. */
#ifndef UKLINK_GENERATE_H
#define UKLINK_GENERATE_H

#include "link/link.h"

/* ---- generate/tile_ir.c ----------------------------------------- */
/* Adds to m the tile entry `name` for t (and its internal "<name>.tile"),
 * compiled for the architecture's baseline CPU with t's ISA level's features
 * (never for features a CPU name implies), tuned for tune_cpu. */
void uk_generate_tile(LLVMModuleRef m, const uk_mmt4d_name *t, const char *name, const char *tune_cpu);

#endif
