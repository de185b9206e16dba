/* codegen: optimized units -> outputs, in a temporary directory beside them.
 *
 * Each unit's bitcode is compiled by one item of the parallel map (worker
 * processes when isolating, so that an LLVM crash is one error naming the
 * input to blame): parsed into an LLVM context of its own, its constructors
 * lowered to .init_array/.fini_array, emitted, and for shared objects linked
 * by lld in-process. Two callers of that one sequence:
 *  - combined (the default): one unit per target, one output each; or,
 *    where the target's module became several units (a shared object's:
 *    one per kernel, see optimize), all compiled at once and then linked by
 *    lld into the one output;
 *  - --out-dir: the target's kernel units are compiled first, each function
 *    and constant in its own section, and their objects made one by lld -r;
 *    then each input's shell, linked with the kernels' object by lld with
 *    --gc-sections, so that an output keeps only the kernels it references.
 *
 * After this stage: every output exists in the temporary directory, and no
 * output path has been touched. */
#include "codegen/codegen.h"

#include "cache/cache.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A unit's place: target k, unit u of optimize's list. */
typedef struct place {
  uint32_t k, u;
} place;

typedef struct job {
  const uk_inputs *in;
  uk_optimized *opt;
  uk_outputs *outs;
  place *items;
  uint32_t *first_output; /* per target: its first item in outs */
  uk_machines machines;   /* per target, made once per process */
  double (*span)[2];      /* per target: its first unit's start, its last one's end */
  /* the cache (NULL: off), and per item of the current map: whether it is
   * cached, its key and what the cache had (empty: a miss) */
  uk_cache *cache;
  bool *cacheable;
  uint8_t (*keys)[UK_CACHE_KEY_LEN];
  uk_buf *hit;
} job;

/* Unit p is one of the target's module (or --out-dir's kernels module):
 * the module, or one of its parts; else the shell of input shell_of(p). */
static bool is_module(const job *j, place p) { return p.u < j->opt->targets[p.k].num_kernel_units; }
static uint32_t shell_of(const job *j, place p) { return p.u - j->opt->targets[p.k].num_kernel_units; }
static bool is_kernels(const job *j, place p) { return j->opt->per_input && is_module(j, p); }
static bool is_part(const job *j, place p) { return j->opt->split[p.k] && is_module(j, p); }

static const char *input_of(const job *j, place p) {
  const uk_target *t = &j->in->targets[p.k];
  return is_module(j, p) ? NULL : j->in->modules[t->modules[shell_of(j, p)]].path;
}

/* --out-dir: the object of target k's kernels, that every shell links. */
static char *kernels_object(const job *j, uint32_t k) { return uk_format("%s/kernels.%u.o", j->outs->tmp_dir, k); }

/* Where unit p's compiled bytes go, in the temporary directory. */
static char *unit_path(const job *j, place p, const char *ext) {
  if (is_part(j, p)) return uk_format("%s/%u.part%u.%s", j->outs->tmp_dir, p.k, p.u, ext);
  if (is_kernels(j, p)) return kernels_object(j, p.k);
  if (j->opt->per_input) return uk_format("%s/%u.%u.%s", j->outs->tmp_dir, p.k, shell_of(j, p), ext);
  return uk_format("%s/%u.%s", j->outs->tmp_dir, p.k, ext);
}

/* One section per function and per constant, so that each output's link can
 * drop the kernels it does not use. */
static void split_sections(LLVMModuleRef m) {
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
    const char *sec = LLVMGetSection(f);
    if (LLVMIsDeclaration(f) || (sec && *sec)) continue;
    size_t len;
    char *s = uk_format(".text.%s", LLVMGetValueName2(f, &len));
    LLVMSetSection(f, s);
    free(s);
  }
  for (LLVMValueRef g = LLVMGetFirstGlobal(m); g; g = LLVMGetNextGlobal(g)) {
    const char *sec = LLVMGetSection(g);
    if (LLVMIsDeclaration(g) || (sec && *sec) || !LLVMIsGlobalConstant(g) || LLVMIsThreadLocal(g)) continue;
    size_t len;
    char *s = uk_format(".rodata.%s", LLVMGetValueName2(g, &len));
    LLVMSetSection(g, s);
    free(s);
  }
}

/* What unit p is compiled to: an object where it is linked here. */
static uk_emit_kind emit_of(const uk_context *ctx, const job *j, place p) {
  return j->opt->per_input || is_part(j, p) || ctx->opts.emit == UK_EMIT_SHARED ? UK_EMIT_OBJ : ctx->opts.emit;
}

/* The unit's bytes as the output kind wants them. */
static bool compile(uk_context *ctx, job *j, place p, uk_buf *bytes) {
  uk_unit *unit = &j->opt->targets[p.k].units[p.u];
  const uk_target *t = &j->in->targets[p.k];
  if (!unit->module && !unit->bytes.len) {
    uk_error(ctx, NULL, NULL, "the optimized module for %s was compiled already (in-process, compiling consumes it)",
             t->triple);
    return false;
  }
  uk_emit_kind emit = emit_of(ctx, j, p);
  if ((emit == UK_EMIT_BC || emit == UK_EMIT_LL) && !unit->module) {
    uk_buf_put(bytes, unit->bytes.data, unit->bytes.len); /* optimize wrote them */
    return true;
  }
  uk_llvm_ctx *own = NULL;
  char *error = NULL;
  LLVMModuleRef m = uk_unit_module(unit, &own, &error);
  bool ok = m != NULL;
  if (!m) uk_error(ctx, NULL, NULL, "internal error: optimized module for %s: %s", t->triple, error);
  free(error);
  error = NULL;
  uk_blame who = {j->in, t, input_of(j, p)};
  LLVMTargetMachineRef tm = NULL;
  if (ok && emit == UK_EMIT_BC) {
    uk_write_bitcode(m, bytes);
  } else if (ok && emit == UK_EMIT_LL) {
    char *text = LLVMPrintModuleToString(m);
    uk_buf_put(bytes, text, strlen(text));
    LLVMDisposeMessage(text);
  } else if (ok) {
    tm = uk_machine_for(&j->machines, p.k, t->triple, t->cpu, t->features, ctx->opts.opt_level, &error);
    if (!tm) {
      uk_error(ctx, NULL, NULL, "%s", error);
      free(error);
      ok = false;
    }
    if (ok && is_kernels(j, p)) split_sections(m);
    else if (ok) ok = uk_lower_structors(ctx, m, &who);
    LLVMCodeGenFileType kind = emit == UK_EMIT_ASM ? LLVMAssemblyFile : LLVMObjectFile;
    ok = ok && uk_blame_step(ctx, &who, "code generation", m, uk_emit_machine_code(tm, m, kind, bytes));
  }
  if (m) LLVMDisposeModule(m); /* in-process, the unit's own: compiling changed it */
  uk_llvm_ctx_release(own);
  if (unit->module) {
    unit->module = NULL;
    uk_llvm_ctx_release(unit->llvm);
    unit->llvm = NULL;
  }
  return ok;
}

/* Item i: unit p compiled (or taken from the cache), written, and linked
 * where an output wants it. Its result: [f64 start][f64 end], and for a
 * cacheable unit it compiled, what it compiled. */
static bool codegen_unit(uk_context *wctx, uint32_t i, uk_buf *out, void *arg) {
  job *j = arg;
  place p = j->items[i];
  const uk_target *t = &j->in->targets[p.k];
  double t0 = uk_now();
  uk_buf compiled = {0};
  bool cached = j->cacheable && j->cacheable[i] && j->hit[i].len;
  bool ok = cached || compile(wctx, j, p, &compiled);
  const uk_buf *bytes = cached ? &j->hit[i] : &compiled;
  double compiled_at = uk_now();
  /* a unit whose compilation warned is not kept: a hit could not repeat the warning */
  bool warned = uk_diag_count(wctx) > 0;
  /* a part is linked with the others when all are compiled (link_parts) */
  bool shared = j->opt->per_input ? !is_kernels(j, p) : wctx->opts.emit == UK_EMIT_SHARED && !is_part(j, p);
  char *path = unit_path(j, p, shared || is_kernels(j, p) || is_part(j, p) ? "o" : "out");
  ok = ok && uk_write_file(wctx, path, bytes);
  if (ok && shared) {
    char *so = unit_path(j, p, "so");
    const uk_output *o = &j->outs->items[j->first_output[p.k] + (j->opt->per_input ? shell_of(j, p) : 0)];
    if (j->opt->per_input) {
      /* Merged names reach their kernels through the shell's own calls and
       * thunks (see link), so the link needs no symbol definitions of its
       * own: any name LLVM allows works. */
      char *kernels = kernels_object(j, p.k);
      const char *inputs[] = {path, kernels};
      const char *extra[] = {"--gc-sections"};
      ok = uk_lld_shared(wctx, t->triple, so, inputs, 2, extra, 1, input_of(j, p), NULL, NULL);
      unlink(path);
      free(kernels);
    } else {
      const char *inputs[] = {path};
      ok = uk_lld_shared(wctx, t->triple, so, inputs, 1, NULL, 0, o->path, j->in, t);
    }
    free(so);
  }
  free(path);
  double t1 = uk_now();
  uk_buf_put(out, &t0, sizeof t0);
  uk_buf_put(out, &t1, sizeof t1);
  if (ok && !cached && j->cacheable && j->cacheable[i] && !warned) {
    /* [f64 seconds][local store's answer][object bytes, for Redis] */
    double seconds = compiled_at - t0;
    uk_buf_put(out, &seconds, sizeof seconds);
    uk_cache_put_local(j->cache, j->keys[i], bytes, seconds, out);
    if (uk_cache_has_remote(j->cache)) uk_buf_put(out, bytes->data, bytes->len);
  }
  uk_buf_free(&compiled);
  return ok;
}

static void take_unit(uk_context *ctx, uint32_t i, bool ok, uk_buf *result, void *arg) {
  job *j = arg;
  place p = j->items[i];
  double t[2] = {0, 0};
  if (result->len >= sizeof t) memcpy(t, result->data, sizeof t);
  if (ok && result->len >= sizeof t + sizeof(double)) { /* a miss, compiled: stored */
    double seconds;
    memcpy(&seconds, result->data + sizeof t, sizeof seconds);
    uk_reader r = {result->data + sizeof t + sizeof seconds, result->data + result->len, false};
    if (uk_cache_took(ctx, j->cache, &r) && r.p < r.end) {
      uk_buf bytes = {(uint8_t *)r.p, (size_t)(r.end - r.p), (size_t)(r.end - r.p)};
      uk_cache_put_remote(ctx, j->cache, j->keys[i], &bytes, seconds);
    }
  }
  double *span = j->span[p.k];
  if (!span[0] || t[0] < span[0]) span[0] = t[0];
  if (t[1] > span[1]) span[1] = t[1];
  uk_trace(ctx, "emit", t[0], t[1], 1);
  if (!ok || is_kernels(j, p) || is_part(j, p)) return;
  bool shared = j->opt->per_input || ctx->opts.emit == UK_EMIT_SHARED;
  uk_output *o = &j->outs->items[j->first_output[p.k] + (j->opt->per_input ? shell_of(j, p) : 0)];
  o->tmp_path = unit_path(j, p, shared ? "so" : "out");
}

static void unit_died(uk_context *ctx, uint32_t i, const char *why, void *arg) {
  job *j = arg;
  place p = j->items[i];
  const uk_target *t = &j->in->targets[p.k];
  const char *file = input_of(j, p);
  if (!file) file = uk_input_to_blame(ctx, j->in, t);
  uk_error(ctx, file, NULL, "code generation for %s failed in LLVM (%s): %s", t->triple, why,
           file ? "this input uses something the target cannot compile"
                : "the inputs together use something the target cannot compile");
}

/* The cache's answers for the n items of the current map: every unit that
 * becomes machine code and whose IR optimize hashed (a worker's: the cache
 * is off in-process). */
static void look_up(uk_context *ctx, job *j, uint32_t n) {
  j->cacheable = uk_xcalloc(n + 1, sizeof *j->cacheable);
  j->keys = uk_xcalloc(n + 1, sizeof *j->keys);
  j->hit = uk_xcalloc(n + 1, sizeof *j->hit);
  uint8_t (*keys)[UK_CACHE_KEY_LEN] = uk_xcalloc(n + 1, sizeof *keys);
  uint32_t *units = uk_xcalloc(n + 1, sizeof *units), *item = uk_xcalloc(n + 1, sizeof *item), num = 0;
  for (uint32_t i = 0; i < n; i++) {
    place p = j->items[i];
    const uk_unit *unit = &j->opt->targets[p.k].units[p.u];
    uk_emit_kind emit = emit_of(ctx, j, p);
    if ((emit != UK_EMIT_OBJ && emit != UK_EMIT_ASM) || !unit->has_ir_hash) continue;
    const uk_target *t = &j->in->targets[p.k];
    uk_cache_key_inputs in = {t->triple,
                              t->cpu,
                              t->features,
                              ctx->opts.opt_level,
                              emit == UK_EMIT_ASM ? "asm" : "obj",
                              is_kernels(j, p) ? "sections" : "plain",
                              unit->label ? unit->label : input_of(j, p)};
    j->cacheable[i] = true;
    units[num] = uk_cache_key(ctx, j->cache, &in, unit->ir_hash, j->keys[i]);
    memcpy(keys[num], j->keys[i], UK_CACHE_KEY_LEN);
    item[num++] = i;
  }
  uk_buf *hit = uk_xcalloc(num + 1, sizeof *hit);
  uk_cache_get(ctx, j->cache, (const uint8_t(*)[UK_CACHE_KEY_LEN])keys, units, num, hit);
  for (uint32_t m = 0; m < num; m++) j->hit[item[m]] = hit[m];
  free(hit);
  free(keys);
  free(units);
  free(item);
}

/* Which units a map compiles. */
typedef enum which { MODULE_UNITS, SHELL_UNITS } which;

/* Compiles the units of every target that are `w`, all in one map. */
static bool compile_units(uk_context *ctx, job *j, which w, const char *name) {
  uint32_t n = 0;
  for (uint32_t k = 0; k < j->opt->num_targets; k++) n += j->opt->targets[k].num_kernel_units;
  if (w == SHELL_UNITS) {
    uint32_t all = 0;
    for (uint32_t k = 0; k < j->opt->num_targets; k++) all += j->opt->targets[k].num_units;
    n = all - n;
  }
  j->items = uk_xcalloc(n + 1, sizeof *j->items);
  n = 0;
  for (uint32_t k = 0; k < j->opt->num_targets; k++)
    for (uint32_t u = 0; u < j->opt->targets[k].num_units; u++)
      if ((w == MODULE_UNITS) == is_module(j, (place){k, u})) j->items[n++] = (place){k, u};
  if (j->cache) look_up(ctx, j, n);
  uk_map m = {.name = name,
              .n = n,
              .mode = uk_isolating_mode(ctx, UK_MAP_SERIAL),
              .run = codegen_unit,
              .take = take_unit,
              .died = unit_died,
              .arg = j};
  bool ok = uk_map_run(ctx, &m);
  free(j->items);
  j->items = NULL;
  if (j->hit)
    for (uint32_t i = 0; i < n; i++) uk_buf_free(&j->hit[i]);
  free(j->hit);
  free(j->keys);
  free(j->cacheable);
  j->hit = NULL;
  j->keys = NULL;
  j->cacheable = NULL;
  return ok;
}

/* Where target k's parts are linked to, in the temporary directory. */
static char *parts_output(const job *j, uint32_t k) { return uk_format("%s/%u.so", j->outs->tmp_dir, k); }

/* Item k: target k's parts linked, if it was split: into its output, or
 * with --out-dir into the one kernels object. */
static bool link_parts_run(uk_context *wctx, uint32_t k, uk_buf *out, void *arg) {
  (void)out;
  job *j = arg;
  if (!j->opt->split[k]) return true;
  const uk_target *t = &j->in->targets[k];
  uint32_t n = j->opt->targets[k].num_kernel_units;
  char **paths = uk_xcalloc(n + 1, sizeof *paths);
  for (uint32_t u = 0; u < n; u++) paths[u] = unit_path(j, (place){k, u}, "o");
  bool ok;
  if (j->opt->per_input) {
    char *kernels = kernels_object(j, k);
    ok = uk_lld_relocatable(wctx, kernels, (const char *const *)paths, n, wctx->opts.out_dir);
    free(kernels);
  } else {
    char *so = parts_output(j, k);
    const uk_output *o = &j->outs->items[j->first_output[k]];
    ok = uk_lld_shared(wctx, t->triple, so, (const char *const *)paths, n, NULL, 0, o->path, j->in, t);
    free(so);
  }
  for (uint32_t u = 0; u < n; u++) {
    unlink(paths[u]);
    free(paths[u]);
  }
  free(paths);
  return ok;
}

static void link_parts_take(uk_context *ctx, uint32_t k, bool ok, uk_buf *result, void *arg) {
  (void)ctx;
  (void)result;
  job *j = arg;
  if (ok && j->opt->split[k] && !j->opt->per_input) j->outs->items[j->first_output[k]].tmp_path = parts_output(j, k);
}

static void link_parts_died(uk_context *ctx, uint32_t k, const char *why, void *arg) {
  job *j = arg;
  uk_error(ctx, uk_input_to_blame(ctx, j->in, &j->in->targets[k]), NULL, "linking the parts for %s failed (%s)",
           j->in->targets[k].triple, why);
}

/* The split targets' parts, each target's linked into its one output (with
 * --out-dir, its one kernels object). */
static bool link_parts(uk_context *ctx, job *j) {
  bool any = false;
  for (uint32_t k = 0; k < j->opt->num_targets; k++) any |= j->opt->split[k];
  if (!any) return true;
  uk_map m = {.name = "link parts",
              .n = j->opt->num_targets,
              .mode = uk_isolating_mode(ctx, UK_MAP_SERIAL),
              .run = link_parts_run,
              .take = link_parts_take,
              .died = link_parts_died,
              .arg = j};
  return uk_map_run(ctx, &m);
}

uk_outputs *uk_codegen(uk_context *ctx, const uk_inputs *inputs, uk_optimized *optimized) {
  if (!inputs || !optimized) return NULL;
  uk_outputs *outs = uk_xcalloc(1, sizeof *outs);
  /* The temporary directory lives beside the outputs, so that renaming into
   * place is atomic. */
  bool ok = uk_output_paths(ctx, inputs, outs) && uk_make_tmp_dir(ctx, outs);
  job j = {.in = inputs,
           .opt = optimized,
           .outs = outs,
           .first_output = uk_xcalloc(optimized->num_targets + 1, sizeof(uint32_t)),
           .span = uk_xcalloc(optimized->num_targets + 1, sizeof *j.span)};
  for (uint32_t k = 0; k < optimized->num_targets; k++)
    j.first_output[k + 1] = j.first_output[k] + (optimized->per_input ? inputs->targets[k].num_modules : 1);
  double t0 = uk_now();
  double cpu0 = uk_cpu_now();
  bool errors_before = uk_has_errors(ctx);
  j.cache = ok ? uk_cache_open(ctx) : NULL;
  ok = ok && (errors_before || !uk_has_errors(ctx)); /* a bad --cache-remote */
  if (ok && optimized->per_input)
    ok = compile_units(ctx, &j, MODULE_UNITS, "compile kernels") && link_parts(ctx, &j) &&
         compile_units(ctx, &j, SHELL_UNITS, "compile and link shells");
  else if (ok)
    ok = compile_units(ctx, &j, MODULE_UNITS, "compile") && link_parts(ctx, &j);
  /* wall times: the stage's, and each target's from its first unit to its last */
  ctx->stage_seconds[UK_STAGE_CODEGEN] += uk_now() - t0;
  ctx->stage_cpu_seconds[UK_STAGE_CODEGEN] += uk_cpu_now() - cpu0;
  for (uint32_t k = 0; k < optimized->num_targets; k++)
    uk_stats_for(ctx, inputs->targets[k].triple)->codegen_seconds += j.span[k][1] - j.span[k][0];
  uk_cache_close(ctx, j.cache);
  free(j.span);
  free(j.first_output);
  uk_machines_free(&j.machines);
  if (!ok) {
    uk_outputs_free(outs);
    return NULL;
  }
  return outs;
}
