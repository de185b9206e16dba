/* collect: input paths -> parsed, verified, fingerprinted modules, grouped by
 * target.
 *
 * After this stage every input is known to parse and verify (in a worker,
 * possibly a separate process), its BLAKE3 is known (later stages read it
 * again and check), equal hashes have been checked to mean equal canonical
 * forms (inputs->poisoned lists the exceptions), and each target lists the
 * modules it builds in path order. Memory holds one canonical form per
 * distinct function, not the inputs. Inputs with a triple go
 * to the target of that triple; inputs without one go to every --target (or
 * to the host). Inputs of one target must share a data layout. */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

static char *normalize_triple(const char *t) {
  char *n = LLVMNormalizeTargetTriple(t);
  char *r = uk_xstrdup(n);
  LLVMDisposeMessage(n);
  return r;
}

static uint32_t find_or_add_target(uk_inputs *in, const char *triple) {
  for (uint32_t i = 0; i < in->num_targets; i++)
    if (strcmp(in->targets[i].triple, triple) == 0) return i;
  in->targets = uk_xrealloc(in->targets, (in->num_targets + 1) * sizeof *in->targets);
  in->targets[in->num_targets] = (uk_target){.triple = uk_xstrdup(triple)};
  return in->num_targets++;
}

static void add_module(uk_target *t, uint32_t m) {
  t->modules = uk_xrealloc(t->modules, (t->num_modules + 1) * sizeof *t->modules);
  t->modules[t->num_modules++] = m;
}

static int cmp_target(const void *a, const void *b) {
  return strcmp(((const uk_target *)a)->triple, ((const uk_target *)b)->triple);
}

/* Assigns modules to targets; false (with diagnostics) on a triple that no
 * --target asked for. */
static bool group_by_target(uk_context *ctx, uk_inputs *in) {
  const uk_options *o = &ctx->opts;
  bool ok = true;
  for (size_t i = 0; i < o->num_targets; i++) {
    char *t = normalize_triple(o->targets[i]);
    find_or_add_target(in, t);
    free(t);
  }
  bool any_tripleless = false;
  for (uint32_t m = 0; m < in->num_modules; m++) {
    uk_module *mod = &in->modules[m];
    if (!*mod->triple) {
      any_tripleless = true;
      continue;
    }
    char *t = normalize_triple(mod->triple);
    free(mod->triple);
    mod->triple = t;
    if (o->num_targets) {
      bool found = false;
      for (uint32_t k = 0; k < in->num_targets; k++) found |= strcmp(in->targets[k].triple, t) == 0;
      if (!found) {
        uk_error(ctx, mod->path, NULL, "target triple '%s' is not among the --target options", t);
        ok = false;
        continue;
      }
    }
    find_or_add_target(in, t);
  }
  if (any_tripleless && !o->num_targets) {
    char *host = uk_host_triple();
    find_or_add_target(in, host);
    free(host);
  }
  if (in->num_targets) qsort(in->targets, in->num_targets, sizeof *in->targets, cmp_target);
  char *host = uk_host_triple();
  for (uint32_t k = 0; k < in->num_targets; k++) {
    uk_target *t = &in->targets[k];
    for (uint32_t m = 0; m < in->num_modules; m++) {
      const char *mt = in->modules[m].triple;
      bool tripleless_here = !*mt && (o->num_targets || strcmp(t->triple, host) == 0);
      if (tripleless_here || strcmp(mt, t->triple) == 0) add_module(t, m);
    }
    bool is_host = strcmp(t->triple, host) == 0;
    /* riscv64 Linux is rv64gc with the lp64d ABI: generic lacks D */
    bool rv64 = strncmp(t->triple, "riscv64", 7) == 0;
    t->cpu = uk_xstrdup(o->cpu ? o->cpu : is_host ? "native" : rv64 ? "generic-rv64" : "generic");
    t->features = uk_xstrdup(o->features ? o->features : (!is_host && rv64) ? "+m,+a,+f,+d,+c" : "");
  }
  free(host);
  return ok;
}

/* Inputs of one target must agree on the data layout, and it must be the
 * target machine's. */
static bool check_data_layouts(uk_context *ctx, uk_inputs *in) {
  bool ok = true;
  for (uint32_t k = 0; k < in->num_targets; k++) {
    uk_target *t = &in->targets[k];
    const uk_module *first = NULL;
    for (uint32_t i = 0; i < t->num_modules; i++) {
      const uk_module *m = &in->modules[t->modules[i]];
      if (!*m->datalayout) continue;
      if (!first) {
        first = m;
      } else if (strcmp(first->datalayout, m->datalayout) != 0) {
        uk_error(ctx, m->path, NULL, "data layout '%s' differs from '%s' of %s", m->datalayout,
                 first->datalayout, first->path);
        ok = false;
      }
    }
    t->datalayout = uk_xstrdup(first ? first->datalayout : "");
  }
  return ok;
}

/* ---- confirming canonical forms as they arrive ------------------------ */

/* One canonical form per hash; a second, different form poisons the hash. */
typedef struct form {
  uint8_t hash[UK_HASH_LEN];
  uint8_t *bytes;
  size_t len;
  bool used, poisoned;
} form;

typedef struct forms {
  form *slots;
  uint32_t cap, len;
} forms;

static form *form_slot(forms *t, const uint8_t *hash) {
  uint64_t h;
  memcpy(&h, hash, sizeof h);
  uint32_t i = (uint32_t)h & (t->cap - 1);
  while (t->slots[i].used && memcmp(t->slots[i].hash, hash, UK_HASH_LEN) != 0) i = (i + 1) & (t->cap - 1);
  return &t->slots[i];
}

static void forms_grow(forms *t) {
  forms n = {.cap = t->cap ? t->cap * 2 : 1024};
  n.slots = uk_xcalloc(n.cap, sizeof *n.slots);
  for (uint32_t i = 0; i < t->cap; i++)
    if (t->slots[i].used) *form_slot(&n, t->slots[i].hash) = t->slots[i];
  n.len = t->len;
  free(t->slots);
  *t = n;
}

/* A summary has arrived: decode it, check each canonical form against the
 * first one seen for its hash, then drop the forms and the summary. */
static void take_summary(uk_module *m, void *arg) {
  forms *t = arg;
  m->error = uk_decode_summary(m);
  for (uint32_t f = 0; f < m->num_fns && !m->error; f++) {
    uk_fn_summary *fn = &m->fns[f];
    if (!fn->eligible || !fn->bytes) continue;
    if ((t->len + 1) * 2 > t->cap) forms_grow(t);
    form *slot = form_slot(t, fn->hash);
    if (!slot->used) {
      *slot = (form){.used = true, .bytes = uk_xmalloc(fn->bytes_len), .len = fn->bytes_len};
      memcpy(slot->hash, fn->hash, UK_HASH_LEN);
      memcpy(slot->bytes, fn->bytes, fn->bytes_len);
      t->len++;
    } else if (slot->len != fn->bytes_len || memcmp(slot->bytes, fn->bytes, fn->bytes_len) != 0) {
      slot->poisoned = true; /* a hash collision: nothing with this hash merges */
    }
    fn->bytes = NULL;
  }
  uk_buf_free(&m->blob); /* everything kept was copied out of it */
}

static int cmp_hash(const void *a, const void *b) { return memcmp(a, b, UK_HASH_LEN); }

uk_inputs *uk_collect(uk_context *ctx) {
  double t0 = uk_now();
  uk_inputs *in = uk_xcalloc(1, sizeof *in);
  char **paths = NULL;
  uint32_t n = 0;
  bool ok = uk_expand_inputs(ctx, &paths, &n);
  if (ok && n == 0) {
    uk_error(ctx, NULL, NULL, "no input files");
    ok = false;
  }
  in->modules = uk_xcalloc(n, sizeof *in->modules);
  in->num_modules = n;
  for (uint32_t i = 0; i < n; i++) in->modules[i].path = paths[i];
  free(paths);
  ctx->num_inputs = n;

  /* Read, parse, verify and fingerprint in parallel, crash-isolated. */
  forms seen = {0};
  if (ok) ok = uk_run_workers(ctx, in->modules, n, take_summary, &seen);
  for (uint32_t i = 0; i < seen.cap; i++) {
    form *f = &seen.slots[i];
    if (f->used && f->poisoned) {
      in->poisoned = uk_xrealloc(in->poisoned, (in->num_poisoned + 1) * sizeof *in->poisoned);
      memcpy(in->poisoned[in->num_poisoned++], f->hash, UK_HASH_LEN);
    }
    free(f->bytes);
  }
  free(seen.slots);
  if (in->num_poisoned) qsort(in->poisoned, in->num_poisoned, UK_HASH_LEN, cmp_hash);
  /* every file's error, even when a worker died on another file */
  for (uint32_t i = 0; i < n; i++) {
    char *err = in->modules[i].error;
    in->modules[i].error = NULL;
    if (err) {
      /* LLVM's messages start with the buffer name, which is the path */
      size_t pl = strlen(in->modules[i].path);
      if (strncmp(err, in->modules[i].path, pl) == 0 && err[pl] == ':') {
        /* "FILE:L:C: error: msg" -> "FILE:L:C: msg" */
        char *tag = strstr(err + pl, " error: ");
        if (tag) memmove(tag, tag + 7, strlen(tag + 7) + 1);
        uk_error(ctx, NULL, NULL, "%s", err);
      }
      else
        uk_error(ctx, in->modules[i].path, NULL, "%s", err);
      free(err);
    }
  }
  ok = ok && !uk_has_errors(ctx);
  if (ok) ok = group_by_target(ctx, in);
  if (ok) ok = check_data_layouts(ctx, in);
  ctx->stage_seconds[UK_STAGE_COLLECT] += uk_now() - t0;
  uk_trace(ctx, "collect", t0, uk_now(), 0);
  if (!ok) {
    uk_inputs_free(in);
    return NULL;
  }
  return in;
}

void uk_inputs_free(uk_inputs *in) {
  if (!in) return;
  for (uint32_t i = 0; i < in->num_modules; i++) {
    uk_module *m = &in->modules[i];
    free(m->path);
    free(m->error);
    uk_buf_free(&m->blob);
    free(m->triple);
    free(m->datalayout);
    for (uint32_t f = 0; f < m->num_fns; f++) {
      free(m->fns[f].name);
      free((char *)m->fns[f].reason);
      free(m->fns[f].refs);
    }
    free(m->fns);
    for (uint32_t g = 0; g < m->num_gvs; g++) free(m->gvs[g].name);
    free(m->gvs);
  }
  free(in->modules);
  for (uint32_t k = 0; k < in->num_targets; k++) {
    free(in->targets[k].triple);
    free(in->targets[k].cpu);
    free(in->targets[k].features);
    free(in->targets[k].datalayout);
    free(in->targets[k].modules);
  }
  free(in->targets);
  free(in->poisoned);
  free(in);
}
