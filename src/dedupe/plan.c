/* dedupe: module summaries -> a merge plan, per target.
 *
 * Like lld's identical code folding: the fingerprints were computed in
 * parallel by collect, with references to module-local functions abstracted
 * by those functions' own hashes, and collect checked, as they arrived, that
 * every canonical byte string equals the first one of its hash; a hash under
 * which two forms arrived is poisoned (a collision), and here everything that
 * refers to it is excluded. Candidates are sorted by hash; the remaining
 * buckets are the classes. Each class keeps the
 * member with the least (symbol name, input path) as its canonical copy, so
 * the choice depends on content and names only, never on -j or input order.
 *
 * Eligibility, one reason per exclusion:
 *  - the fingerprint could not see everything (reason from the walker);
 *  - linkage other than external, internal or private (an interposable or
 *    discardable body can be replaced at link time: its body is not its
 *    behaviour).
 *
 * The same pass checks external definitions: one name defined by two
 * modules is an error unless both are the same merged function (then one
 * definition is kept) or at most one of them is a strong definition. */
#include "dedupe/dedupe.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct cand {
  uint32_t m, f; /* module index within the target, function index */
  const uk_fn_summary *s;
  bool poisoned;
} cand;

/* The canonical order of members: name, then input path (module order). */
static int cmp_member(const cand *a, const cand *b) {
  int c = strcmp(a->s->name, b->s->name);
  if (c) return c;
  if (a->m != b->m) return a->m < b->m ? -1 : 1;
  return a->f < b->f ? -1 : a->f > b->f;
}

/* Near form, then exact form, then canonical order: near-duplicates are
 * runs, and identical functions runs within them. */
static int cmp_cand(const void *pa, const void *pb) {
  const cand *a = pa, *b = pb;
  int c = memcmp(a->s->near_hash, b->s->near_hash, UK_HASH_LEN);
  if (c) return c;
  c = memcmp(a->s->hash, b->s->hash, UK_HASH_LEN);
  return c ? c : cmp_member(a, b);
}

static int cmp_member_v(const void *a, const void *b) { return cmp_member(a, b); }

static int cmp_hash(const void *a, const void *b) { return memcmp(a, b, UK_HASH_LEN); }

static const char *linkage_reason(LLVMLinkage l) {
  if (l == LLVMExternalLinkage || uk_is_local_linkage(l)) return NULL;
  return "has interposable or discardable linkage (weak, linkonce, common, ...)";
}

static bool is_strong(LLVMLinkage l) { return l == LLVMExternalLinkage; }

typedef struct sym {
  const char *name;
  uint32_t m, f;
  bool is_fn;
  LLVMLinkage linkage;
} sym;

static int cmp_sym(const void *pa, const void *pb) {
  const sym *a = pa, *b = pb;
  int c = strcmp(a->name, b->name);
  if (c) return c;
  if (a->m != b->m) return a->m < b->m ? -1 : 1;
  return a->f < b->f ? -1 : a->f > b->f;
}

/* One external name defined more than once: resolve or report. */
static bool check_symbols(uk_context *ctx, const uk_inputs *in, const uk_target *t, uk_target_plan *tp) {
  uint32_t n = 0;
  for (uint32_t i = 0; i < t->num_modules; i++) {
    const uk_module *m = &in->modules[t->modules[i]];
    n += m->num_fns + m->num_gvs;
  }
  sym *syms = uk_xcalloc(n, sizeof *syms);
  n = 0;
  for (uint32_t i = 0; i < t->num_modules; i++) {
    const uk_module *m = &in->modules[t->modules[i]];
    for (uint32_t f = 0; f < m->num_fns; f++)
      if (m->fns[f].is_definition && !uk_is_local_linkage(m->fns[f].linkage))
        syms[n++] = (sym){m->fns[f].name, i, f, true, m->fns[f].linkage};
    for (uint32_t g = 0; g < m->num_gvs; g++)
      if (m->gvs[g].is_definition && !uk_is_local_linkage(m->gvs[g].linkage))
        syms[n++] = (sym){m->gvs[g].name, i, g, false, m->gvs[g].linkage};
  }
  qsort(syms, n, sizeof *syms, cmp_sym);
  bool ok = true;
  for (uint32_t i = 0; i < n;) {
    uint32_t j = i + 1;
    while (j < n && strcmp(syms[j].name, syms[i].name) == 0) j++;
    if (j - i > 1) {
      bool all_same_class = true;
      uint32_t strong = 0;
      for (uint32_t k = i; k < j; k++) {
        strong += is_strong(syms[k].linkage);
        if (!syms[k].is_fn || !syms[i].is_fn) {
          all_same_class = false;
          continue;
        }
        uint32_t c0 = tp->class_of[syms[i].m][syms[i].f], ck = tp->class_of[syms[k].m][syms[k].f];
        if (c0 == UINT32_MAX || c0 != ck) all_same_class = false;
        /* near-duplicates are one class but not the same function */
        const uk_fn_summary *s0 = &in->modules[t->modules[syms[i].m]].fns[syms[i].f];
        const uk_fn_summary *sk = &in->modules[t->modules[syms[k].m]].fns[syms[k].f];
        if (memcmp(s0->hash, sk->hash, UK_HASH_LEN) != 0) all_same_class = false;
      }
      if (all_same_class) {
        /* identical definitions of one name: keep the first */
        for (uint32_t k = i + 1; k < j; k++) tp->actions[syms[k].m][syms[k].f] = UK_DROP_DUP;
      } else if (strong > 1) {
        const uk_module *a = &in->modules[t->modules[syms[i].m]];
        const uk_module *b = &in->modules[t->modules[syms[i + 1].m]];
        uk_error(ctx, b->path, syms[i].name, "conflicting definition: also defined differently in %s",
                 a->path);
        ok = false;
      }
    }
    i = j;
  }
  free(syms);
  return ok;
}

static int cmp_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* Every symbol name the target's inputs use, sorted (pointers into their
 * summaries). */
static const char **all_names(const uk_inputs *in, const uk_target *t, uint32_t *n) {
  uint32_t total = 0;
  for (uint32_t i = 0; i < t->num_modules; i++) {
    const uk_module *m = &in->modules[t->modules[i]];
    total += m->num_fns + m->num_gvs;
  }
  const char **names = uk_xcalloc(total, sizeof *names);
  *n = 0;
  for (uint32_t i = 0; i < t->num_modules; i++) {
    const uk_module *m = &in->modules[t->modules[i]];
    for (uint32_t f = 0; f < m->num_fns; f++) names[(*n)++] = m->fns[f].name;
    for (uint32_t g = 0; g < m->num_gvs; g++) names[(*n)++] = m->gvs[g].name;
  }
  qsort(names, *n, sizeof *names, cmp_name);
  return names;
}

/* NAME.uk.HASH, or NAME.uk.HASH.N where an input already uses that name:
 * link finds kernels by name, and LLVM would rename ours, not theirs. */
static char *kernel_name(const char *canonical, const uint8_t *hash, const char **names, uint32_t num_names) {
  char hex[17];
  for (int i = 0; i < 8; i++) snprintf(hex + 2 * i, 3, "%02x", hash[i]);
  char *k = uk_format("%s.uk.%s", canonical, hex);
  for (uint32_t n = 1; bsearch(&k, names, num_names, sizeof *names, cmp_name); n++) {
    free(k);
    k = uk_format("%s.uk.%s.%u", canonical, hex, n);
  }
  return k;
}

/* Class c of tp: the n candidates cs (canonical first), with cls's kernel
 * and parameters. */
static void add_class(uk_context *ctx, uk_target_plan *tp, const cand *cs, uint32_t n, uk_class cls,
                      uint32_t *nmembers) {
  uint32_t c = tp->num_classes++;
  tp->first[c] = *nmembers;
  cls.module = cs[0].m;
  cls.fn = cs[0].f;
  cls.num_members = n;
  tp->classes[c] = cls;
  for (uint32_t k = 0; k < n; k++) {
    tp->member_module[*nmembers] = cs[k].m;
    tp->member_fn[*nmembers] = cs[k].f;
    (*nmembers)++;
    tp->class_of[cs[k].m][cs[k].f] = c;
    if (!ctx->opts.no_dedupe) tp->actions[cs[k].m][cs[k].f] = k == 0 ? UK_BODY : UK_REPLACE;
  }
  tp->first[c + 1] = *nmembers;
}

/* Do the n candidates cs, one near form, merge into one kernel with
 * parameters? Only if they are not all identical, none has a reason not to
 * be a near kernel (the fingerprint's near_reason: it calls itself, makes a
 * musttail call, reads its return address, rounds by the code's shape),
 * their near form is confirmed, and merging saves code generation (near.c,
 * which fills cls in). */
static bool near_class(uk_context *ctx, const uk_inputs *in, const cand *cs, uint32_t n, uk_class *cls) {
  uint32_t distinct = 1;
  for (uint32_t k = 1; k < n; k++) distinct += memcmp(cs[k].s->hash, cs[k - 1].s->hash, UK_HASH_LEN) != 0;
  if (distinct < 2) return false;
  const char *why = NULL;
  for (uint32_t k = 0; k < n && !why; k++) {
    if (cs[k].s->near_reason) why = cs[k].s->near_reason;
    /* equal near forms have as many slots; a damaged summary might not */
    else if (cs[k].s->num_slots != cs[0].s->num_slots) why = "near-duplicates: slot counts differ";
  }
  if (!why && in->num_poisoned && bsearch(cs[0].s->near_hash, in->poisoned, in->num_poisoned, UK_HASH_LEN, cmp_hash))
    why = "hash collision";
  const uk_fn_summary **ms = uk_xcalloc(n, sizeof *ms);
  uint32_t canon = 0;
  for (uint32_t k = 1; k < n; k++)
    if (cmp_member(&cs[k], &cs[canon]) < 0) canon = k;
  ms[0] = cs[canon].s;
  for (uint32_t k = 0, o = 1; k < n; k++)
    if (k != canon) ms[o++] = cs[k].s;
  if (!why) why = uk_near_params(ms, n, distinct, cls);
  free(ms);
  if (why) uk_count_near_reason(ctx, why, n);
  return !why;
}

static bool plan_target(uk_context *ctx, const uk_inputs *in, const uk_target *t, uk_target_plan *tp) {
  uint32_t nm = t->num_modules;
  uk_target_stats *st = uk_stats_for(ctx, t->triple);
  tp->num_modules = nm;
  tp->actions = uk_xcalloc(nm, sizeof *tp->actions);
  tp->class_of = uk_xcalloc(nm, sizeof *tp->class_of);

  /* Candidates: eligible definitions. */
  uint32_t ncand = 0, total = 0;
  for (uint32_t i = 0; i < nm; i++) total += in->modules[t->modules[i]].num_fns;
  cand *cands = uk_xcalloc(total, sizeof *cands);
  for (uint32_t i = 0; i < nm; i++) {
    const uk_module *m = &in->modules[t->modules[i]];
    tp->actions[i] = uk_xcalloc(m->num_fns, sizeof **tp->actions);
    tp->class_of[i] = uk_xcalloc(m->num_fns, sizeof **tp->class_of);
    for (uint32_t f = 0; f < m->num_fns; f++) {
      const uk_fn_summary *s = &m->fns[f];
      tp->class_of[i][f] = UINT32_MAX;
      if (!s->is_definition) continue;
      st->functions++;
      st->ir_instructions_before += s->num_instructions;
      const char *why = s->eligible ? linkage_reason(s->linkage) : s->reason;
      if (why) {
        st->unmergeable++;
        uk_count_reason(ctx, why);
        continue;
      }
      cands[ncand++] = (cand){i, f, s, false};
    }
  }
  qsort(cands, ncand, sizeof *cands, cmp_cand);

  /* collect confirmed every hash byte for byte as the summaries arrived; a
   * collision poisons the hash, and then every function whose bytes embed it
   * (transitively) as well. */
  bool any_poison = false;
  for (uint32_t c = 0; c < ncand; c++)
    if (in->num_poisoned && bsearch(cands[c].s->hash, in->poisoned, in->num_poisoned, UK_HASH_LEN, cmp_hash))
      any_poison = cands[c].poisoned = true;
  if (any_poison) {
    /* mark poisoned functions by module, then propagate along refs */
    bool **bad = uk_xcalloc(nm, sizeof *bad);
    for (uint32_t i = 0; i < nm; i++) bad[i] = uk_xcalloc(in->modules[t->modules[i]].num_fns, 1);
    for (uint32_t c = 0; c < ncand; c++)
      if (cands[c].poisoned) bad[cands[c].m][cands[c].f] = true;
    for (bool changed = true; changed;) {
      changed = false;
      for (uint32_t c = 0; c < ncand; c++) {
        const uk_fn_summary *s = cands[c].s;
        for (uint32_t r = 0; r < s->num_refs && !bad[cands[c].m][cands[c].f]; r++)
          if (bad[cands[c].m][s->refs[r]]) changed = bad[cands[c].m][cands[c].f] = true;
      }
    }
    uint32_t kept = 0;
    for (uint32_t c = 0; c < ncand; c++) {
      if (bad[cands[c].m][cands[c].f]) {
        st->unmergeable++;
        uk_count_reason(ctx, "hash collision");
      } else {
        cands[kept++] = cands[c];
      }
    }
    ncand = kept;
    for (uint32_t i = 0; i < nm; i++) free(bad[i]);
    free(bad);
  }

  /* The analysis: how many eligible functions are exact duplicates, and how
   * many more would be if constants (shapes) did not count. Sorting a copy of
   * the hashes is enough here: it is a count for the report, not a merge. */
  st->eligible += ncand;
  uint8_t (*hs)[UK_HASH_LEN] = uk_xcalloc(ncand, UK_HASH_LEN);
  for (int pass = 0; pass < 2; pass++) {
    for (uint32_t c = 0; c < ncand; c++) memcpy(hs[c], pass ? cands[c].s->shape_hash : cands[c].s->hash, UK_HASH_LEN);
    qsort(hs, ncand, UK_HASH_LEN, cmp_hash);
    uint32_t classes = 0;
    for (uint32_t c = 0; c < ncand; c++) classes += c == 0 || memcmp(hs[c], hs[c - 1], UK_HASH_LEN) != 0;
    if (pass) st->constant_classes += classes;
    else st->exact_classes += classes;
  }
  free(hs);

  /* Classes: runs of one near form that merge with parameters (near.c),
   * else runs of one hash. Singletons stay as they are. */
  uint32_t distinct = 0;
  tp->first = uk_xcalloc(ncand + 1, sizeof *tp->first);
  tp->member_module = uk_xcalloc(ncand, sizeof *tp->member_module);
  tp->member_fn = uk_xcalloc(ncand, sizeof *tp->member_fn);
  tp->classes = uk_xcalloc(ncand, sizeof *tp->classes);
  uint32_t nmembers = 0, num_names;
  const char **names = all_names(in, t, &num_names);
  for (uint32_t i = 0; i < ncand;) {
    uint32_t j = i + 1;
    while (j < ncand && memcmp(cands[j].s->near_hash, cands[i].s->near_hash, UK_HASH_LEN) == 0) j++;
    uk_class near = {0};
    if (!ctx->opts.no_dedupe && near_class(ctx, in, cands + i, j - i, &near)) {
      distinct++;
      st->merged_with_params += j - i - 1;
      qsort(cands + i, j - i, sizeof *cands, cmp_member_v);
      near.kernel = kernel_name(cands[i].s->name, cands[i].s->near_hash, names, num_names);
      add_class(ctx, tp, cands + i, j - i, near, &nmembers);
      i = j;
      continue;
    }
    for (uint32_t a = i; a < j;) {
      uint32_t b = a + 1;
      while (b < j && memcmp(cands[b].s->hash, cands[a].s->hash, UK_HASH_LEN) == 0) b++;
      distinct++;
      if (b - a > 1)
        add_class(ctx, tp, cands + a, b - a,
                  (uk_class){.kernel = kernel_name(cands[a].s->name, cands[a].s->hash, names, num_names)},
                  &nmembers);
      a = b;
    }
    i = j;
  }
  free(cands);
  free(names);

  /* With --out-dir every input is its own output: one name may be defined
   * by each of them. */
  bool ok = ctx->opts.out_dir ? true : check_symbols(ctx, in, t, tp);
  if (ctx->opts.no_dedupe) {
    st->distinct = st->functions;
    return ok;
  }
  st->distinct = distinct + st->unmergeable;
  st->merged = st->functions - st->distinct;
  for (uint32_t c = 0; c < tp->num_classes; c++) {
    uk_group_report g = {.triple = uk_xstrdup(t->triple), .num_members = tp->classes[c].num_members,
                         .num_params = tp->classes[c].num_params};
    const uk_module *cm = &in->modules[t->modules[tp->classes[c].module]];
    g.canonical = uk_xstrdup(cm->fns[tp->classes[c].fn].name);
    g.members = uk_xcalloc(g.num_members, sizeof *g.members);
    for (uint32_t k = 0; k < g.num_members; k++) {
      const uk_module *mm = &in->modules[t->modules[tp->member_module[tp->first[c] + k]]];
      g.members[k] = uk_format("%s:%s", mm->path, mm->fns[tp->member_fn[tp->first[c] + k]].name);
    }
    uk_add_group(ctx, g);
  }
  return ok;
}

uk_plan *uk_dedupe(uk_context *ctx, const uk_inputs *in) {
  if (!in) return NULL;
  double t0 = uk_now();
  double cpu0 = uk_cpu_now();
  uk_plan *plan = uk_xcalloc(1, sizeof *plan);
  plan->targets = uk_xcalloc(in->num_targets, sizeof *plan->targets);
  plan->num_targets = in->num_targets;
  bool ok = true;
  for (uint32_t k = 0; k < in->num_targets; k++) ok &= plan_target(ctx, in, &in->targets[k], &plan->targets[k]);
  ctx->stage_seconds[UK_STAGE_DEDUPE] += uk_now() - t0;
  ctx->stage_cpu_seconds[UK_STAGE_DEDUPE] += uk_cpu_now() - cpu0;
  uk_trace(ctx, "dedupe", t0, uk_now(), 0);
  if (!ok) {
    uk_plan_free(plan);
    return NULL;
  }
  return plan;
}

void uk_plan_free(uk_plan *plan) {
  if (!plan) return;
  for (uint32_t k = 0; k < plan->num_targets; k++) {
    uk_target_plan *tp = &plan->targets[k];
    for (uint32_t i = 0; i < tp->num_modules; i++) {
      free(tp->actions[i]);
      free(tp->class_of[i]);
    }
    free(tp->actions);
    free(tp->class_of);
    for (uint32_t c = 0; c < tp->num_classes; c++) {
      free(tp->classes[c].kernel);
      free(tp->classes[c].slot_param);
      free(tp->classes[c].param_slot);
    }
    free(tp->classes);
    free(tp->first);
    free(tp->member_module);
    free(tp->member_fn);
  }
  free(plan->targets);
  free(plan);
}
