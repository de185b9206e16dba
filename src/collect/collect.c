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
#include "collect/collect.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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

/* The CPU and features LLVM gets for t. A triple that names the host's
 * architecture, OS and environment (whatever its vendor) is the host: by
 * default it gets the host's CPU. --cpu native is the host's CPU name with
 * the complete list of what CPUID reports (the name may imply features the
 * host lacks), then --features; elsewhere the CPU and features given, or
 * generic ones. A CPU or feature given that LLVM does not know is an error
 * here, before any code is generated. */
static bool resolve_cpu(uk_context *ctx, uk_target *t) {
  const uk_options *o = &ctx->opts;
  const uk_host_cpu *h = &ctx->host;
  bool is_host = uk_triple_is_host(t->triple, h->triple);
  /* riscv64 Linux is rv64gc with the lp64d ABI: generic lacks D */
  bool rv64 = strncmp(t->triple, "riscv64", 7) == 0;
  t->native = o->cpu ? strcmp(o->cpu, "native") == 0 : is_host;
  if (t->native) {
    char *arch = uk_triple_arch(t->triple), *host_arch = uk_triple_arch(h->triple);
    bool same = strcmp(arch, host_arch) == 0;
    if (!same)
      uk_error(ctx, NULL, NULL, "--cpu native is this host's CPU (%s, %s), which cannot run target %s", h->name,
               host_arch, t->triple);
    free(arch);
    free(host_arch);
    if (!same) return false;
    t->cpu = uk_xstrdup(h->name);
    t->features = o->features && *o->features ? uk_format("%s,%s", h->features, o->features) : uk_xstrdup(h->features);
  } else {
    t->cpu = uk_xstrdup(o->cpu ? o->cpu : rv64 ? "generic-rv64" : "generic");
    t->features = uk_xstrdup(o->features ? o->features : rv64 ? "+m,+a,+f,+d,+c" : "");
  }
  /* only what the user named can be unknown to LLVM */
  return (!o->cpu && !o->features) || uk_check_target_cpu(ctx, t);
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
    find_or_add_target(in, ctx->host.triple);
  }
  if (in->num_targets) qsort(in->targets, in->num_targets, sizeof *in->targets, cmp_target);
  const char *host = ctx->host.triple;
  for (uint32_t k = 0; k < in->num_targets; k++) {
    uk_target *t = &in->targets[k];
    for (uint32_t m = 0; m < in->num_modules; m++) {
      const char *mt = in->modules[m].triple;
      bool tripleless_here = !*mt && (o->num_targets || strcmp(t->triple, host) == 0);
      if (tripleless_here || strcmp(mt, t->triple) == 0) add_module(t, m);
    }
    if (!resolve_cpu(ctx, t)) ok = false;
  }
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

/* An input of target t that names t's triple itself, else any input of t
 * (one without a triple, built for t as the host or a --target); NULL if t
 * has none. */
static const uk_module *input_of(const uk_inputs *in, const uk_target *t) {
  for (uint32_t i = 0; i < t->num_modules; i++)
    if (*in->modules[t->modules[i]].triple) return &in->modules[t->modules[i]];
  return t->num_modules ? &in->modules[t->modules[0]] : NULL;
}

/* Each target must be one LLVM can build; the error names an input that asked
 * for it (the first of them), or says that --target did. */
static bool check_targets_supported(uk_context *ctx, const uk_inputs *in) {
  bool ok = true;
  for (uint32_t k = 0; k < in->num_targets; k++) {
    const uk_target *t = &in->targets[k];
    char *error = NULL;
    LLVMTargetRef target;
    if (!LLVMGetTargetFromTriple(t->triple, &target, &error)) continue;
    char *why = uk_first_line(error ? error : "no such target");
    LLVMDisposeMessage(error);
    const uk_module *m = NULL;
    uint32_t others = 0;
    for (uint32_t i = 0; i < t->num_modules; i++) {
      const uk_module *mi = &in->modules[t->modules[i]];
      if (!*mi->triple) continue;
      if (m) others++;
      else m = mi;
    }
    if (m && others)
      uk_error(ctx, m->path, NULL, "unsupported target triple '%s' (also in %u other input%s): %s", t->triple,
               others, others == 1 ? "" : "s", why);
    else if (m)
      uk_error(ctx, m->path, NULL, "unsupported target triple '%s': %s", t->triple, why);
    else
      uk_error(ctx, NULL, NULL, "unsupported target '%s' (given by --target): %s", t->triple, why);
    free(why);
    ok = false;
  }
  return ok;
}

/* One -o file cannot hold several targets' code: say so before any work,
 * naming an input for each triple (codegen, which picks the output paths,
 * only has the output's name at hand). */
static bool check_one_output(uk_context *ctx, const uk_inputs *in) {
  const char *o = ctx->opts.output;
  if (in->num_targets < 2 || !o || ctx->opts.out_dir) return true;
  size_t olen = strlen(o);
  struct stat st;
  if ((olen && o[olen - 1] == '/') || (stat(o, &st) == 0 && S_ISDIR(st.st_mode))) return true;
  uk_buf list = {0};
  const uint32_t shown = 4;
  for (uint32_t k = 0; k < in->num_targets && k < shown; k++) {
    const uk_target *t = &in->targets[k];
    const uk_module *m = input_of(in, t);
    char *item = !m         ? uk_format("%s%s (--target)", k ? "; " : "", t->triple)
                 : *m->triple ? uk_format("%s%s: %s", k ? "; " : "", m->path, t->triple)
                              : uk_format("%s%s (no triple): %s", k ? "; " : "", m->path, t->triple);
    uk_buf_put(&list, item, strlen(item));
    free(item);
  }
  if (in->num_targets > shown) {
    char *more = uk_format("; %u more", in->num_targets - shown);
    uk_buf_put(&list, more, strlen(more));
    free(more);
  }
  uk_buf_u8(&list, 0);
  uk_error(ctx, o, NULL, "inputs have several target triples (%s): -o must name a directory",
           (const char *)list.data);
  uk_buf_free(&list);
  return false;
}

/* -o must not name an input (under any path, or through a link): the build
 * would replace the file it reads. */
static bool check_output_not_input(uk_context *ctx, const uk_inputs *in) {
  const char *o = ctx->opts.output;
  struct stat os, is;
  if (!o || ctx->opts.out_dir || stat(o, &os) != 0 || !S_ISREG(os.st_mode)) return true;
  for (uint32_t i = 0; i < in->num_modules; i++) {
    const char *p = in->modules[i].path;
    if (stat(p, &is) == 0 && is.st_dev == os.st_dev && is.st_ino == os.st_ino) {
      uk_error(ctx, o, NULL, "the output is also an input (%s): it would be replaced", p);
      return false;
    }
  }
  return true;
}

/* No input file although every argument was found: each argument was a
 * directory, or a response file, without a .bc or .ll file; name them all. */
static void no_input_files(uk_context *ctx) {
  const uk_options *o = &ctx->opts;
  const size_t shown = 8;
  for (size_t i = 0; i < o->num_inputs && i < shown; i++) {
    const char *a = o->inputs[i];
    struct stat st;
    if (a[0] == '@')
      uk_error(ctx, a + 1, NULL, "no input files: the response file names no .bc or .ll file");
    else if (stat(a, &st) == 0 && S_ISDIR(st.st_mode))
      uk_error(ctx, a, NULL, "no input files: no .bc or .ll file in this directory or below");
    else
      uk_error(ctx, a, NULL, "no input files from this argument");
  }
  if (o->num_inputs > shown)
    uk_error(ctx, NULL, NULL, "no input files in %zu more arguments", o->num_inputs - shown);
  if (!o->num_inputs) uk_error(ctx, NULL, NULL, "no input files");
}

/* ---- confirming canonical forms as they arrive ------------------------ */

/* One canonical form per hash; a second, different form poisons the hash. */
typedef struct form {
  uint8_t hash[UK_HASH_LEN];
  uint8_t *bytes;
  size_t len;
  bool poisoned;
} form;

typedef struct forms {
  uk_table index; /* hash -> its form */
  form *list;
  uint32_t num, cap;
} forms;

/* What the parse workers share: the modules, and the forms seen so far. */
typedef struct parse_job {
  uk_module *mods;
  forms seen;
  FILE *spill; /* the textual inputs' bitcode */
  bool spill_failed;
} parse_job;

/* In a worker (a process with isolation, a thread without): read, parse,
 * verify and fingerprint one file. The file's own errors travel in the
 * summary. */
static bool summarize(uk_context *wctx, uint32_t i, uk_buf *out, void *arg) {
  const parse_job *j = arg;
  uk_summarize_file(j->mods[i].path, wctx->opts.isolate, out);
  return true;
}

/* A textual input's bitcode goes to the spill file, which is made when the
 * first one comes; a failure to write just leaves the text to be parsed
 * again. */
static void spill_bitcode(parse_job *j, uk_module *m) {
  if (!m->bitcode_len) return;
  if (!j->spill && !j->spill_failed) {
    j->spill = tmpfile(); /* unlinked: gone with the process, whatever happens */
    j->spill_failed = !j->spill;
  }
  if (!j->spill) return;
  if (fseeko(j->spill, 0, SEEK_END) == 0) {
    off_t at = ftello(j->spill);
    if (at >= 0 && fwrite(m->bitcode, 1, m->bitcode_len, j->spill) == m->bitcode_len && fflush(j->spill) == 0) {
      m->spilled_at = (uint64_t)at;
      m->spilled_len = m->bitcode_len;
    }
  }
  m->bitcode = NULL;
  m->bitcode_len = 0;
}

/* The first form of a hash is kept; a different one poisons the hash. */
static void confirm_form(forms *t, const uint8_t *hash, const uint8_t *bytes, size_t len) {
  uint64_t key[UK_HASH_LEN / 8];
  memcpy(key, hash, UK_HASH_LEN);
  uint32_t i;
  if (!uk_table_get(&t->index, key, UK_HASH_LEN / 8, &i)) {
    if (t->num == t->cap) {
      t->cap = t->cap ? 2 * t->cap : 1024;
      t->list = uk_xrealloc(t->list, t->cap * sizeof *t->list);
    }
    form *new_form = &t->list[t->num];
    *new_form = (form){.bytes = uk_xmalloc(len ? len : 1), .len = len};
    memcpy(new_form->hash, hash, UK_HASH_LEN);
    memcpy(new_form->bytes, bytes, len);
    uk_table_put(&t->index, key, UK_HASH_LEN / 8, t->num++);
  } else if (t->list[i].len != len || memcmp(t->list[i].bytes, bytes, len) != 0) {
    t->list[i].poisoned = true; /* a hash collision: nothing with this hash merges */
  }
}

/* A summary has arrived: decode it, check each canonical form against the
 * first one seen for its hash, then drop the forms and the summary. */
static void take_summary(uk_context *ctx, uint32_t i, bool ok, uk_buf *result, void *arg) {
  (void)ctx;
  (void)ok;
  parse_job *j = arg;
  forms *t = &j->seen;
  uk_module *m = &j->mods[i];
  m->blob = *result;
  *result = (uk_buf){0};
  m->error = uk_decode_summary(m);
  for (uint32_t f = 0; f < m->num_fns && !m->error; f++) {
    uk_fn_summary *fn = &m->fns[f];
    if (!fn->eligible || !fn->bytes) continue;
    confirm_form(t, fn->hash, fn->bytes, fn->bytes_len);
    /* The near form is confirmed the same way (one table: with no slots it
     * is the canonical form, under the same hash). */
    if (fn->near_bytes_len) confirm_form(t, fn->near_hash, fn->near_bytes, fn->near_bytes_len);
    fn->bytes = fn->near_bytes = NULL;
  }
  if (!m->error) spill_bitcode(j, m);
  m->bitcode = NULL;
  m->bitcode_len = 0;
  uk_buf_free(&m->blob); /* everything kept was copied out of it */
}

/* LLVM's reader crashed (or hit a fatal error) on file i: its worker died,
 * and the file is named. */
static void summarize_died(uk_context *ctx, uint32_t i, const char *why, void *arg) {
  const parse_job *j = arg;
  if (uk_map_died_of_signal(why))
    uk_error(ctx, j->mods[i].path, NULL, "malformed input: LLVM crashed reading it (%s)", why);
  else
    uk_error(ctx, j->mods[i].path, NULL, "malformed input: LLVM failed reading it");
}

static int cmp_hash(const void *a, const void *b) { return memcmp(a, b, UK_HASH_LEN); }

uk_inputs *uk_collect(uk_context *ctx) {
  double t0 = uk_now();
  double cpu0 = uk_cpu_now();
  uk_inputs *in = uk_xcalloc(1, sizeof *in);
  char **paths = NULL;
  uint32_t n = 0;
  bool ok = uk_expand_inputs(ctx, &paths, &n);
  if (ok && n == 0) {
    no_input_files(ctx);
    ok = false;
  }
  in->modules = uk_xcalloc(n, sizeof *in->modules);
  in->num_modules = n;
  for (uint32_t i = 0; i < n; i++) in->modules[i].path = paths[i];
  free(paths);
  ctx->num_inputs = n;

  /* Read, parse, verify and fingerprint in parallel, crash-isolated. */
  parse_job job = {.mods = in->modules};
  uk_map map = {.name = "parse, verify, fingerprint", .n = n,
                .mode = uk_isolating_mode(ctx, UK_MAP_THREADS),
                .run = summarize, .take = take_summary, .died = summarize_died, .arg = &job};
  if (ok) ok = uk_map_run(ctx, &map);
  in->spill = job.spill;
  forms seen = job.seen;
  for (uint32_t i = 0; i < seen.num; i++) {
    form *f = &seen.list[i];
    if (f->poisoned) {
      in->poisoned = uk_xrealloc(in->poisoned, (in->num_poisoned + 1) * sizeof *in->poisoned);
      memcpy(in->poisoned[in->num_poisoned++], f->hash, UK_HASH_LEN);
    }
    free(f->bytes);
  }
  free(seen.list);
  uk_table_free(&seen.index);
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
  if (ok) ok = check_targets_supported(ctx, in);
  if (ok) ok = check_one_output(ctx, in);
  if (ok) ok = check_output_not_input(ctx, in);
  if (ok) ok = check_data_layouts(ctx, in);
  ctx->stage_seconds[UK_STAGE_COLLECT] += uk_now() - t0;
  ctx->stage_cpu_seconds[UK_STAGE_COLLECT] += uk_cpu_now() - cpu0;
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
      free(m->fns[f].consts);
      free(m->fns[f].near_reason);
    }
    free(m->fns);
    for (uint32_t g = 0; g < m->num_gvs; g++) free(m->gvs[g].name);
    free(m->gvs);
  }
  free(in->modules);
  if (in->spill) fclose(in->spill);
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
