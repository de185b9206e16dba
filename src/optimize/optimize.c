/* optimize: linked modules + generated tiles -> optimized modules, as
 * bitcode, one unit per module codegen will compile (the target's module;
 * with --out-dir the kernels module, then each input's shell).
 *
 * Per unit: the generated tiles are linked into the target's module (the
 * kernels module with --out-dir) and sealed like the prebuilt ones, the data
 * layout is checked against the inputs', the standard O0-O3 pipeline runs,
 * and then dedupe's second round folds the functions optimization made
 * identical (not in shells: what they define is theirs alone). The result is
 * written as bitcode, so that it can cross a process boundary and be cached.
 *
 * Units run in worker processes when isolating: an LLVM crash costs the
 * worker, and is one error naming the input to blame. A forked worker edits
 * its own copy of the linked module and sends the result as bytes, and the
 * linked modules are left as they are. In-process (isolation off) the units
 * take the linked modules over instead: a copy would not keep LLVM's
 * use-list order, on which instruction selection depends (a clone compiles
 * to other, equally correct, machine code).
 *
 * Statistics (functions and instructions compiled, groups merged after
 * optimization, the time spent) travel with each unit's bitcode. */
#include "optimize/optimize.h"

#include <llvm-c/Linker.h>
#include <stdlib.h>
#include <string.h>

typedef struct job {
  const uk_inputs *in;
  uk_linked *linked;
  const uk_tiles *tiles;
  bool in_process;       /* the units take the linked modules over */
  LLVMModuleRef *held;   /* in-process: each item's optimized module */
  uk_machines machines;  /* per target, made once per process */
  double folding;        /* seconds of the second round, all units */
  uint32_t *first_item;  /* per target: its first item; one past the end last */
  uk_optimized *out;
  uk_fma_answers *fma;   /* whether CPUs have FMA, asked once per process */
} job;

static uint32_t target_of(const job *j, uint32_t item) {
  uint32_t k = 0;
  while (j->first_item[k + 1] <= item) k++;
  return k;
}

/* The data layout the target machine will use must be the inputs': checked
 * once per target, before any unit. */
static bool data_layouts_match(uk_context *ctx, const uk_inputs *in) {
  bool ok = true;
  for (uint32_t k = 0; k < in->num_targets; k++) {
    const uk_target *t = &in->targets[k];
    char *error = NULL;
    LLVMTargetMachineRef tm = uk_target_machine(t->triple, t->cpu, t->features, ctx->opts.opt_level, &error);
    if (!tm) {
      uk_error(ctx, NULL, NULL, "%s", error);
      free(error);
      ok = false;
      continue;
    }
    LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
    char *dl = LLVMCopyStringRepOfTargetData(td);
    if (*t->datalayout && strcmp(t->datalayout, dl) != 0) {
      const char *file = NULL;
      for (uint32_t i = 0; i < t->num_modules && !file; i++)
        if (*in->modules[t->modules[i]].datalayout) file = in->modules[t->modules[i]].path;
      uk_error(ctx, file, NULL, "data layout '%s' does not match target %s ('%s')", t->datalayout, t->triple, dl);
      ok = false;
    }
    LLVMDisposeMessage(dl);
    LLVMDisposeTargetData(td);
    LLVMDisposeTargetMachine(tm);
  }
  return ok;
}

static void set_data_layout(LLVMTargetMachineRef tm, LLVMModuleRef m) {
  LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
  LLVMSetModuleDataLayout(m, td);
  LLVMDisposeTargetData(td);
}

/* In-process, an earlier uk_optimize took the modules over. */
static bool modules_there(uk_context *ctx, const uk_linked *l) {
  for (uint32_t k = 0; k < l->num_targets; k++) {
    bool there = l->targets[k].module != NULL;
    for (uint32_t i = 0; i < l->targets[k].num_shells; i++) there &= l->targets[k].shells[i].module != NULL;
    if (!there) {
      uk_error(ctx, NULL, NULL, "the linked modules were taken over by an earlier optimization (isolation off)");
      return false;
    }
  }
  return true;
}

/* The generated tiles, linked into the target's module in block order. */
static bool link_tiles(uk_context *ctx, LLVMModuleRef m, const uk_linked_target *lt, const uk_tiles_target *tt,
                       bool per_input) {
  for (uint32_t w = 0; w < tt->num_blocks; w++) {
    char *error = NULL;
    LLVMModuleRef g = uk_parse_bytes(LLVMGetModuleContext(m), &tt->blocks[w], "uklink.generated", &error);
    if (!g) {
      uk_error(ctx, NULL, NULL, "internal error: generated ukernels: %s", error);
      free(error);
      return false;
    }
    LLVMSetDataLayout(g, LLVMGetDataLayoutStr(m));
    if (LLVMLinkModules2(m, g)) { /* destroys g */
      char *e = uk_take_llvm_error(LLVMGetModuleContext(m));
      uk_error(ctx, NULL, NULL, "cannot link the generated ukernels: %s", e ? e : "");
      free(e);
      return false;
    }
  }
  for (uint32_t i = 0; i < lt->num_tiles; i++) uk_seal_ukernel(LLVMGetNamedFunction(m, lt->tiles[i]), per_input);
  return true;
}

/* Constructors are the shells': each output runs its own input's once. A
 * copy in the kernels module (link clones an input to take its kernel
 * bodies) would run in every output. */
static void drop_structors(LLVMModuleRef m) {
  static const char *const lists[] = {"llvm.global_ctors", "llvm.global_dtors"};
  for (int k = 0; k < 2; k++) {
    LLVMValueRef g = LLVMGetNamedGlobal(m, lists[k]);
    if (g) LLVMDeleteGlobal(g);
  }
}

static void put_f64(uk_buf *b, double v) { uk_buf_put(b, &v, sizeof v); }
static double get_f64(uk_reader *r) {
  double v = 0;
  const uint8_t *p = uk_read_bytes(r, sizeof v);
  if (p) memcpy(&v, p, sizeof v);
  return v;
}
static void put_s(uk_buf *b, const char *s) { uk_buf_str(b, s, strlen(s)); }
static char *get_s(uk_reader *r) {
  size_t n;
  const char *s = uk_read_str(r, &n);
  return s ? uk_xstrndup(s, n) : uk_xstrdup("");
}

/* A unit's result: [uv merged][uv functions][uv instructions][f64 start,
 * optimized, folded][groups][bitcode to the end]. */
static bool optimize_unit(uk_context *wctx, uint32_t item, uk_buf *out, void *arg) {
  job *j = arg;
  uint32_t k = target_of(j, item), u = item - j->first_item[k];
  const uk_target *t = &j->in->targets[k];
  const uk_linked_target *lt = &j->linked->targets[k];
  bool per_input = lt->num_shells > 0;
  LLVMModuleRef m = u == 0 ? lt->module : lt->shells[u - 1].module;
  uk_blame who = {j->in, t, u == 0 ? NULL : j->in->modules[t->modules[u - 1]].path};
  char *error = NULL;
  LLVMTargetMachineRef tm = uk_machine_for(&j->machines, k, t->triple, t->cpu, t->features, wctx->opts.opt_level, &error);
  if (!tm) uk_error(wctx, NULL, NULL, "%s", error);
  free(error);
  bool ok = tm != NULL;
  if (ok) set_data_layout(tm, m);
  if (ok && u == 0) ok = link_tiles(wctx, m, lt, &j->tiles->targets[k], per_input);
  if (ok && u == 0 && per_input) drop_structors(m);
  double t0 = uk_now();
  if (ok) uk_resolve_contraction(m, t->triple, t->cpu, t->features, &j->fma);
  ok = ok && uk_blame_step(wctx, &who, "optimization", m, uk_run_pipeline(m, tm, wctx->opts.opt_level));
  double t1 = uk_now();
  /* Optimization made more functions identical: fold them before ISel. */
  uint32_t merged = 0, groups0 = wctx->num_groups;
  if (ok && u == 0 && !wctx->opts.no_dedupe) merged = uk_dedupe_second_round(wctx, t->triple, m);
  double t2 = uk_now();
  uint64_t instructions = 0;
  uint32_t functions = ok ? uk_count_definitions(m, &instructions) : 0;
  /* a shell's instructions are its input's own: the report counts the kernels' */
  if (u > 0) instructions = 0;
  uk_buf_uv(out, merged);
  uk_buf_uv(out, functions);
  uk_buf_uv(out, instructions);
  put_f64(out, t0);
  put_f64(out, t1);
  put_f64(out, t2);
  uk_buf_uv(out, wctx->num_groups - groups0);
  for (uint32_t g = groups0; g < wctx->num_groups; g++) {
    uk_group_report *gr = &wctx->groups[g];
    put_s(out, gr->canonical);
    uk_buf_uv(out, gr->num_members);
    for (uint32_t i = 0; i < gr->num_members; i++) put_s(out, gr->members[i]);
  }
  if (ok && j->in_process) {
    j->held[item] = m;
  } else if (ok && wctx->opts.emit == UK_EMIT_LL && u == 0 && !per_input) {
    char *text = LLVMPrintModuleToString(m);
    uk_buf_put(out, text, strlen(text));
    LLVMDisposeMessage(text);
  } else if (ok) {
    /* --emit=bc is the module as LLVM writes it; code generation needs the
     * use-list order too (it decides, for one, the order of a block's
     * predecessors), which only a process of uklink's own may ask for. */
    if (wctx->opts.emit != UK_EMIT_BC || per_input) uk_llvm_keep_use_list_order();
    uk_write_bitcode(m, out);
  }
  return ok;
}

static void take_unit(uk_context *ctx, uint32_t item, bool ok, uk_buf *result, void *arg) {
  job *j = arg;
  uint32_t k = target_of(j, item), u = item - j->first_item[k];
  const char *triple = j->in->targets[k].triple;
  uk_target_stats *st = uk_stats_for(ctx, triple);
  uk_reader r = {result->data, result->data + result->len, false};
  st->merged_after_opt += (uint32_t)uk_read_uv(&r);
  st->functions_compiled += (uint32_t)uk_read_uv(&r);
  st->ir_instructions_compiled += uk_read_uv(&r);
  double t0 = get_f64(&r), t1 = get_f64(&r), t2 = get_f64(&r);
  j->folding += t2 - t1;
  uk_trace(ctx, "optimize", t0, t1, 1);
  uk_trace(ctx, "dedupe after optimization", t1, t2, 1);
  uint64_t ng = uk_read_uv(&r);
  for (uint64_t g = 0; g < ng && !r.bad; g++) {
    uk_group_report gr = {.triple = uk_xstrdup(triple), .after_opt = true, .canonical = get_s(&r)};
    uint64_t nm = uk_read_uv(&r);
    if (r.bad || nm > result->len) {
      free(gr.triple);
      free(gr.canonical);
      break;
    }
    gr.members = uk_xcalloc(nm + 1, sizeof *gr.members);
    for (uint64_t i = 0; i < nm; i++) gr.members[gr.num_members++] = get_s(&r);
    uk_add_group(ctx, gr);
  }
  if (!ok || r.bad) return;
  uk_unit *unit = &j->out->targets[k].units[u];
  if (j->in_process) {
    /* The unit takes the module over from linked. */
    uk_linked_target *lt = &j->linked->targets[k];
    unit->module = j->held[item];
    unit->llvm = uk_llvm_ctx_retain(lt->llvm);
    if (u == 0) lt->module = NULL;
    else lt->shells[u - 1].module = NULL;
  } else {
    uk_buf_put(&unit->bytes, r.p, (size_t)(r.end - r.p));
  }
}

static void unit_died(uk_context *ctx, uint32_t item, const char *why, void *arg) {
  job *j = arg;
  uint32_t k = target_of(j, item), u = item - j->first_item[k];
  const uk_target *t = &j->in->targets[k];
  const char *file = u > 0 ? j->in->modules[t->modules[u - 1]].path : uk_input_to_blame(ctx, j->in, t);
  uk_error(ctx, file, NULL, "optimization for %s failed in LLVM (%s): %s", t->triple, why,
           file ? "this input uses something the target cannot compile"
                : "the inputs together use something the target cannot compile");
}

uk_optimized *uk_optimize(uk_context *ctx, const uk_inputs *inputs, uk_linked *linked, const uk_tiles *tiles) {
  if (!inputs || !linked || !tiles || !modules_there(ctx, linked) || !data_layouts_match(ctx, inputs)) return NULL;
  uk_optimized *o = uk_xcalloc(1, sizeof *o);
  o->num_targets = linked->num_targets;
  o->targets = uk_xcalloc(o->num_targets, sizeof *o->targets);
  o->per_input = ctx->opts.out_dir != NULL;
  job j = {inputs, linked, tiles, !ctx->opts.isolate, NULL, {0}, 0, uk_xcalloc(o->num_targets + 1, sizeof(uint32_t)), o, NULL};
  for (uint32_t k = 0; k < o->num_targets; k++) {
    o->targets[k].num_units = 1 + linked->targets[k].num_shells;
    o->targets[k].units = uk_xcalloc(o->targets[k].num_units, sizeof *o->targets[k].units);
    j.first_item[k + 1] = j.first_item[k] + o->targets[k].num_units;
  }
  /* In-process units share their target's LLVM context: one at a time. */
  uk_map m = {.name = "optimize",
              .n = j.first_item[o->num_targets],
              .mode = uk_isolating_mode(ctx, UK_MAP_SERIAL),
              .run = optimize_unit,
              .take = take_unit,
              .died = unit_died,
              .arg = &j};
  j.held = uk_xcalloc(m.n + 1, sizeof *j.held);
  double t0 = uk_now();
  double cpu0 = uk_cpu_now();
  bool ok = uk_map_run(ctx, &m);
  /* the stage's wall time; the second round's share is its own row */
  double wall = uk_now() - t0, folding = j.folding < wall ? j.folding : wall; /* targets may fold at once */
  ctx->stage_seconds[UK_STAGE_OPTIMIZE] += wall - folding;
  ctx->stage_cpu_seconds[UK_STAGE_OPTIMIZE] += uk_cpu_now() - cpu0;
  ctx->stage_seconds[UK_STAGE_DEDUPE_OPT] += folding;
  uk_machines_free(&j.machines);
  uk_fma_answers_free(j.fma);
  free(j.held);
  free(j.first_item);
  if (!ok) {
    uk_optimized_free(o);
    return NULL;
  }
  return o;
}

LLVMModuleRef uk_unit_module(const uk_unit *unit, uk_llvm_ctx **own, char **error) {
  *own = NULL;
  if (unit->module) return unit->module;
  *own = uk_llvm_ctx_new();
  return uk_parse_bytes((*own)->c, &unit->bytes, "uklink.optimized", error);
}

void uk_optimized_free(uk_optimized *o) {
  if (!o) return;
  for (uint32_t k = 0; k < o->num_targets; k++) {
    for (uint32_t u = 0; u < o->targets[k].num_units; u++) {
      uk_unit *unit = &o->targets[k].units[u];
      uk_buf_free(&unit->bytes);
      if (unit->module) LLVMDisposeModule(unit->module);
      uk_llvm_ctx_release(unit->llvm);
    }
    free(o->targets[k].units);
  }
  free(o->targets);
  free(o);
}
