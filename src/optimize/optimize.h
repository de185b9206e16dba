/* optimize: linked modules + generated tiles -> optimized, deduplicated
 * again modules, as bitcode, cut per kernel where they become shared
 * objects: what codegen compiles, one unit each. */
#ifndef UKLINK_OPTIMIZE_H
#define UKLINK_OPTIMIZE_H

#include "generate/generate.h"

enum { UK_IR_HASH_LEN = 32 };

/* One module to compile: the target's module, or where it becomes a shared
 * object one of its parts (a kernel, or what is not one); with --out-dir,
 * the kernels module or one of its parts, or the shell of one input. */
typedef struct uk_unit {
  /* Optimized in a worker process: its bytes. For --emit=ll and --emit=bc
   * the output itself; else bitcode that keeps LLVM's use-list order, so that
   * instruction selection sees exactly the module optimization left. */
  uk_buf bytes;
  /* Optimized in-process: the module itself, in llvm (a reference). */
  LLVMModuleRef module;
  uk_llvm_ctx *llvm;
  /* With a cache: a hash of the module as text with its use-list order,
   * what the cache's key is made from (optimize.c, put_ir_hash). */
  bool has_ir_hash;
  uint8_t ir_hash[UK_IR_HASH_LEN];
  char *label; /* with a cache, its largest function's name, for the report; NULL for a shell */
} uk_unit;

typedef struct uk_optimized_target {
  uk_unit *units;
  uint32_t num_units;
  /* units [0, num_kernel_units) are the target's module (with --out-dir
   * its kernels module): the module, or its parts; the rest are shells */
  uint32_t num_kernel_units;
} uk_optimized_target;

struct uk_optimized {
  uk_optimized_target *targets; /* as the inputs' targets */
  uint32_t num_targets;
  bool per_input;               /* --out-dir: kernels and shells */
  /* per target: its kernel units are parts of one module (split.c), which
   * codegen links into the one output (with --out-dir, into one object that
   * every shell is linked with) */
  bool *split;
};

/* ---- optimize/optimize.c --------------------------------------------- */
/* The unit's module for compiling: in-process the optimized module itself
 * (compiling it changes it: an in-process unit is compiled once), else
 * parsed from its bytes into a new context, *own (release it after
 * disposing of the module). NULL with *error if the bytes do not parse. */
LLVMModuleRef uk_unit_module(const uk_unit *unit, uk_llvm_ctx **own, char **error);

/* ---- optimize/contract.c --------------------------------------------- */
/* Settles every floating-point contraction in m's definitions before
 * optimization (fused where the target has FMA, else not) and removes the
 * `contract` flags, so that no result depends on the code's later shape. */
typedef struct uk_fma_answers uk_fma_answers; /* what LLVM said of each CPU: kept by the caller */
void uk_resolve_contraction(LLVMModuleRef m, const char *triple, const char *cpu, const char *features,
                            uk_fma_answers **answers);
void uk_fma_answers_free(uk_fma_answers *answers);

/* ---- optimize/split.c ------------------------------------------------ */
/* A module cut into parts: which part defines each global value (functions,
 * variables, aliases, ifuncs, in module order), and the module's bitcode,
 * from which uk_part_module builds each part. */
typedef struct uk_parts {
  uint32_t num_parts;
  uint32_t num_values;
  uint32_t *owner;
  /* Where known (a cut made in this process): per part p, the values of
   * other parts it refers to, need[need_start[p] .. need_start[p + 1]);
   * what else other parts define its module leaves out unread. */
  uint32_t *need_start, *need;
  uk_buf bitcode;
  char *name; /* the module's identifier */
} uk_parts;
/* m cut into parts of about `size` IR instructions (per_kernel: each
 * kernel a part of its own, the rest so), with the module-local values that
 * other parts refer to made hidden in m; NULL if m stays whole (one part,
 * too small to cut for size, or holding what is never cut). */
uk_parts *uk_split_module(LLVMModuleRef m, uint32_t size, bool per_kernel);
/* Part `part` as a module of its own in c (its other parts' definitions
 * declared), or NULL with *error. */
LLVMModuleRef uk_part_module(LLVMContextRef c, const uk_parts *ps, uint32_t part, char **error);
void uk_parts_free(uk_parts *ps);

#endif
