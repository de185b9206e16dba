/* Dedupe's second round, inside one optimized module.
 *
 * Optimization makes more functions identical (inlining, constant folding,
 * dead argument elimination), so after O2 the fingerprint runs again over the
 * whole linked module. Members of a class fold into the one with the least
 * name, by the same rule as in the first round (fold.c); their kernel is a
 * definition of this module. One pass suffices: module-local callees are
 * fingerprinted by their own hash, so callers of identical callees are
 * already identical. */
#include "dedupe/dedupe.h"

#include <stdlib.h>
#include <string.h>

typedef struct member {
  LLVMValueRef fn;
  const char *name;
  const uk_fingerprint *fp;
} member;

static int cmp_member(const void *pa, const void *pb) {
  const member *a = pa, *b = pb;
  int c = memcmp(a->fp->hash, b->fp->hash, UK_HASH_LEN);
  return c ? c : strcmp(a->name, b->name);
}

static bool same(const uk_fingerprint *a, const uk_fingerprint *b) {
  return a->bytes.len == b->bytes.len && memcmp(a->bytes.data, b->bytes.data, a->bytes.len) == 0;
}

uint32_t uk_dedupe_second_round(uk_context *ctx, const char *triple, LLVMModuleRef m) {
  uint32_t n = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) n++;
  uk_fingerprint *fps = uk_xcalloc(n, sizeof *fps);
  uk_fingerprint_module(m, fps, n, false);
  member *ms = uk_xcalloc(n, sizeof *ms);
  uint32_t nm = 0, i = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f), i++) {
    LLVMLinkage l = LLVMGetLinkage(f);
    if (!fps[i].eligible || (l != LLVMExternalLinkage && !uk_is_local_linkage(l))) continue;
    size_t len;
    ms[nm++] = (member){f, LLVMGetValueName2(f, &len), &fps[i]};
  }
  qsort(ms, nm, sizeof *ms, cmp_member);

  /* Names are needed after the functions they belong to are deleted. */
  uint32_t merged = 0;
  for (uint32_t a = 0; a < nm;) {
    uint32_t b = a + 1;
    while (b < nm && memcmp(ms[b].fp->hash, ms[a].fp->hash, UK_HASH_LEN) == 0) b++;
    if (b - a > 1) {
      uk_group_report g = {.triple = uk_xstrdup(triple), .canonical = uk_xstrdup(ms[a].name), .after_opt = true};
      g.members = uk_xcalloc(b - a, sizeof *g.members);
      g.members[g.num_members++] = uk_xstrdup(ms[a].name);
      LLVMValueRef canon = ms[a].fn;
      for (uint32_t k = a + 1; k < b; k++) {
        if (!same(ms[k].fp, ms[a].fp)) continue; /* a hash collision: leave it */
        g.members[g.num_members++] = uk_xstrdup(ms[k].name);
        uk_fold_member(m, ms[k].fn, g.members[g.num_members - 1], canon, NULL, UK_KERNEL_HERE, NULL);
        merged++;
      }
      if (g.num_members > 1) {
        uk_add_group(ctx, g);
      } else {
        for (uint32_t k = 0; k < g.num_members; k++) free(g.members[k]);
        free(g.members);
        free(g.canonical);
        free(g.triple);
      }
    }
    a = b;
  }
  free(ms);
  for (uint32_t k = 0; k < n; k++) uk_fingerprint_free(&fps[k]);
  free(fps);
  return merged;
}
