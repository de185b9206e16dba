/* optimize: linked modules + generated tiles -> optimized modules, as
 * bitcode, one unit per module codegen will compile.
 *
 * The items optimized are the target's module (or its parts, where split.c
 * cut a combined module for a parallel optimization) and with --out-dir the
 * kernels module, then each input's shell. What becomes a shared object is
 * then cut per kernel (split.c again): a kernel is a unit of its own, an
 * object whose bytes do not depend on what else the module holds, which
 * the cache can share between builds and models; codegen links the units
 * back together.
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
#include <llvm-c/blake3.h>
#include <stdlib.h>
#include <string.h>

typedef struct job {
  const uk_inputs *in;
  uk_linked *linked;
  const uk_tiles *tiles;
  bool in_process;       /* the units take the linked modules over */
  uint32_t *module_items; /* per target: how many items its module is (its parts, or 1) */
  uk_unit **units;       /* per item: the units it became */
  uint32_t *num_units;
  uk_machines machines;  /* per target, made once per process */
  double folding;        /* seconds of the second round, all units */
  uint32_t *first_item;  /* per target: its first item; one past the end last */
  uk_optimized *out;
  uk_fma_answers *fma;   /* whether CPUs have FMA, asked once per process */
  uk_parts **parts;      /* per target: its module's parts, or NULL (whole) */
  bool *tiles_in;        /* per target: generated tiles already linked in */
  bool split_failed;
  bool bad_result;
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

/* Item k: target k's module with the generated tiles linked in (parts call
 * them), cut into parts (split.c). Its result: [uv parts][uv values][uv
 * owner, per value][bitcode to the end], or [0] if the module stays whole.
 * In a worker the module is the worker's copy; in-process it is the linked
 * module itself, which the parts then take over. */
static bool split_run(uk_context *wctx, uint32_t k, uk_buf *out, void *arg) {
  job *j = arg;
  const uk_target *t = &j->in->targets[k];
  uk_linked_target *lt = &j->linked->targets[k];
  char *error = NULL;
  LLVMTargetMachineRef tm = uk_machine_for(&j->machines, k, t->triple, t->cpu, t->features, wctx->opts.opt_level, &error);
  if (!tm) {
    uk_error(wctx, NULL, NULL, "%s", error);
    free(error);
    return false;
  }
  set_data_layout(tm, lt->module);
  if (!link_tiles(wctx, lt->module, lt, &j->tiles->targets[k], false)) return false;
  uint32_t size = wctx->opts.part_size ? wctx->opts.part_size : UK_DEFAULT_PART_SIZE;
  uk_parts *ps = uk_split_module(lt->module, size, false);
  uk_buf_uv(out, ps ? ps->num_parts : 0);
  if (ps) {
    uk_buf_uv(out, ps->num_values);
    for (uint32_t i = 0; i < ps->num_values; i++) uk_buf_uv(out, ps->owner[i]);
    uk_buf_put(out, ps->bitcode.data, ps->bitcode.len);
  }
  uk_parts_free(ps);
  return true;
}

static void split_take(uk_context *ctx, uint32_t k, bool ok, uk_buf *result, void *arg) {
  job *j = arg;
  if (!ok) return;
  uk_reader r = {result->data, result->data + result->len, false};
  uint32_t parts = (uint32_t)uk_read_uv(&r);
  if (j->in_process) j->tiles_in[k] = true; /* the linked module has them now */
  if (!parts || r.bad) return;
  uk_parts *ps = uk_xcalloc(1, sizeof *ps);
  ps->num_parts = parts;
  uint64_t values = uk_read_uv(&r);
  bool bad = r.bad || values > result->len;
  ps->num_values = bad ? 0 : (uint32_t)values;
  ps->owner = uk_xcalloc((size_t)ps->num_values + 1, sizeof *ps->owner);
  for (uint32_t i = 0; i < ps->num_values && !r.bad; i++) {
    uint64_t p = uk_read_uv(&r);
    bad |= p >= parts;
    ps->owner[i] = (uint32_t)p;
  }
  uk_linked_target *lt = &j->linked->targets[k];
  size_t len;
  ps->name = uk_xstrdup(LLVMGetModuleIdentifier(lt->module, &len));
  uk_buf_put(&ps->bitcode, r.p, (size_t)(r.end - r.p));
  if (bad || r.bad) {
    uk_error(ctx, NULL, NULL, "internal error: splitting the module for %s: a bad result", j->in->targets[k].triple);
    j->split_failed = true;
    uk_parts_free(ps);
    return;
  }
  j->parts[k] = ps;
  j->tiles_in[k] = true; /* the parts have them */
  if (j->in_process) { /* the parts took the module over */
    LLVMDisposeModule(lt->module);
    lt->module = NULL;
  }
}

static void split_died(uk_context *ctx, uint32_t k, const char *why, void *arg) {
  job *j = arg;
  const uk_target *t = &j->in->targets[k];
  uk_error(ctx, uk_input_to_blame(ctx, j->in, t), NULL,
           "splitting the module for %s failed in LLVM (%s): the inputs together use something the target cannot "
           "compile",
           t->triple, why);
}

/* A combined shared object's module, cut into parts before any unit, so
 * that they are optimized and compiled on all workers. The cut is the
 * module's alone: the output does not depend on -j. */
static bool split_targets(uk_context *ctx, job *j) {
  if (ctx->opts.out_dir || ctx->opts.emit != UK_EMIT_SHARED) return true;
  uk_map m = {.name = "split",
              .n = j->out->num_targets,
              .mode = uk_isolating_mode(ctx, UK_MAP_SERIAL),
              .run = split_run,
              .take = split_take,
              .died = split_died,
              .arg = j};
  return uk_map_run(ctx, &m) && !j->split_failed;
}

/* For the cache's key (a worker's unit, compiled to machine code, with a
 * cache): [u8 1][BLAKE3 of the module as text with its use-list order], else
 * [u8 0]. Not of the bitcode: a worker optimizes several units in one LLVM
 * context, which registers names that passes use (metadata kinds such as
 * !PGOFuncName, operand bundle tags such as "ignore") as they first need
 * them, and bitcode lists every name its context knows, so the bytes of one
 * unit would depend on which units its worker optimized before. The text
 * names what the module uses and nothing else. The text form is set only in
 * worker processes, and only in runs that emit no textual IR. */
static bool wants_ir_hash(const uk_context *wctx) {
  uk_emit_kind e = wctx->opts.emit;
  return (wctx->opts.cache_dir || wctx->opts.cache_remote) && e != UK_EMIT_LL && e != UK_EMIT_BC;
}

static void put_ir_hash(uk_context *wctx, LLVMModuleRef m, uk_buf *out) {
  bool wanted = wants_ir_hash(wctx);
  uk_buf_u8(out, wanted);
  if (!wanted) return;
  uk_llvm_keep_use_list_order_in_text();
  /* Without the module's identifier (a shell's is its input's path, which
   * the machine code does not depend on: the same files elsewhere hit). */
  size_t id_len;
  const char *id = LLVMGetModuleIdentifier(m, &id_len);
  char *saved_id = uk_xstrndup(id, id_len);
  LLVMSetModuleIdentifier(m, "", 0);
  char *text = LLVMPrintModuleToString(m);
  LLVMSetModuleIdentifier(m, saved_id, id_len);
  free(saved_id);
  uint8_t hash[UK_IR_HASH_LEN];
  llvm_blake3_hasher h;
  llvm_blake3_hasher_init(&h);
  llvm_blake3_hasher_update(&h, text, strlen(text));
  llvm_blake3_hasher_finalize(&h, hash, sizeof hash);
  LLVMDisposeMessage(text);
  uk_buf_put(out, hash, sizeof hash);
}

/* Is the optimized module m (not a shell) cut per kernel: does it become a
 * shared object? An object or assembly file asked for is one unit. */
static bool cut_per_kernel(const uk_context *wctx) { return wctx->opts.out_dir || wctx->opts.emit == UK_EMIT_SHARED; }

/* The bytes of unit m: for --emit=ll the output itself; else bitcode, with
 * LLVM's use-list order, as code generation needs it (it decides, for one,
 * the order of a block's predecessors), which only a process of uklink's
 * own may ask for; --emit=bc is the module as LLVM writes it. */
static void put_unit_bytes(const uk_context *wctx, LLVMModuleRef m, bool shell, uk_buf *out) {
  bool per_input = wctx->opts.out_dir != NULL;
  if (wctx->opts.emit == UK_EMIT_LL && !shell && !per_input) {
    char *text = LLVMPrintModuleToString(m);
    uk_buf_put(out, text, strlen(text));
    LLVMDisposeMessage(text);
    return;
  }
  if (wctx->opts.emit != UK_EMIT_BC || per_input) uk_llvm_keep_use_list_order();
  uk_write_bitcode(m, out);
}

/* The name of m's largest function definition (the kernel, in a kernel's
 * unit), else of its first variable, or "". */
static char *largest_function(LLVMModuleRef m) {
  LLVMValueRef best = NULL;
  uint64_t most = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
    uint64_t n = LLVMIsDeclaration(f) ? 0 : uk_count_instructions(f);
    if (n > most) {
      most = n;
      best = f;
    }
  }
  for (LLVMValueRef g = LLVMGetFirstGlobal(m); g && !best; g = LLVMGetNextGlobal(g))
    if (!LLVMIsDeclaration(g)) best = g; /* no function: its first variable */
  return best ? uk_name_of(best) : uk_xstrdup("");
}

/* Item `item` became unit: one more of its units. */
static void add_unit(job *j, uint32_t item, uk_unit unit) {
  j->units[item] = uk_xrealloc(j->units[item], (j->num_units[item] + 1) * sizeof **j->units);
  j->units[item][j->num_units[item]++] = unit;
}

/* In-process: unit m (in llvm, which it now holds a reference of) taken.
 * (The cache, the only reader of a unit's label, is off in-process.) */
static void hold_unit(job *j, uint32_t item, LLVMModuleRef m, uk_llvm_ctx *llvm) {
  add_unit(j, item, (uk_unit){.module = m, .llvm = llvm});
}

/* The optimized module m of an item: its units. Cut per kernel where it
 * becomes a shared object; each unit's [IR hash (put_ir_hash)][uv length]
 * [bytes] to out, or in-process held. m is disposed of where it was cut
 * (in-process the linked module, which the item held, too); else
 * in-process the unit takes it over (with own, its context, or the linked
 * module's: the shell's own for a shell). */
static bool put_units(uk_context *wctx, job *j, uint32_t item, LLVMModuleRef m, uk_llvm_ctx **own, bool shell,
                      uk_buf *out) {
  uint32_t k = target_of(j, item);
  uk_linked_target *lt = &j->linked->targets[k];
  uint32_t size = wctx->opts.part_size ? wctx->opts.part_size : UK_DEFAULT_PART_SIZE;
  uk_parts *ps = !shell && cut_per_kernel(wctx) ? uk_split_module(m, size, true) : NULL;
  uint32_t n = ps ? ps->num_parts : 1;
  uk_buf_uv(out, j->in_process ? 0 : n);
  bool ok = true;
  for (uint32_t q = 0; q < n && ok; q++) {
    LLVMModuleRef um = m;
    uk_llvm_ctx *uown = NULL;
    if (ps) {
      char *error = NULL;
      uown = uk_llvm_ctx_new();
      um = uk_part_module(uown->c, ps, q, &error);
      if (!um) {
        uk_error(wctx, NULL, NULL, "internal error: cutting the optimized module for %s per kernel: %s",
                 j->in->targets[k].triple, error);
        free(error);
        uk_llvm_ctx_release(uown);
        ok = false;
        break;
      }
    }
    if (j->in_process) {
      if (ps) {
        hold_unit(j, item, um, uown);
      } else { /* the unit takes the module over */
        uk_llvm_ctx *llvm = lt->llvm;
        if (m == lt->module) lt->module = NULL;
        for (uint32_t i = 0; i < lt->num_shells; i++) {
          if (m != lt->shells[i].module) continue;
          llvm = lt->shells[i].llvm;
          lt->shells[i].module = NULL;
        }
        hold_unit(j, item, m, *own ? *own : uk_llvm_ctx_retain(llvm));
        *own = NULL;
      }
      continue;
    }
    put_ir_hash(wctx, um, out);
    if (!shell) { /* the label, for the cache's report only */
      char *label = wants_ir_hash(wctx) ? largest_function(um) : uk_xstrdup("");
      put_s(out, label);
      free(label);
    }
    uk_buf bytes = {0};
    put_unit_bytes(wctx, um, shell, &bytes);
    uk_buf_uv(out, bytes.len);
    uk_buf_put(out, bytes.data, bytes.len);
    uk_buf_free(&bytes);
    if (ps) {
      LLVMDisposeModule(um);
      uk_llvm_ctx_release(uown);
    }
  }
  if (ps && j->in_process && m == lt->module) { /* cut: the linked module is done with */
    LLVMDisposeModule(m);
    lt->module = NULL;
  }
  uk_parts_free(ps);
  return ok;
}

/* An item's result: [uv merged][uv functions][uv instructions][f64 start,
 * optimized, folded][groups][uv units][its units (put_units), from a
 * worker]. */
static bool optimize_unit(uk_context *wctx, uint32_t item, uk_buf *out, void *arg) {
  job *j = arg;
  uint32_t k = target_of(j, item), u = item - j->first_item[k];
  const uk_target *t = &j->in->targets[k];
  const uk_linked_target *lt = &j->linked->targets[k];
  bool per_input = lt->num_shells > 0;
  uint32_t module_items = j->module_items[k];
  bool shell = u >= module_items;
  const uk_parts *parts = shell ? NULL : j->parts[k];
  uk_llvm_ctx *own = NULL; /* a part's context */
  char *error = NULL;
  LLVMModuleRef m = shell ? lt->shells[u - module_items].module : lt->module;
  if (parts) {
    own = uk_llvm_ctx_new();
    m = uk_part_module(own->c, parts, u, &error);
    if (!m) uk_error(wctx, NULL, NULL, "internal error: splitting the module for %s: %s", t->triple, error);
    free(error);
    error = NULL;
  }
  uk_blame who = {j->in, t, shell ? j->in->modules[t->modules[u - module_items]].path : NULL};
  LLVMTargetMachineRef tm = uk_machine_for(&j->machines, k, t->triple, t->cpu, t->features, wctx->opts.opt_level, &error);
  if (!tm) uk_error(wctx, NULL, NULL, "%s", error);
  free(error);
  bool ok = tm != NULL && m != NULL;
  if (ok) set_data_layout(tm, m);
  if (ok && !shell && !parts && !j->tiles_in[k]) ok = link_tiles(wctx, m, lt, &j->tiles->targets[k], per_input);
  if (ok && !shell && per_input) drop_structors(m);
  double t0 = uk_now();
  if (ok) uk_resolve_contraction(m, t->triple, t->cpu, t->features, &j->fma);
  ok = ok && uk_blame_step(wctx, &who, "optimization", m, uk_run_pipeline(m, tm, wctx->opts.opt_level));
  double t1 = uk_now();
  /* Optimization made more functions identical: fold them before ISel. */
  uint32_t merged = 0, groups0 = wctx->num_groups;
  if (ok && !shell && !wctx->opts.no_dedupe) merged = uk_dedupe_second_round(wctx, t->triple, m);
  double t2 = uk_now();
  uint64_t instructions = 0;
  uint32_t functions = ok ? uk_count_definitions(m, &instructions) : 0;
  /* a shell's instructions are its input's own: the report counts the kernels' */
  if (shell) instructions = 0;
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
  ok = ok && put_units(wctx, j, item, m, &own, shell, out);
  if (own) { /* a part's module, not taken over */
    if (m) LLVMDisposeModule(m);
    uk_llvm_ctx_release(own);
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
  if (!ok) return;
  /* from a worker: its units (in-process: held already); none read after a bad record */
  uint64_t n = r.bad ? 0 : uk_read_uv(&r);
  if (n > result->len) r.bad = true;
  for (uint64_t q = 0; q < n && !r.bad; q++) {
    uk_unit unit = {0};
    if (uk_read_u8(&r)) {
      const uint8_t *hash = uk_read_bytes(&r, UK_IR_HASH_LEN);
      if (hash) memcpy(unit.ir_hash, hash, UK_IR_HASH_LEN);
      unit.has_ir_hash = hash != NULL;
    }
    if (u < j->module_items[k]) unit.label = get_s(&r);
    uint64_t len = uk_read_uv(&r);
    const uint8_t *bytes = len <= (uint64_t)(r.end - r.p) ? uk_read_bytes(&r, (size_t)len) : NULL;
    if (!bytes) {
      free(unit.label);
      break;
    }
    uk_buf_put(&unit.bytes, bytes, (size_t)len);
    add_unit(j, item, unit);
  }
  if (r.bad || (!j->in_process && j->num_units[item] != n)) {
    uk_error(ctx, NULL, NULL, "internal error: optimizing for %s: a bad result", triple);
    j->bad_result = true;
  }
}

static void unit_died(uk_context *ctx, uint32_t item, const char *why, void *arg) {
  job *j = arg;
  uint32_t k = target_of(j, item), u = item - j->first_item[k];
  const uk_target *t = &j->in->targets[k];
  const char *file = u >= j->module_items[k] ? j->in->modules[t->modules[u - j->module_items[k]]].path
                                             : uk_input_to_blame(ctx, j->in, t);
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
  o->split = uk_xcalloc(o->num_targets + 1, sizeof *o->split);
  job j = {.in = inputs,
           .linked = linked,
           .tiles = tiles,
           .in_process = !ctx->opts.isolate,
           .first_item = uk_xcalloc(o->num_targets + 1, sizeof(uint32_t)),
           .module_items = uk_xcalloc(o->num_targets + 1, sizeof(uint32_t)),
           .out = o,
           .parts = uk_xcalloc(o->num_targets + 1, sizeof *j.parts),
           .tiles_in = uk_xcalloc(o->num_targets + 1, sizeof *j.tiles_in)};
  bool ok = split_targets(ctx, &j);
  for (uint32_t k = 0; k < o->num_targets; k++) {
    j.module_items[k] = j.parts[k] ? j.parts[k]->num_parts : 1;
    j.first_item[k + 1] = j.first_item[k] + j.module_items[k] + linked->targets[k].num_shells;
  }
  /* In-process units share their target's LLVM context (a shell's, its
   * own): one at a time. */
  uk_map m = {.name = "optimize",
              .n = j.first_item[o->num_targets],
              .mode = uk_isolating_mode(ctx, UK_MAP_SERIAL),
              .run = optimize_unit,
              .take = take_unit,
              .died = unit_died,
              .arg = &j};
  j.units = uk_xcalloc(m.n + 1, sizeof *j.units);
  j.num_units = uk_xcalloc(m.n + 1, sizeof *j.num_units);
  double t0 = uk_now();
  double cpu0 = uk_cpu_now();
  ok = ok && uk_map_run(ctx, &m) && !j.bad_result;
  /* the stage's wall time; the second round's share is its own row */
  double wall = uk_now() - t0, folding = j.folding < wall ? j.folding : wall; /* targets may fold at once */
  ctx->stage_seconds[UK_STAGE_OPTIMIZE] += wall - folding;
  ctx->stage_cpu_seconds[UK_STAGE_OPTIMIZE] += uk_cpu_now() - cpu0;
  ctx->stage_seconds[UK_STAGE_DEDUPE_OPT] += folding;
  uk_machines_free(&j.machines);
  uk_fma_answers_free(j.fma);
  /* Each target's units, in item order: its module's, then its shells. */
  for (uint32_t k = 0; k < o->num_targets; k++) {
    uk_optimized_target *ot = &o->targets[k];
    for (uint32_t i = j.first_item[k]; i < j.first_item[k + 1]; i++) {
      if (i - j.first_item[k] < j.module_items[k]) ot->num_kernel_units += j.num_units[i];
      ot->num_units += j.num_units[i];
    }
    ot->units = uk_xcalloc(ot->num_units + 1, sizeof *ot->units);
    uint32_t u = 0;
    for (uint32_t i = j.first_item[k]; i < j.first_item[k + 1]; i++)
      for (uint32_t q = 0; q < j.num_units[i]; q++) ot->units[u++] = j.units[i][q];
    o->split[k] = ot->num_kernel_units > 1;
    uk_stats_for(ctx, inputs->targets[k].triple)->parts += ot->num_units;
  }
  for (uint32_t i = 0; i < m.n; i++) free(j.units[i]);
  for (uint32_t k = 0; k < o->num_targets; k++) uk_parts_free(j.parts[k]);
  free(j.parts);
  free(j.tiles_in);
  free(j.units);
  free(j.num_units);
  free(j.module_items);
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
  free(o->split);
  for (uint32_t k = 0; k < o->num_targets; k++) {
    for (uint32_t u = 0; u < o->targets[k].num_units; u++) {
      uk_unit *unit = &o->targets[k].units[u];
      uk_buf_free(&unit->bytes);
      free(unit->label);
      if (unit->module) LLVMDisposeModule(unit->module);
      uk_llvm_ctx_release(unit->llvm);
    }
    free(o->targets[k].units);
  }
  free(o->targets);
  free(o);
}
