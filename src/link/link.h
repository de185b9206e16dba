/* link: inputs + plan -> one LLVM module per target (with --out-dir, a
 * kernels module and one shell per input), prebuilt ukernels linked in. */
#ifndef UKLINK_LINK_H
#define UKLINK_LINK_H

#include "dedupe/dedupe.h"
#include "ukernel/ukernel.h"

/* With --out-dir, each input's module after dedupe: what only it defines;
 * its merged functions call their kernels (or are thunks that do). */
typedef struct uk_shell {
  LLVMModuleRef module;
} uk_shell;

typedef struct uk_linked_target {
  LLVMContextRef llctx;
  /* Every distinct body. With --out-dir only the kernels (hidden, so that
   * each output's link can use them) and the ukernels; else everything. */
  LLVMModuleRef module;
  uk_shell *shells;  /* --out-dir: one per input of the target, in path order */
  uint32_t num_shells;
  uk_llvm_diags lldiags; /* the first error LLVM reported in llctx, and its warnings */
} uk_linked_target;

struct uk_linked {
  const uk_inputs *inputs;
  uk_linked_target *targets;
  uint32_t num_targets;
};

#endif
