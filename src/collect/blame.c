/* Whom to blame: LLVM's errors and warnings while compiling a target's
 * modules, reported against the input they come from.
 *
 * A step on one input's own module (an --out-dir shell) blames that input.
 * A step on a module that holds many inputs blames the input that defines
 * the symbol LLVM names, else the first input of the target that LLVM cannot
 * compile on its own: each is optimized and emitted alone, in a child
 * process, so that LLVM may crash on it. */
#include "collect/collect.h"

#include <stdlib.h>
#include <string.h>

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

typedef struct probe {
  const uk_inputs *in;
  const uk_target *t;
  bool *fails; /* per input of t */
} probe;

/* Input i of the target, optimized and emitted alone as the pipeline would:
 * false if LLVM reports an error (a crash is the map's died). */
static bool compiles_alone(uk_context *wctx, uint32_t i, uk_buf *out, void *arg) {
  (void)out;
  const probe *p = arg;
  const uk_module *mod = &p->in->modules[p->t->modules[i]];
  uk_buf file = {0};
  if (!uk_reread_input(wctx, p->in, mod, &file)) return true; /* cannot tell */
  char *error = NULL, *reported = NULL;
  LLVMContextRef c = uk_llvm_context(&reported); /* keeps what LLVM reports, for the steps */
  LLVMModuleRef m = uk_parse(c, &file, mod->path, &error);
  uk_buf_free(&file);
  LLVMTargetMachineRef tm = NULL;
  if (m) {
    LLVMSetTarget(m, p->t->triple);
    tm = uk_target_machine(p->t->triple, p->t->cpu, p->t->features, wctx->opts.opt_level, &error);
  }
  if (tm) {
    LLVMTargetDataRef td = LLVMCreateTargetDataLayout(tm);
    LLVMSetModuleDataLayout(m, td);
    LLVMDisposeTargetData(td);
    error = uk_run_pipeline(m, tm, wctx->opts.opt_level);
    uk_buf obj = {0};
    if (!error) error = uk_emit_machine_code(tm, m, LLVMObjectFile, &obj);
    uk_buf_free(&obj);
    LLVMDisposeTargetMachine(tm);
  }
  bool ok = error == NULL;
  free(error);
  if (m) LLVMDisposeModule(m);
  LLVMContextDispose(c);
  free(reported);
  return ok;
}

static void take_verdict(uk_context *ctx, uint32_t i, bool ok, uk_buf *result, void *arg) {
  (void)ctx;
  (void)result;
  ((probe *)arg)->fails[i] = !ok;
}

static void died_on(uk_context *ctx, uint32_t i, const char *why, void *arg) {
  (void)ctx;
  (void)why;
  ((probe *)arg)->fails[i] = true;
}

const char *uk_input_to_blame(uk_context *ctx, const uk_inputs *in, const uk_target *t) {
  probe p = {in, t, uk_xcalloc(t->num_modules + 1, sizeof *p.fails)};
  /* The probe's own diagnostics (a file that changed meanwhile) are not the
   * run's: they go to a context of its own. */
  uk_context quiet = {.opts = ctx->opts, .host = ctx->host};
  uk_map m = {.name = "find the input LLVM cannot compile",
              .n = t->num_modules,
              .mode = UK_MAP_PROCESSES,
              .run = compiles_alone,
              .take = take_verdict,
              .died = died_on,
              .arg = &p};
  uk_map_run(&quiet, &m);
  const char *file = NULL;
  for (uint32_t i = 0; i < t->num_modules && !file; i++)
    if (p.fails[i]) file = in->modules[t->modules[i]].path;
  uk_context_clear(&quiet);
  free(p.fails);
  return file;
}

/* An LLVM message without the location LLVM does not know. */
static const char *without_unknown_location(const char *line) {
  static const char unknown[] = "<unknown>:0:0: ";
  return strncmp(line, unknown, sizeof unknown - 1) ? line : line + sizeof unknown - 1;
}

/* One line: "FILE: STEP for TRIPLE failed: <LLVM's first line>". */
static void llvm_failed(uk_context *ctx, const uk_blame *who, const char *step, const char *msg) {
  char *line = uk_first_line(msg);
  const char *text = without_unknown_location(line);
  const char *file = who->file ? who->file : uk_input_to_blame(ctx, who->in, who->t);
  uk_error(ctx, file, NULL, "%s for %s failed: %s%s", step, who->t->triple, text,
           file ? "" : " (in the inputs together; no input alone)");
  free(line);
}

/* LLVM's warnings during a step, passed on as uklink's (as llc prints
 * them), against the input of the function they name where one does. */
static void pass_on_llvm_warnings(uk_context *ctx, LLVMModuleRef m, const uk_blame *who, const char *step) {
  uint32_t n;
  char **w = uk_take_llvm_warnings(LLVMGetModuleContext(m), &n);
  for (uint32_t i = 0; i < n; i++) {
    char *line = uk_first_line(w[i]);
    const char *file = who->file;
    const char *fn = strstr(line, "in function '");
    char *name = NULL;
    if (!file && fn) {
      fn += 13;
      const char *e = strrchr(fn, '\'');
      name = e && e > fn ? uk_xstrndup(fn, (size_t)(e - fn)) : NULL;
      file = name ? uk_input_with_symbol(who->in, who->t, name) : NULL;
    }
    uk_warning(ctx, file, NULL, "%s for %s: %s", step, who->t->triple, without_unknown_location(line));
    free(name);
    free(line);
    free(w[i]);
  }
  free(w);
}

bool uk_blame_step(uk_context *ctx, const uk_blame *who, const char *step, LLVMModuleRef m, char *error) {
  pass_on_llvm_warnings(ctx, m, who, step);
  if (!error) return true;
  llvm_failed(ctx, who, step, error);
  free(error);
  return false;
}
