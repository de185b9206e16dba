/* codegen: linked modules -> outputs, one per target.
 *
 * Per target, serially: a target machine (the host CPU and features by
 * default for the host target), the standard O0-O3 pipeline, the second round
 * of dedupe on the optimized module, then one emission. For shared objects
 * the object is linked by lld in-process. Every output is written into a
 * temporary directory beside its final path; nothing is renamed into place
 * until uk_write.
 *
 * After this stage: every output exists in the temporary directory, and no
 * output path has been touched. */
#include "codegen/codegen.h"

#include <errno.h>
#include <llvm-c/BitWriter.h>
#include <llvm-c/Transforms/PassBuilder.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *emit_extension(uk_emit_kind k) {
  switch (k) {
  case UK_EMIT_SHARED: return "so";
  case UK_EMIT_OBJ: return "o";
  case UK_EMIT_BC: return "bc";
  case UK_EMIT_LL: return "ll";
  case UK_EMIT_ASM: return "s";
  }
  return "out";
}

static bool is_directory(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Output paths: one file, or with several targets a directory holding
 * <triple>.<ext> per target. */
static bool output_paths(uk_context *ctx, const uk_inputs *in, uk_outputs *outs) {
  const char *o = ctx->opts.output;
  const char *ext = emit_extension(ctx->opts.emit);
  size_t olen = o ? strlen(o) : 0;
  bool as_dir = o && (is_directory(o) || (olen && o[olen - 1] == '/'));
  if (in->num_targets > 1 && o && !as_dir) {
    /* name an input of each of the first two targets */
    const uk_module *a = NULL, *b = NULL;
    for (uint32_t i = 0; i < in->targets[0].num_modules && !a; i++)
      if (*in->modules[in->targets[0].modules[i]].triple) a = &in->modules[in->targets[0].modules[i]];
    for (uint32_t i = 0; i < in->targets[1].num_modules && !b; i++)
      if (*in->modules[in->targets[1].modules[i]].triple) b = &in->modules[in->targets[1].modules[i]];
    uk_error(ctx, o, NULL,
             "inputs have several target triples (%s: %s; %s: %s): -o must name a directory",
             a ? a->path : "(no triple)", in->targets[0].triple, b ? b->path : "(no triple)",
             in->targets[1].triple);
    return false;
  }
  outs->num_items = in->num_targets;
  outs->items = uk_xcalloc(in->num_targets, sizeof *outs->items);
  for (uint32_t k = 0; k < in->num_targets; k++) {
    if (in->num_targets > 1 || as_dir) {
      const char *dir = o ? o : ".";
      size_t dl = strlen(dir);
      outs->items[k].path = uk_format("%s%s%s.%s", dir, dl && dir[dl - 1] == '/' ? "" : "/",
                                      in->targets[k].triple, ext);
    } else {
      outs->items[k].path = uk_xstrdup(o ? o : "a.out");
    }
  }
  return true;
}

LLVMTargetMachineRef uk_target_machine(uk_context *ctx, const uk_target *t) {
  char *error = NULL;
  LLVMTargetRef target;
  if (LLVMGetTargetFromTriple(t->triple, &target, &error)) {
    uk_error(ctx, NULL, NULL, "unsupported target '%s': %s", t->triple, error);
    LLVMDisposeMessage(error);
    return NULL;
  }
  /* for --cpu native: the host's name and every feature, "-" where it lacks one */
  LLVMTargetMachineOptionsRef o = LLVMCreateTargetMachineOptions();
  LLVMTargetMachineOptionsSetCPU(o, t->cpu);
  LLVMTargetMachineOptionsSetFeatures(o, t->features);
  static const LLVMCodeGenOptLevel levels[] = {LLVMCodeGenLevelNone, LLVMCodeGenLevelLess,
                                               LLVMCodeGenLevelDefault, LLVMCodeGenLevelAggressive};
  LLVMTargetMachineOptionsSetCodeGenOptLevel(o, levels[ctx->opts.opt_level]);
  LLVMTargetMachineOptionsSetRelocMode(o, LLVMRelocPIC);
  LLVMTargetMachineRef tm = LLVMCreateTargetMachineWithOptions(target, t->triple, o);
  LLVMDisposeTargetMachineOptions(o);
  if (!tm) uk_error(ctx, NULL, NULL, "cannot create a target machine for '%s'", t->triple);
  return tm;
}

/* The data layout the target machine will use must be the inputs'. */
bool uk_set_data_layout(uk_context *ctx, const uk_inputs *in, const uk_target *t, LLVMTargetMachineRef tm,
                        LLVMModuleRef m) {
  LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
  char *dl = LLVMCopyStringRepOfTargetData(td);
  bool ok = true;
  if (*t->datalayout && strcmp(t->datalayout, dl) != 0) {
    const char *file = NULL;
    for (uint32_t i = 0; i < t->num_modules && !file; i++)
      if (*in->modules[t->modules[i]].datalayout) file = in->modules[t->modules[i]].path;
    uk_error(ctx, file, NULL, "data layout '%s' does not match target %s ('%s')", t->datalayout, t->triple, dl);
    ok = false;
  } else {
    LLVMSetModuleDataLayout(m, td);
  }
  LLVMDisposeMessage(dl);
  LLVMDisposeTargetData(td);
  return ok;
}

/* LLVM reports many errors through the context's diagnostic handler and then
 * carries on (a float return with SSE disabled falls back to x87, inline
 * assembly that does not assemble is dropped): such an error fails the step.
 * Reported against who->file, else the first input of who->t that LLVM
 * cannot compile alone; with no who, only the result tells. */
/* An LLVM message without the location LLVM does not know. */
static const char *without_unknown_location(const char *line) {
  static const char unknown[] = "<unknown>:0:0: ";
  return strncmp(line, unknown, sizeof unknown - 1) ? line : line + sizeof unknown - 1;
}

/* LLVM's warnings during a step, passed on as uklink's (as llc prints
 * them), against the input of the function they name where one does. */
static void pass_on_llvm_warnings(uk_context *ctx, LLVMModuleRef m, const uk_blame *who, const char *step) {
  uint32_t n;
  char **w = uk_take_llvm_warnings(LLVMGetModuleContext(m), &n);
  for (uint32_t i = 0; i < n; i++) {
    char *line = uk_first_line(w[i]);
    const char *file = who ? who->file : NULL;
    const char *fn = strstr(line, "in function '");
    char *name = NULL;
    if (!file && who && fn) {
      fn += 13;
      const char *e = strrchr(fn, '\'');
      name = e && e > fn ? uk_xstrndup(fn, (size_t)(e - fn)) : NULL;
      file = name ? uk_input_with_symbol(who->in, who->t, name) : NULL;
    }
    if (who) uk_warning(ctx, file, NULL, "%s for %s: %s", step, who->t->triple, without_unknown_location(line));
    free(name);
    free(line);
    free(w[i]);
  }
  free(w);
}

static bool llvm_reported_nothing(uk_context *ctx, LLVMModuleRef m, const uk_blame *who, const char *step) {
  pass_on_llvm_warnings(ctx, m, who, step);
  char *e = uk_take_llvm_error(LLVMGetModuleContext(m));
  if (!e) return true;
  if (who) uk_llvm_failed(ctx, who, step, e);
  free(e);
  return false;
}

bool uk_optimize(uk_context *ctx, LLVMModuleRef m, LLVMTargetMachineRef tm, const uk_blame *who) {
  free(uk_take_llvm_error(LLVMGetModuleContext(m))); /* not this step's */
  char passes[32];
  snprintf(passes, sizeof passes, "default<O%d>", ctx->opts.opt_level);
  LLVMPassBuilderOptionsRef po = LLVMCreatePassBuilderOptions(); /* NULL options crash */
  LLVMErrorRef err = LLVMRunPasses(m, passes, tm, po);
  LLVMDisposePassBuilderOptions(po);
  if (err) {
    char *msg = LLVMGetErrorMessage(err);
    uk_error(ctx, NULL, NULL, "optimization failed: %s", msg);
    LLVMDisposeErrorMessage(msg);
    return false;
  }
  return llvm_reported_nothing(ctx, m, who, "optimization");
}

static bool copy_memory_buffer(LLVMMemoryBufferRef mb, uk_buf *out) {
  uk_buf_put(out, LLVMGetBufferStart(mb), LLVMGetBufferSize(mb));
  LLVMDisposeMemoryBuffer(mb);
  return true;
}

/* LLVM's code generator walks a global's initializer as a tree, visiting a
 * shared constant once per use ({X, X} nested 40 deep: 2^40 visits; llc does
 * not finish). Such an initializer is refused rather than hung on (after optimization, which often drops
 * such a table). The walk
 * here stops once its budget is spent, so it costs at most that much. */
#define INITIALIZER_TREE_LIMIT (1u << 24)
#define INITIALIZER_DEPTH_LIMIT 10000
static bool tree_exceeds(LLVMValueRef c, uint64_t *budget, unsigned depth) {
  if (*budget == 0 || depth > INITIALIZER_DEPTH_LIMIT) return true;
  --*budget;
  if (LLVMIsAGlobalValue(c)) return false;
  int n = LLVMGetNumOperands(c);
  for (int i = 0; i < n; i++)
    if (tree_exceeds(LLVMGetOperand(c, (unsigned)i), budget, depth + 1)) return true;
  return false;
}

static char *oversized_initializer(LLVMModuleRef m) {
  uint64_t budget = INITIALIZER_TREE_LIMIT;
  for (LLVMValueRef g = LLVMGetFirstGlobal(m); g; g = LLVMGetNextGlobal(g)) {
    LLVMValueRef init = LLVMGetInitializer(g);
    if (!init || !tree_exceeds(init, &budget, 0)) continue;
    size_t len;
    const char *name = LLVMGetValueName2(g, &len);
    return uk_format("initializer of '%.*s': its constants, walked as a tree, exceed %u nodes or %u levels "
                     "(shared constants nested deep); LLVM's code generator would not finish",
                     (int)(len > 200 ? 200 : len), name, INITIALIZER_TREE_LIMIT, INITIALIZER_DEPTH_LIMIT);
  }
  return NULL;
}

bool uk_emit_machine_code(uk_context *ctx, LLVMTargetMachineRef tm, LLVMModuleRef m, LLVMCodeGenFileType kind,
                          uk_buf *out, const uk_blame *who) {
  free(uk_take_llvm_error(LLVMGetModuleContext(m))); /* not this step's */
  char *error = oversized_initializer(m);
  if (error) {
    if (who) uk_llvm_failed(ctx, who, "code generation", error);
    free(error);
    return false;
  }
  LLVMMemoryBufferRef mb = NULL;
  if (LLVMTargetMachineEmitToMemoryBuffer(tm, m, kind, &error, &mb)) {
    if (who) uk_llvm_failed(ctx, who, "code generation", error ? error : "");
    LLVMDisposeMessage(error);
    free(uk_take_llvm_error(LLVMGetModuleContext(m)));
    return false;
  }
  if (!llvm_reported_nothing(ctx, m, who, "code generation")) {
    LLVMDisposeMemoryBuffer(mb);
    return false;
  }
  return copy_memory_buffer(mb, out);
}

/* The symbol an lld error line is about ("... symbol 'v'", "undefined
 * symbol: v"), malloc'd, or NULL. */
static char *lld_symbol(const char *what) {
  const char *p = strstr(what, "symbol '");
  if (p) {
    p += 8;
    const char *e = strrchr(p, '\'');
    return e && e > p ? uk_xstrndup(p, (size_t)(e - p)) : NULL;
  }
  p = strstr(what, "symbol: ");
  return p && p[8] ? uk_xstrdup(p + 8) : NULL;
}

const char *uk_input_with_symbol(const uk_inputs *in, const uk_target *t, const char *sym) {
  for (int want_def = 1; want_def >= 0; want_def--) {
    for (uint32_t i = 0; i < t->num_modules; i++) {
      const uk_module *m = &in->modules[t->modules[i]];
      for (uint32_t f = 0; f < m->num_fns; f++)
        if (m->fns[f].is_definition == want_def && !strcmp(m->fns[f].name, sym)) return m->path;
      for (uint32_t g = 0; g < m->num_gvs; g++)
        if (m->gvs[g].is_definition == want_def && !strcmp(m->gvs[g].name, sym)) return m->path;
    }
  }
  return NULL;
}

bool uk_lld_shared(uk_context *ctx, const char *triple, const char *out_path, const char *const *inputs,
                   uint32_t num_inputs, const char *const *extra, uint32_t num_extra, const char *name_for_errors,
                   const uk_inputs *in, const uk_target *t) {
  uint32_t argc = 0;
  const char **argv = uk_xcalloc(12 + num_inputs + num_extra, sizeof *argv);
  argv[argc++] = "ld.lld";
  argv[argc++] = "-shared";
  if (uk_triple_is_freestanding(triple)) {
    /* What a loader without a libc can take (IREE's embedded ELF loader):
     * no imports at all, so an undefined symbol is an error here and not at
     * load time; every relocation resolved at load; the symbol count from
     * the SysV hash table (that loader reads no .gnu.hash); and no build id,
     * so the bytes depend on the code alone. */
    argv[argc++] = "-nostdlib";
    argv[argc++] = "--no-undefined";
    argv[argc++] = "-z";
    argv[argc++] = "now";
    argv[argc++] = "--hash-style=sysv";
    argv[argc++] = "--build-id=none";
  } else {
    argv[argc++] = "--hash-style=gnu";
  }
  argv[argc++] = "-o";
  argv[argc++] = out_path;
  for (uint32_t i = 0; i < num_inputs; i++) argv[argc++] = inputs[i];
  for (uint32_t i = 0; i < num_extra; i++) argv[argc++] = extra[i];
  char *errors = NULL;
  int rc = uk_lld_elf((int)argc, argv, &errors);
  if (rc != 0) {
    char *line = uk_first_line(errors && *errors ? errors : "failed");
    static const char prefix[] = "ld.lld: error: ";
    const char *what = strncmp(line, prefix, sizeof prefix - 1) ? line : line + sizeof prefix - 1;
    const char *hint = uk_triple_is_freestanding(triple) && strstr(what, "undefined symbol")
                           ? " (a target with no operating system has no libc to define it)"
                           : "";
    /* A combined output names the input that defines (or uses) the symbol
     * the error is about, the output only where none does. */
    char *sym = in ? lld_symbol(what) : NULL;
    const char *culprit = sym ? uk_input_with_symbol(in, t, sym) : NULL;
    if (culprit)
      uk_error(ctx, culprit, sym, "lld, building %s: %s%s", name_for_errors, what, hint);
    else
      uk_error(ctx, name_for_errors, NULL, "lld: %s%s", what, hint);
    free(sym);
    free(line);
  }
  free(errors);
  free(argv);
  return rc == 0;
}

static bool link_shared(uk_context *ctx, const uk_inputs *in, const uk_target *t, const char *tmp_dir, uint32_t k,
                        const uk_buf *obj, uk_output *out) {
  char *obj_path = uk_format("%s/%u.o", tmp_dir, k);
  char *so_path = uk_format("%s/%u.so", tmp_dir, k);
  bool ok = uk_write_file(ctx, obj_path, obj);
  const char *inputs[] = {obj_path};
  ok = ok && uk_lld_shared(ctx, t->triple, so_path, inputs, 1, NULL, 0, out->path, in, t);
  if (ok) {
    out->tmp_path = so_path;
  } else {
    free(so_path);
  }
  free(obj_path);
  return ok;
}

uint32_t uk_count_definitions(LLVMModuleRef m, uint64_t *instructions) {
  uint32_t n = 0;
  for (LLVMValueRef f = LLVMGetFirstFunction(m); f; f = LLVMGetNextFunction(f)) {
    if (LLVMIsDeclaration(f)) continue;
    n++;
    *instructions += uk_count_instructions(f);
  }
  return n;
}

bool uk_codegen_target(uk_context *ctx, const uk_inputs *in, const uk_target *t, LLVMModuleRef m,
                           const char *tmp_dir, uint32_t k, uk_output *out) {
  uk_target_stats *st = uk_stats_for(ctx, t->triple);
  LLVMTargetMachineRef tm = uk_target_machine(ctx, t);
  if (!tm) return false;
  bool ok = uk_set_data_layout(ctx, in, t, tm, m);
  uk_blame who = {in, t, NULL};

  double t0 = uk_now();
  if (ok) ok = uk_optimize(ctx, m, tm, &who);
  ctx->stage_seconds[UK_STAGE_OPTIMIZE] += uk_now() - t0;
  uk_trace(ctx, "optimize", t0, uk_now(), 0);

  /* Optimization made more functions identical: merge them before ISel. */
  t0 = uk_now();
  if (ok && !ctx->opts.no_dedupe) st->merged_after_opt = uk_dedupe_second_round(ctx, t->triple, m);
  ctx->stage_seconds[UK_STAGE_DEDUPE_OPT] += uk_now() - t0;
  uk_trace(ctx, "dedupe after optimization", t0, uk_now(), 0);
  if (ok) st->functions_compiled = uk_count_definitions(m, &st->ir_instructions_compiled);

  t0 = uk_now();
  uk_buf bytes = {0};
  switch (ctx->opts.emit) {
  case UK_EMIT_BC:
    ok = ok && copy_memory_buffer(LLVMWriteBitcodeToMemoryBuffer(m), &bytes);
    break;
  case UK_EMIT_LL:
    if (ok) {
      char *text = LLVMPrintModuleToString(m);
      uk_buf_put(&bytes, text, strlen(text));
      LLVMDisposeMessage(text);
    }
    break;
  case UK_EMIT_ASM:
    ok = ok && uk_lower_structors(ctx, m, &who) && uk_emit_machine_code(ctx, tm, m, LLVMAssemblyFile, &bytes, &who);
    break;
  case UK_EMIT_OBJ:
  case UK_EMIT_SHARED:
    ok = ok && uk_lower_structors(ctx, m, &who) && uk_emit_machine_code(ctx, tm, m, LLVMObjectFile, &bytes, &who);
    break;
  }
  if (ok && ctx->opts.emit == UK_EMIT_SHARED) {
    ok = link_shared(ctx, in, t, tmp_dir, k, &bytes, out);
  } else if (ok) {
    out->tmp_path = uk_format("%s/%u.out", tmp_dir, k);
    ok = uk_write_file(ctx, out->tmp_path, &bytes);
  }
  uk_buf_free(&bytes);
  double dt = uk_now() - t0;
  st->codegen_seconds += dt;
  ctx->stage_seconds[UK_STAGE_CODEGEN] += dt;
  uk_trace(ctx, "emit", t0, t0 + dt, 0);
  LLVMDisposeTargetMachine(tm);
  return ok;
}

/* ---- crash isolation ------------------------------------------------
 * LLVM's code generators can trap on IR that verifies but that the target
 * cannot compile (an unknown target type, a foreign intrinsic). With
 * isolation each target is compiled in a child process: it writes its output
 * into the temporary directory and sends back what it added to the context
 * (statistics, diagnostics, merged groups). A child that dies is one
 * diagnostic. */

static void put_f64(uk_buf *b, double v) { uk_buf_put(b, &v, sizeof v); }
static double get_f64(uk_reader *r) {
  double v = 0;
  const uint8_t *p = uk_read_bytes(r, sizeof v);
  if (p) memcpy(&v, p, sizeof v);
  return v;
}
static void put_s(uk_buf *b, const char *s) { uk_buf_str(b, s ? s : "", s ? strlen(s) : 0); }
static char *get_s(uk_reader *r) {
  size_t n;
  const char *s = uk_read_str(r, &n);
  return s ? uk_xstrndup(s, n) : uk_xstrdup("");
}

/* What a compile added to ctx since the given marks. */
static void put_delta(uk_buf *b, const uk_context *ctx, bool ok, const double *stages0, size_t diags0,
                      uint32_t groups0, uint32_t trace0, const uk_target_stats *st, const uk_output *out) {
  uk_buf_u8(b, ok);
  for (int s = 0; s < UK_NUM_STAGES; s++) put_f64(b, ctx->stage_seconds[s] - stages0[s]);
  uk_buf_uv(b, st->merged_after_opt);
  uk_buf_uv(b, st->functions_compiled);
  uk_buf_uv(b, st->ir_instructions_compiled);
  put_f64(b, st->codegen_seconds);
  put_s(b, out->tmp_path);
  uk_put_diags(b, ctx, diags0); /* with their severity: a warning stays one */
  uk_buf_uv(b, ctx->num_groups - groups0);
  for (uint32_t i = groups0; i < ctx->num_groups; i++) {
    const uk_group_report *g = &ctx->groups[i];
    put_s(b, g->canonical);
    uk_buf_uv(b, g->num_members);
    for (uint32_t k = 0; k < g->num_members; k++) put_s(b, g->members[k]);
  }
  uk_buf_uv(b, ctx->num_trace - trace0);
  for (uint32_t i = trace0; i < ctx->num_trace; i++) {
    put_s(b, ctx->trace[i].name);
    put_f64(b, ctx->trace[i].start);
    put_f64(b, ctx->trace[i].end);
  }
}

static bool take_delta(uk_context *ctx, const uk_buf *b, const char *triple, uk_target_stats *st, uk_output *out) {
  uk_reader r = {b->data, b->data + b->len, false};
  bool ok = uk_read_u8(&r);
  for (int s = 0; s < UK_NUM_STAGES; s++) ctx->stage_seconds[s] += get_f64(&r);
  st->merged_after_opt = (uint32_t)uk_read_uv(&r);
  st->functions_compiled = (uint32_t)uk_read_uv(&r);
  st->ir_instructions_compiled = uk_read_uv(&r);
  st->codegen_seconds = get_f64(&r);
  char *tmp = get_s(&r);
  if (*tmp) out->tmp_path = tmp;
  else free(tmp);
  uk_take_diags(ctx, &r);
  uint64_t ng = uk_read_uv(&r);
  for (uint64_t i = 0; i < ng && !r.bad; i++) {
    uk_group_report g = {.triple = uk_xstrdup(triple), .after_opt = true, .canonical = get_s(&r)};
    uint64_t nm = uk_read_uv(&r);
    if (r.bad || nm > b->len) break;
    g.members = uk_xcalloc(nm, sizeof *g.members);
    for (uint64_t k = 0; k < nm; k++) g.members[g.num_members++] = get_s(&r);
    uk_add_group(ctx, g);
  }
  uint64_t nt = uk_read_uv(&r);
  for (uint64_t i = 0; i < nt && !r.bad; i++) {
    char *name = get_s(&r);
    double start = get_f64(&r), end = get_f64(&r);
    uk_trace(ctx, name, start, end, 1); /* the child's own spans, on its row */
    free(name);
  }
  return ok && !r.bad;
}

static bool target_work(uk_context *ctx, void *arg, uk_output *out) {
  uk_codegen_job *j = arg;
  return uk_codegen_target(ctx, j->in, j->t, j->m, j->tmp_dir, j->k, out);
}

typedef struct probe {
  uk_options opts;
  const uk_module *mod;
  const uk_target *t;
} probe;

/* In a child: compile one input alone as codegen would (exit 0 unless LLVM
 * dies on it or reports an error). */
static int probe_main(uint32_t w, int fd, void *arg) {
  (void)w;
  (void)fd;
  probe *p = arg;
  uk_context scratch = {.opts = p->opts};
  char *llerror = NULL;
  LLVMContextRef c = uk_llvm_context(&llerror);
  char *error = NULL;
  uk_buf file = {0};
  if (!uk_reread_input(&scratch, p->mod, &file)) return 0;
  LLVMModuleRef m = uk_parse(c, &file, p->mod->path, &error);
  if (!m) return 0;
  LLVMSetTarget(m, p->t->triple);
  LLVMTargetMachineRef tm = uk_target_machine(&scratch, p->t);
  if (!tm) return 0;
  LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
  LLVMSetModuleDataLayout(m, td);
  uk_buf out = {0};
  bool ok = uk_optimize(&scratch, m, tm, NULL) && uk_emit_machine_code(&scratch, tm, m, LLVMObjectFile, &out, NULL);
  return ok ? 0 : 1; /* the process ends: nothing to dispose */
}

/* Compiles one input alone in a child process: does LLVM survive it? */
static bool input_compiles(uk_context *ctx, const uk_module *mod, const uk_target *t) {
  probe p = {ctx->opts, mod, t};
  pid_t pid;
  int fd;
  if (uk_start_workers(ctx, 1, probe_main, &p, &pid, &fd) != 1) return true; /* cannot tell */
  close(fd);
  int status = uk_wait(pid);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

/* The first input of t that LLVM cannot compile alone, or NULL. */
static const char *culprit(uk_context *ctx, const uk_inputs *in, const uk_target *t) {
  for (uint32_t i = 0; i < t->num_modules; i++)
    if (!input_compiles(ctx, &in->modules[t->modules[i]], t)) return in->modules[t->modules[i]].path;
  return NULL;
}

void uk_llvm_failed(uk_context *ctx, const uk_blame *who, const char *step, const char *msg) {
  /* the first line, without the location LLVM does not know */
  char *line = uk_first_line(msg);
  const char *text = without_unknown_location(line);
  const char *file = who->file ? who->file : culprit(ctx, who->in, who->t);
  uk_error(ctx, file, NULL, "%s for %s failed: %s%s", step, who->t->triple, text,
           file ? "" : " (in the inputs together; no input alone)");
  free(line);
}

typedef struct isolated {
  uk_context *ctx;
  const uk_target *t;
  uk_isolated_work work;
  void *arg;
  uk_output *out;
} isolated;

static int isolated_main(uint32_t w, int fd, void *arg) {
  (void)w;
  isolated *iso = arg;
  uk_context *ctx = iso->ctx;
  double stages0[UK_NUM_STAGES];
  memcpy(stages0, ctx->stage_seconds, sizeof stages0);
  size_t diags0 = ctx->num_diags;
  uint32_t groups0 = ctx->num_groups, trace0 = ctx->num_trace;
  bool ok = iso->work(ctx, iso->arg, iso->out);
  uk_buf b = {0};
  put_delta(&b, ctx, ok, stages0, diags0, groups0, trace0, uk_stats_for(ctx, iso->t->triple), iso->out);
  return uk_write_all(fd, b.data, b.len) ? 0 : 3;
}

bool uk_run_isolated(uk_context *ctx, const uk_inputs *in, const uk_target *t, uk_isolated_work work, void *arg,
                     uk_output *out) {
  uk_target_stats *st = uk_stats_for(ctx, t->triple);
  isolated iso = {ctx, t, work, arg, out};
  pid_t pid;
  int fd;
  if (uk_start_workers(ctx, 1, isolated_main, &iso, &pid, &fd) != 1) return false;
  uk_buf b = {0};
  double t0 = uk_now(), end = t0;
  uk_drain_pipes(&fd, &b, 1, &end, NULL, NULL);
  uk_trace(ctx, "compile (isolated)", t0, end, 1);
  close(fd);
  int status = uk_wait(pid);
  bool ok;
  if (WIFSIGNALED(status) || !WIFEXITED(status) || WEXITSTATUS(status) != 0 || !b.len) {
    /* Name the input: the first that LLVM cannot compile on its own. */
    const char *fatal = uk_last_fatal_reason();
    char *why = fatal ? uk_xstrdup(fatal)
                      : uk_xstrdup(WIFSIGNALED(status) ? strsignal(WTERMSIG(status)) : "exit status");
    const char *file = culprit(ctx, in, t);
    uk_error(ctx, file, NULL, "code generation for %s failed in LLVM (%s): %s", t->triple, why,
             file ? "this input uses something the target cannot compile"
                  : "the inputs together use something the target cannot compile");
    free(why);
    ok = false;
  } else {
    ok = take_delta(ctx, &b, t->triple, st, out);
  }
  uk_buf_free(&b);
  return ok;
}

uk_outputs *uk_codegen(uk_context *ctx, uk_linked *linked) {
  if (!linked) return NULL;
  const uk_inputs *in = linked->inputs;
  uk_outputs *outs = uk_xcalloc(1, sizeof *outs);
  bool ok = ctx->opts.out_dir ? uk_per_input_paths(ctx, in, outs) : output_paths(ctx, in, outs);
  /* The temporary directory lives beside the outputs, so that renaming into
   * place is atomic; creating it also proves the destination writable before
   * any expensive work. */
  if (ok) ok = uk_make_tmp_dir(ctx, outs);
  uint32_t first_item = 0;
  for (uint32_t k = 0; ok && k < in->num_targets; k++) {
    const uk_target *t = &in->targets[k];
    if (ctx->opts.out_dir) {
      ok = uk_codegen_per_input(ctx, in, t, &linked->targets[k], outs->tmp_dir, k, &outs->items[first_item]);
      first_item += t->num_modules;
      continue;
    }
    uk_codegen_job job = {in, t, linked->targets[k].module, outs->tmp_dir, k};
    ok = ctx->opts.isolate ? uk_run_isolated(ctx, in, t, target_work, &job, &outs->items[k])
                           : uk_codegen_target(ctx, in, t, job.m, outs->tmp_dir, k, &outs->items[k]);
  }
  if (!ok) {
    uk_outputs_free(outs);
    return NULL;
  }
  return outs;
}
