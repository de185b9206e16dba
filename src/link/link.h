/* link: inputs + plan -> one LLVM module per target (with --out-dir, a
 * kernels module and one shell per input), prebuilt ukernels linked in. */
#ifndef UKLINK_LINK_H
#define UKLINK_LINK_H

#include "dedupe/dedupe.h"
#include "ukernel/ukernel.h"

/* With --out-dir, each input's module after dedupe: what only it defines;
 * its merged functions call their kernels (or are thunks that do). Each in
 * an LLVM context of its own: in a shared one, a shell's struct types would
 * be printed with suffixes that count the inputs parsed before it (%t.44),
 * and its cache key would change whenever an input before it comes or goes. */
typedef struct uk_shell {
  LLVMModuleRef module;
  uk_llvm_ctx *llvm;
} uk_shell;

typedef struct uk_linked_target {
  uk_llvm_ctx *llvm;     /* the module's context (the shells have their own), its first error and warnings */
  /* Every distinct body. With --out-dir only the kernels (hidden, so that
   * each output's link can use them) and the ukernels; else everything. */
  LLVMModuleRef module;
  uk_shell *shells;  /* --out-dir: one per input of the target, in path order */
  uint32_t num_shells;
  /* The ukernel tile entries the modules call that no library defines, sorted
   * and distinct: what generate must provide. */
  char **tiles;
  uint32_t num_tiles;
} uk_linked_target;

struct uk_linked {
  uk_linked_target *targets;
  uint32_t num_targets;
};

/* ---- link/link.c ----------------------------------------------------- */
/* A ukernel definition as every output gets it, prebuilt or generated: local
 * to the output (hidden with --out-dir, so that each output's link can use
 * the kernels object's copy) and never inlined: a tile is compiled once and
 * called. */
void uk_seal_ukernel(LLVMValueRef f, bool per_input);

/* ---- link/parameterize.c --------------------------------------------- */
/* The kernel of near-duplicate class cls (dedupe/near.c), named cls->kernel:
 * canonical member fn's body moved into a function of m that takes fn's
 * parameters and then cls's, each replacing the constants of its slots.
 * fn is left without a body. s: fn's summary. NULL if fn's slots are not
 * the plan's (then fn is untouched). */
LLVMValueRef uk_param_kernel(LLVMModuleRef m, LLVMValueRef fn, const uk_class *cls, const uk_fn_summary *s);
/* The type of that kernel, for a function of type fnty (s: any member's
 * summary: they agree on the parameters' types). */
LLVMTypeRef uk_param_kernel_type(LLVMContextRef c, LLVMTypeRef fnty, const uk_class *cls, const uk_fn_summary *s);
/* The constants member s passes its kernel (cls->num_params, malloc'd). */
LLVMValueRef *uk_member_constants(LLVMContextRef c, const uk_class *cls, const uk_fn_summary *s);

/* ---- link/tree.c ----------------------------------------------------- */
/* Modules linked into one in a tree (fan-in 8), in the order given: the
 * result is the one linking them one after another into dest gives, without
 * its quadratic cost. like: a module whose triple and data layout the
 * tree's own modules take. */
typedef struct uk_link_tree {
  LLVMModuleRef like;
  LLVMModuleRef *acc; /* per level: what it has gathered, or NULL */
  uint32_t *count;    /* per level: how many modules it has gathered */
  uint32_t levels;
  char **keepers; /* the functions that keep lazily linked definitions */
  uint32_t num_keepers;
} uk_link_tree;
void uk_link_tree_init(uk_link_tree *t, LLVMModuleRef like);
/* Links m in after everything added before (m is destroyed); false if the
 * linker failed (the context's diagnostics say why). */
bool uk_link_tree_add(uk_link_tree *t, LLVMModuleRef m);
/* Links everything added into dest and empties the tree. */
bool uk_link_tree_finish(uk_link_tree *t, LLVMModuleRef dest);
void uk_link_tree_free(uk_link_tree *t);

/* ---- link/specialize.c ----------------------------------------------- */
/* Turns calls to iree_uk_mmt4d with a constant tile shape and flags into
 * direct calls to lib's best entry for the target, or (generate) to a tile
 * the generate stage will define; returns how many. *missing_features: the
 * features the calls' constant cpu_data says their callers were compiled
 * for and the target lacks ("+a,+b", malloc'd), or NULL. */
uint32_t uk_specialize_ukernel_calls(LLVMModuleRef lib, LLVMModuleRef *mods, uint32_t num_mods, const char *features,
                                     const char *arch, bool generate, char **missing_features);

#endif
