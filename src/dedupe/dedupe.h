/* dedupe: inputs -> a merge plan: classes of identical functions; and the
 * second round, inside one optimized module. */
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

/* ---- dedupe/fold.c ------------------------------------------- */
/* The second round: merges identical functions inside one (optimized)
 * module. Returns the number of functions merged away. */
uint32_t uk_merge_module(uk_context *ctx, const char *triple, LLVMModuleRef m);

#endif
