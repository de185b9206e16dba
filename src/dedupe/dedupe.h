/* dedupe: two entry points, one fold rule.
 *   uk_dedupe (plan.c)               inputs -> a merge plan, applied by link;
 *   uk_dedupe_second_round (second_round.c)
 *                                    folds, inside one optimized module, the
 *                                    functions optimization made identical.
 * Both rounds fold a merged member into its kernel by one rule (fold.c). */
#ifndef UKLINK_DEDUPE_H
#define UKLINK_DEDUPE_H

#include "collect/collect.h"
#include "fingerprint/fingerprint.h"

/* What link does with one function of one input module. */
typedef enum uk_fn_action {
  UK_KEEP,        /* not merged: linked as it is */
  UK_BODY,        /* the canonical copy: its body becomes the class's kernel */
  UK_REPLACE,     /* a duplicate: becomes an alias, a thunk or a forwarded use */
  UK_DROP_DUP,    /* a second definition of the same external name: a declaration */
} uk_fn_action;

typedef struct uk_class {
  uint32_t module, fn;  /* the canonical member */
  char *kernel;         /* the name its body is linked under */
  uint32_t num_members;
  /* Near-duplicates (near.c): the kernel takes num_params extra parameters,
   * after the function's own. slot_param[s]: the parameter that replaces
   * constant slot s of the canonical body, or UINT32_MAX where the slot
   * stays a constant; param_slot[p]: the first slot of parameter p, whose
   * value in each member's summary (consts) is what its thunk passes.
   * num_params == 0: members are identical. */
  uint32_t num_params, num_slots;
  uint32_t *slot_param, *param_slot;
} uk_class;

typedef struct uk_target_plan {
  uint32_t num_modules;
  /* actions[m][f], class_of[m][f] for the m-th module of the target */
  uk_fn_action **actions;
  uint32_t **class_of;
  uk_class *classes;    /* only classes with two or more members */
  uint32_t num_classes;
  /* members of class c, in canonical order: member_module/member_fn[first[c]..first[c+1]) */
  uint32_t *member_module, *member_fn, *first;
} uk_target_plan;

struct uk_plan {
  uk_target_plan *targets;
  uint32_t num_targets;
};

/* ---- dedupe/plan.c ---------------------------------------------- */
/* The first round, uk_dedupe (declared in uklink.h): the inputs' summaries
 * -> a plan per target: which functions are classes of identical ones,
 * which member of each is canonical, and what link does with each function
 * (uk_fn_action). It reads no IR: collect fingerprinted every function. */

/* ---- dedupe/near.c ------------------------------------------------ */
/* Near-duplicates: the n summaries ms (equal near forms, `distinct` exact
 * forms among them, ms[0] the canonical one) merge into one kernel with
 * parameters? NULL, with cls's parameters filled in; or why not (a static
 * string), when merging would not save code generation. */
const char *uk_near_params(const uk_fn_summary *const *ms, uint32_t n, uint32_t distinct, uk_class *cls);

/* ---- dedupe/second_round.c ---------------------------------------- */
/* The second round: folds functions that optimization made identical,
 * inside one optimized module m (of target triple), by the same rule as the
 * first round; each class is reported as a group after optimization.
 * Returns the number of functions folded away. */
uint32_t uk_dedupe_second_round(uk_context *ctx, const char *triple, LLVMModuleRef m);

/* ---- dedupe/fold.c ------------------------------------------------ */
/* The fold rule, which both rounds apply to every member they merge:
 * forward its uses, make it an alias, or make it a thunk of its kernel (the
 * file's opening comment says when each). */

/* Where the kernel a member folds into is defined. */
typedef enum uk_kernel_site {
  UK_KERNEL_HERE,   /* in the member's module (the second round) */
  UK_KERNEL_LINKED, /* in the module link builds; in the member's own module
                       perhaps only a declaration (the first round) */
  UK_KERNEL_APART,  /* in another object file (the first round, --out-dir) */
} uk_kernel_site;

/* An alias that can be made only once the kernel is defined. */
typedef struct uk_pending_alias {
  char *name;         /* the member's symbol */
  const char *kernel; /* the kernel's symbol (the plan's string, not copied) */
  LLVMLinkage linkage;
  LLVMVisibility visibility;
  LLVMDLLStorageClass dll;
} uk_pending_alias;

typedef struct uk_pending_aliases {
  uk_pending_alias *list;
  uint32_t num;
} uk_pending_aliases;

/* Folds member fn of module m, whose symbol is `name`, into kernel (a
 * definition or a declaration of m named kernel_name; fn itself when fn is
 * the canonical member, renamed). An alias whose kernel is not here
 * (site != UK_KERNEL_HERE) is added to pending (NULL will do for
 * UK_KERNEL_HERE), and fn's uses go to kernel meanwhile. */
void uk_fold_member(LLVMModuleRef m, LLVMValueRef fn, const char *name, LLVMValueRef kernel, const char *kernel_name,
                    uk_kernel_site site, uk_pending_aliases *pending);
/* Folds near-duplicate fn (named name) into kernel, which takes fn's
 * parameters and then num_consts more: fn becomes a thunk that passes its
 * arguments and consts (whatever its linkage: no alias can add arguments). */
void uk_fold_member_with_constants(LLVMModuleRef m, LLVMValueRef fn, const char *name, LLVMValueRef kernel,
                                   LLVMValueRef *consts, unsigned num_consts);
/* Makes the pending aliases in dest, where their kernels are defined now
 * (and their names free but for declarations, whose uses they take over);
 * false after one diagnostic if one cannot be made. Empties pending. */
bool uk_fold_pending_aliases(uk_context *ctx, LLVMModuleRef dest, uk_pending_aliases *pending);
void uk_pending_aliases_free(uk_pending_aliases *pending);

#endif
